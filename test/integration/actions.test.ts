import { beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { EventMap, MethodInput, MethodName } from '../../shared/contract';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { dispatchOk, dispatchFailure } from '../support/dispatch';

let dataDir: string;
let backend: Backend;
let events: { event: string; payload: unknown }[];
// Noon on 10 March 2027 in UTC: "today" is the 10th in any zone from UTC-11 to UTC+11.
const NOW = new Date('2027-03-10T12:00:00.000Z');

const call = <M extends MethodName>(method: M, input: MethodInput<M>) => dispatchOk(backend, method, input);
const failure = (method: MethodName, input: unknown) => dispatchFailure(backend, method, input);

async function setup() {
  const client = await call('clients.create', { name: 'Cedar Bank' });
  const template = await call('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
  const audit = await call('audits.create', {
    clientId: client.id,
    templateId: template.id,
    title: 'Baseline',
    auditDate: '2027-01-15',
  });
  return { client, template, audit };
}

beforeEach(() => {
  dataDir = tempDir('ja-actions-');
  backend = createBackend({ dataDir, host: 'web', version: 'test', now: () => NOW });
  events = [];
  backend.onEvent((event, payload) => events.push({ event, payload }));
});

describe('the action plan through the backend', () => {
  it('creates, lists, updates and deletes an action, emitting a change after each commit', async () => {
    const { client, audit } = await setup();
    events = [];
    const created = await call('actions.create', {
      clientId: client.id,
      auditId: audit.id,
      touchpointId: 'branch',
      criterionId: 'greeting',
      title: '  Train tellers to greet within 30 s  ',
      detail: 'Role play in the Monday huddle; تدريب صباحي',
      owner: 'Branch manager',
      dueDate: '2027-04-01',
      priority: 'high',
    });
    expect(created).toMatchObject({
      clientId: client.id,
      auditId: audit.id,
      auditTitle: 'Baseline',
      touchpointId: 'branch',
      criterionId: 'greeting',
      title: 'Train tellers to greet within 30 s',
      detail: 'Role play in the Monday huddle; تدريب صباحي',
      owner: 'Branch manager',
      dueDate: '2027-04-01',
      priority: 'high',
      status: 'open',
      createdAt: NOW.toISOString(),
    });
    expect(events).toEqual([
      {
        event: 'actions.changed',
        payload: { id: created.id, clientId: client.id } satisfies EventMap['actions.changed'],
      },
    ]);

    const minimal = await call('actions.create', { clientId: client.id, title: 'Fix the website hours' });
    expect(minimal).toMatchObject({
      auditId: null,
      auditTitle: null,
      touchpointId: null,
      detail: '',
      owner: '',
      dueDate: null,
      priority: 'medium',
      status: 'open',
    });

    expect((await call('actions.list', { clientId: client.id })).map((a) => a.id)).toEqual([created.id, minimal.id]);

    const updated = await call('actions.update', {
      id: created.id,
      changes: { status: 'in_progress', owner: 'Ana Pop' },
    });
    expect(updated).toMatchObject({
      status: 'in_progress',
      owner: 'Ana Pop',
      title: 'Train tellers to greet within 30 s',
      dueDate: '2027-04-01',
    });
    const cleared = await call('actions.update', {
      id: created.id,
      changes: { dueDate: null, auditId: null, touchpointId: null, criterionId: null },
    });
    expect(cleared).toMatchObject({
      dueDate: null,
      auditId: null,
      auditTitle: null,
      touchpointId: null,
      criterionId: null,
      status: 'in_progress',
    });
    expect(events.filter((e) => e.event === 'actions.changed')).toHaveLength(4);

    // Survives a restart (a new process opens the same file).
    backend.close();
    backend = createBackend({ dataDir, host: 'web', version: 'test', now: () => NOW });
    expect(await call('actions.list', { clientId: client.id })).toHaveLength(2);

    expect(await call('actions.delete', { id: minimal.id })).toEqual({ id: minimal.id });
    expect((await call('actions.list', { clientId: client.id })).map((a) => a.id)).toEqual([created.id]);
    expect((await failure('actions.delete', { id: minimal.id })).code).toBe('NOT_FOUND');
    expect((await failure('actions.update', { id: minimal.id, changes: { status: 'done' } })).code).toBe('NOT_FOUND');
  });

  it('names the fields at fault when the input is not valid', async () => {
    const { client } = await setup();
    const blank = await failure('actions.create', { clientId: client.id, title: '   ' });
    expect(blank.code).toBe('VALIDATION');
    expect(blank.issues).toEqual([{ field: 'title', rule: 'required', limit: 1 }]);

    const many = await failure('actions.create', {
      clientId: client.id,
      title: 'x'.repeat(201),
      owner: 'o'.repeat(121),
      dueDate: '2027-02-30',
      priority: 'urgent',
      status: 'closed',
    });
    expect(many.code).toBe('VALIDATION');
    expect(Object.fromEntries(many.issues!.map((i) => [i.field, i.rule]))).toEqual({
      title: 'tooLong',
      owner: 'tooLong',
      dueDate: 'date',
      priority: 'invalid',
      status: 'invalid',
    });
    expect(many.issues!.find((i) => i.field === 'title')?.limit).toBe(200);

    const created = await call('actions.create', { clientId: client.id, title: 'Keep me' });
    const badChange = await failure('actions.update', { id: created.id, changes: { title: '', dueDate: 'tomorrow' } });
    expect(badChange.issues?.map((i) => [i.field, i.rule])).toEqual([
      ['changes.title', 'required'],
      ['changes.dueDate', 'date'],
    ]);
    expect((await failure('actions.update', { id: created.id, changes: { clientId: client.id } })).code).toBe(
      'VALIDATION',
    );
    expect((await call('actions.list', { clientId: client.id }))[0]!.title).toBe('Keep me');

    expect(
      (await failure('actions.create', { clientId: '5b8a3c3e-7d5e-4f57-9a53-2b8a2f1f0c11', title: 'Orphan' })).code,
    ).toBe('NOT_FOUND');
  });

  it("refuses an audit of another client, and a touchpoint or criterion outside the audit's template", async () => {
    const { client, template, audit } = await setup();
    const other = await call('clients.create', { name: 'Olive Telecom' });
    const theirs = await call('audits.create', {
      clientId: other.id,
      templateId: template.id,
      title: 'Theirs',
      auditDate: '2027-01-20',
    });

    const refused = await failure('actions.create', { clientId: client.id, auditId: theirs.id, title: 'Wrong audit' });
    expect(refused).toMatchObject({ code: 'VALIDATION', issues: [{ field: 'auditId', rule: 'invalid' }] });
    expect(refused.message).toMatch(/another client/);

    const mine = await call('actions.create', { clientId: client.id, auditId: audit.id, title: 'Right audit' });
    expect((await failure('actions.update', { id: mine.id, changes: { auditId: theirs.id } })).issues).toEqual([
      { field: 'auditId', rule: 'invalid' },
    ]);
    expect(
      (await failure('actions.update', { id: mine.id, changes: { touchpointId: 'no-such-touchpoint' } })).issues,
    ).toEqual([{ field: 'touchpointId', rule: 'invalid' }]);
    expect(
      (
        await failure('actions.create', {
          clientId: client.id,
          auditId: audit.id,
          touchpointId: 'branch',
          criterionId: 'price-shown',
          title: 'x',
        })
      ).issues,
    ).toEqual([{ field: 'criterionId', rule: 'invalid' }]);
    expect(
      (await failure('actions.create', { clientId: client.id, criterionId: 'greeting', title: 'x' })).issues,
    ).toEqual([{ field: 'criterionId', rule: 'invalid' }]);
    expect(
      (
        await failure('actions.create', {
          clientId: client.id,
          auditId: '5b8a3c3e-7d5e-4f57-9a53-2b8a2f1f0c11',
          title: 'x',
        })
      ).code,
    ).toBe('NOT_FOUND');
    // A touchpoint without an audit is a template key, kept as given.
    expect(
      (await call('actions.create', { clientId: client.id, touchpointId: 'branch', title: 'Key only' })).touchpointId,
    ).toBe('branch');
    // Nothing of the refused writes was stored.
    expect((await call('actions.list', { clientId: client.id })).map((a) => a.title).sort()).toEqual([
      'Key only',
      'Right audit',
    ]);
    expect(await call('actions.list', { clientId: other.id })).toEqual([]);
  });

  it('filters by status, audit and touchpoint, and sorts overdue first', async () => {
    const { client, template, audit } = await setup();
    const followUp = await call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Follow-up',
      auditDate: '2027-03-01',
    });
    const make = (title: string, extra: Partial<MethodInput<'actions.create'>> = {}) =>
      call('actions.create', { clientId: client.id, title, ...extra });
    await make('later, high', { dueDate: '2027-05-01', priority: 'high', auditId: audit.id, touchpointId: 'website' });
    await make('undated', { auditId: followUp.id, touchpointId: 'website' });
    await make('overdue', { dueDate: '2027-03-09', auditId: audit.id, touchpointId: 'branch' });
    await make('due today', {
      dueDate: '2027-03-10',
      status: 'in_progress',
      auditId: followUp.id,
      touchpointId: 'branch',
    });
    await make('done long ago', { dueDate: '2027-01-01', status: 'done', auditId: audit.id });
    await make('dropped', { status: 'dropped' });

    const titles = async (input: Omit<MethodInput<'actions.list'>, 'clientId'>) =>
      (await call('actions.list', { clientId: client.id, ...input })).map((a) => a.title);
    expect(await titles({})).toEqual(['overdue', 'due today', 'later, high', 'undated', 'done long ago', 'dropped']);
    expect(await titles({ status: ['open', 'in_progress'] })).toEqual([
      'overdue',
      'due today',
      'later, high',
      'undated',
    ]);
    expect(await titles({ status: ['done'] })).toEqual(['done long ago']);
    expect(await titles({ status: [] })).toEqual([]);
    expect(await titles({ auditId: audit.id })).toEqual(['overdue', 'later, high', 'done long ago']);
    expect(await titles({ touchpointId: 'website' })).toEqual(['later, high', 'undated']);
    expect(await titles({ touchpointId: 'branch', status: ['open'] })).toEqual(['overdue']);
    expect(await titles({ auditId: followUp.id, touchpointId: 'branch' })).toEqual(['due today']);
    expect((await failure('actions.list', { clientId: client.id, status: ['closed'] })).code).toBe('VALIDATION');
  });

  it('keeps an action when its audit is deleted (unlinked) and removes the actions with their client', async () => {
    const { client, audit } = await setup();
    const linked = await call('actions.create', {
      clientId: client.id,
      auditId: audit.id,
      touchpointId: 'branch',
      title: 'Linked',
    });
    await call('actions.create', { clientId: client.id, title: 'Unlinked' });
    const other = await call('clients.create', { name: 'Olive Telecom' });
    await call('actions.create', { clientId: other.id, title: 'Theirs' });

    await call('audits.delete', { id: audit.id });
    const after = (await call('actions.list', { clientId: client.id })).find((a) => a.id === linked.id);
    expect(after).toMatchObject({ auditId: null, auditTitle: null, touchpointId: 'branch', title: 'Linked' });

    await call('clients.delete', { id: client.id });
    const db = backend.database!.db;
    expect(db.prepare('SELECT count(*) FROM actions WHERE client_id = ?').pluck().get(client.id)).toBe(0);
    expect(await call('actions.list', { clientId: other.id })).toHaveLength(1);
  });
});
