import { beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { MethodInput, MethodName } from '../../shared/contract';
import { dispatchFailure, dispatchOk } from '../support/dispatch';
import { tempDir } from '../support/temp-dir';
import { testTemplate, PASSING_ANSWERS } from '../support/test-template';

/** The API's side of issue 10: every input the rule book refuses is refused by the handler, in plain words. */
let backend: Backend;
const call = <M extends MethodName>(method: M, input: MethodInput<M>) => dispatchOk(backend, method, input);
const failure = (method: MethodName, input: unknown) => dispatchFailure(backend, method, input);

beforeEach(() => {
  let now = Date.parse('2027-02-03T10:00:00.000Z');
  backend = createBackend({
    dataDir: tempDir('ja-rules-'),
    host: 'web',
    version: 'test',
    now: () => new Date((now += 1000)),
  });
});

async function setup() {
  const client = await call('clients.create', { name: 'Cedar Bank' });
  const other = await call('clients.create', { name: 'Olive Telecom' });
  const template = await call('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
  const audit = (clientId: string, title: string) =>
    call('audits.create', {
      clientId,
      templateId: template.id,
      title,
      auditDate: '2027-02-01',
      auditType: 'mystery-shop',
    });
  return { client, other, template, audit };
}

describe('impossible calendar dates are refused wherever a date is typed', () => {
  it('audit, wave and visit dates', async () => {
    const { client, template, audit } = await setup();
    const a = await audit(client.id, 'Visit');
    const created = await failure('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Leap',
      auditDate: '2025-02-30',
    });
    expect(created.issues).toEqual([{ field: 'auditDate', rule: 'date' }]);
    expect(created.message).toContain('auditDate is not a real calendar date');
    expect((await failure('audits.update', { id: a.id, changes: { auditDate: '2025-13-01' } })).code).toBe(
      'VALIDATION',
    );
    expect((await failure('waves.create', { clientId: client.id, name: 'W', startsOn: '2025-04-31' })).issues).toEqual([
      { field: 'startsOn', rule: 'date' },
    ]);
    expect((await failure('visits.update', { auditId: a.id, changes: { plannedDate: '2023-02-29' } })).code).toBe(
      'VALIDATION',
    );
    // A real leap day is fine.
    await call('audits.update', { id: a.id, changes: { auditDate: '2024-02-29' } });
    await call('visits.update', { auditId: a.id, changes: { plannedDate: '2028-02-29' } });
  });
});

describe('control and text-direction override characters are refused in names and text', () => {
  it('NUL and U+202E in client, audit, site, wave and action names', async () => {
    const { client, audit } = await setup();
    const a = await audit(client.id, 'Visit');
    for (const [method, input, field] of [
      ['clients.create', { name: 'Invoice\u202efdp.exe' }, 'name'],
      ['clients.create', { name: 'Nul\u0000byte' }, 'name'],
      ['audits.update', { id: a.id, changes: { title: 'Spoof\u202e' } }, 'changes.title'],
      ['sites.create', { clientId: client.id, name: 'North\u2066' }, 'name'],
      ['waves.create', { clientId: client.id, name: 'Q1\u0007' }, 'name'],
      ['actions.create', { clientId: client.id, title: 'Fix\u202d' }, 'title'],
      ['audits.setNote', { auditId: a.id, touchpointId: 'website', criterionId: 'ease', note: 'a\u0000b' }, 'note'],
    ] as const) {
      const error = await failure(method, input);
      expect(error.code, method).toBe('VALIDATION');
      expect(error.issues, method).toEqual([{ field, rule: 'characters' }]);
    }
    // Line breaks and tabs in notes, and Arabic direction marks in names, stay allowed.
    await call('audits.setNote', { auditId: a.id, touchpointId: 'website', criterionId: 'ease', note: 'one\n\ttwo' });
    await call('clients.create', { name: 'بنك \u200fالأرز' });
  });

  it('every other text the API keeps: the trail identity, a template copy name, a photo caption, a hub device', async () => {
    const { client, template, audit } = await setup();
    await audit(client.id, 'Visit');
    for (const [method, input, field] of [
      ['trail.setIdentity', { actor: 'Lina\u202egnp.exe' }, 'actor'],
      ['trail.setIdentity', { device: 'dev\u0000ice' }, 'device'],
      ['templates.duplicate', { id: template.id, name: 'Copy\u2067' }, 'name'],
      ['evidence.setCaption', { id: '00000000-0000-4000-8000-000000000000', caption: 'Door\u202e' }, 'caption'],
      [
        'team.join',
        { hubAddress: 'http://127.0.0.1:9', inviteCode: 'ABCD-EFGH', deviceName: 'PC\u0007' },
        'deviceName',
      ],
    ] as const) {
      const error = await failure(method, input);
      expect(error.code, method).toBe('VALIDATION');
      expect(error.issues, method).toEqual([{ field, rule: 'characters' }]);
    }
    expect(await call('trail.identity', {})).not.toMatchObject({ actor: expect.stringContaining('\u202e') });
  });

  it('half of a surrogate pair is refused as a broken character (SQLite would keep U+FFFD, not what was sent)', async () => {
    const { client, audit } = await setup();
    const a = await audit(client.id, 'Visit');
    for (const [method, input, field] of [
      ['clients.create', { name: 'Cedar \ud800 Bank' }, 'name'],
      [
        'audits.setNote',
        { auditId: a.id, touchpointId: 'website', criterionId: 'ease', note: 'broken \udc00 text' },
        'note',
      ],
      ['audits.update', { id: a.id, changes: { title: 'Tail \ud83d' } }, 'changes.title'],
    ] as const) {
      const error = await failure(method, input);
      expect(error.code, method).toBe('VALIDATION');
      expect(error.issues, method).toEqual([{ field, rule: 'characters' }]);
      expect(error.message, method).toContain('broken characters');
    }
    // A whole pair (an emoji, a rare CJK character) is text like any other, and the trail still verifies.
    await call('audits.setNote', { auditId: a.id, touchpointId: 'website', criterionId: 'ease', note: 'ok 😀 𠀋' });
    expect((await call('trail.verify', { auditId: a.id })).ok).toBe(true);
  });

  it('a package name with them is refused', async () => {
    const { client } = await setup();
    const error = await failure('packages.export', {
      scope: { clientId: client.id },
      name: 'Invoice\u202efdp.exe',
      destination: { kind: 'download' },
    });
    expect(error.issues).toEqual([{ field: 'name', rule: 'characters' }]);
  });
});

describe('comparisons stay within one client', () => {
  it('metrics.compare refuses audits of two clients', async () => {
    const { client, other, audit } = await setup();
    const a = await audit(client.id, 'A');
    const b = await audit(other.id, 'B');
    const error = await failure('metrics.compare', { baselineAuditId: a.id, followUpAuditId: b.id });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('Only audits of the same client can be compared.');
  });

  it('a baseline is another audit of the same client', async () => {
    const { client, other, audit } = await setup();
    const a = await audit(client.id, 'A');
    const b = await audit(other.id, 'B');
    expect((await failure('audits.setBaseline', { id: a.id, baselineId: a.id })).message).toBe(
      'An audit cannot be its own baseline.',
    );
    expect((await failure('audits.setBaseline', { id: a.id, baselineId: b.id })).message).toBe(
      'The baseline must be an audit of the same client.',
    );
  });
});

describe('messages say what is wrong', () => {
  it('a huge number is "too large", a wrong type is not "required"', async () => {
    const { client, audit } = await setup();
    const a = await audit(client.id, 'A');
    const huge = await failure('audits.setRecord', {
      auditId: a.id,
      touchpointId: 'website',
      field: 'emotion',
      value: 1e300,
    });
    expect(huge.message).not.toContain('9007199254740991');
    expect(huge.message).not.toContain('too long');
    expect(huge.issues?.[0]?.rule).toBe('tooLarge');
    const wrong = await failure('clients.create', { name: 42 });
    expect(wrong.issues).toEqual([{ field: 'name', rule: 'wrongType' }]);
    expect(wrong.message).toContain('name has the wrong type of value');
    expect((await failure('clients.create', {})).issues).toEqual([{ field: 'name', rule: 'required' }]);
  });
});

describe('a reviewed visit is locked for good', () => {
  it('cannot be deleted and its walk position cannot move', async () => {
    const { client, audit } = await setup();
    const a = await audit(client.id, 'Visit');
    for (const [touchpointId, criterionId, value] of PASSING_ANSWERS)
      await call('audits.setAnswer', { auditId: a.id, touchpointId, criterionId, value });
    await call('audits.complete', { id: a.id });
    await call('visits.review', { auditId: a.id, decision: 'reviewed', comment: '' });
    expect(
      (await failure('audits.setPosition', { auditId: a.id, touchpointId: 'branch', criterionId: null })).code,
    ).toBe('AUDIT_COMPLETE');
    expect((await failure('audits.delete', { id: a.id })).code).toBe('AUDIT_COMPLETE');
    expect((await call('audits.get', { id: a.id })).position?.touchpointId).toBe('signage');
  });
});

describe('the walk badge refreshes on every saved change', () => {
  it('setAnswer, setNote and setRecord announce audits.changed', async () => {
    const { client, audit } = await setup();
    const a = await audit(client.id, 'Visit');
    const seen: string[] = [];
    backend.onEvent((event, payload) => {
      if (event === 'audits.changed') seen.push(`${(payload as { id: string }).id}`);
    });
    await call('audits.setAnswer', {
      auditId: a.id,
      touchpointId: 'website',
      criterionId: 'price-shown',
      value: { kind: 'yesno', value: false },
    });
    await call('audits.setNote', { auditId: a.id, touchpointId: 'website', criterionId: 'price-shown', note: 'x' });
    await call('audits.setRecord', { auditId: a.id, touchpointId: 'website', field: 'emotion', value: 2 });
    expect(seen).toEqual([a.id, a.id, a.id]);
  });
});
