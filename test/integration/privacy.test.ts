import Database from 'better-sqlite3';
import path from 'node:path';
import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { MethodInput, MethodName } from '../../shared/contract';
import { inEnglish } from '../../shared/reasons/reason';
import { retentionCutoff, shopperKey } from '../../shared/rules/retention';
import { dispatchFailure, dispatchOk } from '../support/dispatch';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';

let backend: Backend;
let dataDir: string;
let now = Date.parse('2027-02-03T10:00:00.000Z');
const call = <M extends MethodName>(method: M, input: MethodInput<M>) => dispatchOk(backend, method, input);
const failure = (method: MethodName, input: unknown) => dispatchFailure(backend, method, input);

beforeEach(() => {
  now = Date.parse('2027-02-03T10:00:00.000Z');
  dataDir = tempDir('ja-privacy-');
  backend = createBackend({ dataDir, host: 'web', version: 'test', now: () => new Date((now += 1000)) });
});

/** A second, read-only look at the file: what is really stored, not what the API chooses to show. */
function dump(): Record<string, unknown[]> {
  const db = new Database(path.join(dataDir, 'journey-audit.sqlite'), { readonly: true });
  const out: Record<string, unknown[]> = {};
  for (const table of ['audits', 'answers', 'touchpoint_records', 'evidence', 'visit_timestamps', 'audit_changes'])
    out[table] = db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
  db.close();
  return out;
}
const rowsOf = (d: Record<string, unknown[]>, table: string, auditIds: string[], column = 'audit_id') =>
  d[table]!.filter((r) => auditIds.includes((r as Record<string, string>)[column]!));

const SECRET_NOTE = 'Manager Ion Popescu was rude — المدير كان فظا';
const SECRET_PAIN = 'Queue of 12 people; shopper Rania waited by the door';

async function photo(): Promise<string> {
  const png = await sharp({ create: { width: 32, height: 24, channels: 3, background: { r: 9, g: 99, b: 199 } } })
    .png()
    .toBuffer();
  return png.toString('base64');
}

async function setup() {
  const client = await call('clients.create', { name: 'Cedar Bank' });
  const other = await call('clients.create', { name: 'Oak Insurance' });
  const template = await call('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
  const visit = async (clientId: string, title: string, date: string, shopper: string) => {
    const audit = await call('audits.create', {
      clientId,
      templateId: template.id,
      title,
      auditType: 'mystery-shop',
      auditDate: date,
      auditor: shopper,
    });
    await call('visits.update', { auditId: audit.id, changes: { shopper, scenario: 'Open a savings account' } });
    await call('audits.setAnswer', {
      auditId: audit.id,
      touchpointId: 'branch',
      criterionId: 'greeting',
      value: { kind: 'yesno', value: true },
    });
    return audit;
  };
  // Past a 12-month retention on 2027-02-03 (cutoff 2026-02-03): the first two; the third is recent.
  const old = await visit(client.id, 'Visit Cluj', '2025-12-01', 'Rania');
  await call('audits.setNote', { auditId: old.id, touchpointId: 'branch', criterionId: 'greeting', note: SECRET_NOTE });
  await call('audits.setRecord', { auditId: old.id, touchpointId: 'branch', field: 'painPoints', value: SECRET_PAIN });
  await call('audits.setRecord', { auditId: old.id, touchpointId: 'branch', field: 'emotion', value: 2 });
  await call('evidence.add', {
    auditId: old.id,
    touchpointId: 'branch',
    fileName: 'door.png',
    dataBase64: await photo(),
  });
  const namesOnly = await visit(client.id, 'Visit Iasi', '2026-01-15', 'Mihai');
  const recent = await visit(client.id, 'Visit Brasov', '2027-01-20', 'rania ');
  await call('audits.setNote', { auditId: recent.id, touchpointId: 'branch', criterionId: 'greeting', note: 'Fine' });
  const elsewhere = await visit(other.id, 'Visit Timisoara', '2024-05-05', 'RANIA');
  const walkthrough = await call('audits.create', {
    clientId: client.id,
    templateId: template.id,
    title: 'Walkthrough',
    auditType: 'walkthrough',
    auditDate: '2024-01-10',
    auditor: 'Consultant',
  });
  await call('audits.setNote', { auditId: walkthrough.id, touchpointId: 'branch', criterionId: 'greeting', note: 'x' });
  return { client, other, old, namesOnly, recent, elsewhere, walkthrough };
}

describe('retention rules (shared)', () => {
  it('counts months back from today, clamping to the last day of a shorter month', () => {
    expect(retentionCutoff('2027-02-03', 12)).toBe('2026-02-03');
    expect(retentionCutoff('2027-03-31', 1)).toBe('2027-02-28');
    expect(retentionCutoff('2028-03-30', 1)).toBe('2028-02-29');
    expect(retentionCutoff('2027-01-15', 13)).toBe('2025-12-15');
  });
  it('treats one person however the name was typed, but not a different letter', () => {
    expect(shopperKey('  Ana   Pop ')).toBe(shopperKey('ana pop'));
    expect(shopperKey('Ana\u0306')).toBe(shopperKey('ANĂ')); // combining breve or composed: one letter
    expect(shopperKey('Ană')).not.toBe(shopperKey('Ana'));
  });
});

describe('privacy settings of a client', () => {
  it('records whether staff were informed and a retention period, refusing impossible values', async () => {
    const { client } = await setup();
    expect(await call('privacy.get', { clientId: client.id })).toMatchObject({
      staffInformed: null,
      retentionMonths: null,
    });
    const saved = await call('privacy.update', {
      clientId: client.id,
      changes: { staffInformed: 'yes', staffInformedOn: '2026-09-01', retentionMonths: 12 },
    });
    expect(saved).toMatchObject({ staffInformed: 'yes', staffInformedOn: '2026-09-01', retentionMonths: 12 });
    for (const changes of [{ retentionMonths: 0 }, { retentionMonths: 121 }, { staffInformedOn: '2026-02-30' }])
      expect((await failure('privacy.update', { clientId: client.id, changes })).code).toBe('VALIDATION');
    expect(
      (await failure('privacy.update', { clientId: client.id, changes: { staffInformedNote: 'a\u202Eb' } })).code,
    ).toBe('VALIDATION');
    expect(await call('privacy.get', { clientId: client.id })).toMatchObject({ retentionMonths: 12 });
  });
});

describe('retention purge', () => {
  it('lists nothing while no retention period is set', async () => {
    const { client } = await setup();
    const plan = await call('privacy.planPurge', { clientId: client.id });
    expect(plan).toMatchObject({ cutoff: null, visits: [], totals: { visits: 0 } });
  });

  it('removes exactly what its preview listed: names, free text and photos of old visits; scores and counts stay', async () => {
    const s = await setup();
    await call('privacy.update', { clientId: s.client.id, changes: { retentionMonths: 12 } });
    // The old visit is complete and reviewed: locked, yet the purge must reach it.
    const yes = { kind: 'yesno', value: true } as const;
    const answers: [string, string, MethodInput<'audits.setAnswer'>['value']][] = [
      ['website', 'price-shown', yes],
      ['website', 'ease', { kind: 'scale', value: 4 }],
      ['branch', 'nps-like', { kind: 'scale', value: 8 }],
      ['branch', 'wait', { kind: 'option', optionId: 'short' }],
      ['branch', 'hours', { kind: 'na' }],
      ['signage', 'visible', yes],
    ];
    for (const [touchpointId, criterionId, value] of answers)
      await call('audits.setAnswer', { auditId: s.old.id, touchpointId, criterionId, value });
    await call('audits.complete', { id: s.old.id });
    await call('visits.review', { auditId: s.old.id, decision: 'reviewed', comment: 'Checked with Rania by phone' });
    const before = dump();
    const plan = await call('privacy.planPurge', { clientId: s.client.id });
    expect(plan.cutoff).toBe('2026-02-03');
    expect(plan.visits.map((v) => [v.title, v.shopper, v.texts, v.photos])).toEqual([
      ['Visit Cluj', 'Rania', 3, 1], // a note, a pain point, the review comment
      ['Visit Iasi', 'Mihai', 0, 0],
    ]);
    expect(plan.totals).toEqual({ visits: 2, shopperNames: 2, texts: 3, photos: 1 });
    expect(dump()).toEqual(before); // a preview changes nothing

    const result = await call('privacy.purge', { clientId: s.client.id, token: plan.token });
    expect(result.totals).toEqual(plan.totals);
    const after = dump();

    // Nothing outside the plan changed, byte for byte.
    const untouched = [s.recent.id, s.elsewhere.id, s.walkthrough.id];
    for (const table of ['answers', 'touchpoint_records', 'evidence', 'visit_timestamps', 'audit_changes'])
      expect(rowsOf(after, table, untouched), table).toEqual(rowsOf(before, table, untouched));
    expect(rowsOf(after, 'audits', untouched, 'id')).toEqual(rowsOf(before, 'audits', untouched, 'id'));

    // The planned visits keep their answers (scores), emotion and times; lose names, text and photos.
    const purged = [s.old.id, s.namesOnly.id];
    const strip = (r: unknown) => {
      const { note: _n, updated_at: _u, ...rest } = r as Record<string, unknown>;
      return rest;
    };
    expect(rowsOf(after, 'answers', purged).map(strip)).toEqual(rowsOf(before, 'answers', purged).map(strip));
    expect(rowsOf(after, 'visit_timestamps', purged)).toEqual(rowsOf(before, 'visit_timestamps', purged));
    expect(rowsOf(after, 'evidence', purged)).toEqual([]);
    expect(rowsOf(after, 'touchpoint_records', [s.old.id])).toMatchObject([
      { emotion: 2, pain_points: '', worked: '', recommendation: '' },
    ]);
    for (const a of rowsOf(after, 'audits', purged, 'id') as Record<string, unknown>[])
      expect(a).toMatchObject({ shopper: '', auditor: '', review_comment: '', scenario: 'Open a savings account' });
    const stored = JSON.stringify(
      purged.flatMap((id) =>
        ['answers', 'touchpoint_records', 'audit_changes', 'audits'].flatMap((t) =>
          rowsOf(after, t, [id], t === 'audits' ? 'id' : 'audit_id'),
        ),
      ),
    );
    for (const secret of [SECRET_NOTE, SECRET_PAIN, 'Rania', 'Mihai', 'door.png']) expect(stored).not.toContain(secret);

    // The trail still verifies: redacted entries keep their place; the purge itself is recorded.
    const verified = await call('trail.verify', { auditId: s.old.id });
    expect(verified.ok).toBe(true);
    expect(verified.redactedEntries).toBeGreaterThan(0);
    const history = await call('trail.history', { auditId: s.old.id });
    expect(
      history.entries
        .filter((e) => e.reason === 'retention-purge')
        .map((e) => e.field)
        .sort(),
    ).toEqual(['evidence.removed', 'note', 'painPoints', 'visit.reviewComment', 'visit.shopper'].sort());

    // A purged entry's content is no longer checked, so only what a purge leaves passes for one: a name put back
    // into it, or a purge time no purge entry has, is reported.
    const raw = new Database(path.join(dataDir, 'journey-audit.sqlite'));
    const firstRedacted = 'SELECT min(seq) FROM audit_changes WHERE audit_id = ? AND redacted_at IS NOT NULL';
    const restore = raw
      .prepare(`SELECT actor, redacted_at FROM audit_changes WHERE seq = (${firstRedacted})`)
      .get(s.old.id) as {
      actor: string;
      redacted_at: string;
    };
    for (const set of ["actor = 'Rania'", "redacted_at = '2027-01-01T00:00:00.000Z'"]) {
      raw.prepare(`UPDATE audit_changes SET ${set} WHERE seq = (${firstRedacted})`).run(s.old.id);
      expect((await call('trail.verify', { auditId: s.old.id })).firstProblem).toMatchObject({
        kind: 'redaction-unexplained',
        entryIndex: 1,
      });
      raw
        .prepare(`UPDATE audit_changes SET actor = ?, redacted_at = ? WHERE seq = (${firstRedacted})`)
        .run(restore.actor, restore.redacted_at, s.old.id);
    }
    expect((await call('trail.verify', { auditId: s.old.id })).ok).toBe(true);

    // Redacted entries are still links of the chain: removing one behind the app's back is caught.
    raw
      .prepare(
        'DELETE FROM audit_changes WHERE seq = (SELECT seq FROM audit_changes WHERE audit_id = ? AND redacted_at IS NOT NULL ORDER BY seq LIMIT 1 OFFSET 1)',
      )
      .run(s.old.id);
    raw.close();
    const tampered = await call('trail.verify', { auditId: s.old.id });
    expect(tampered.ok).toBe(false);
    expect(tampered.firstProblem?.kind).toBe('link-broken');
    expect(tampered.firstProblem?.entryIndex).toBe(2);

    // A second preview finds nothing left; the log keeps counts only, and survives the client.
    expect((await call('privacy.planPurge', { clientId: s.client.id })).visits).toEqual([]);
    const log = await call('privacy.log', { clientId: s.client.id });
    expect(log.find((e) => e.kind === 'retention-purge')).toMatchObject({
      summary: { visits: 2, texts: 3, photos: 1, shopperNames: 2, cutoff: '2026-02-03' },
    });
    await call('clients.delete', { id: s.client.id });
    expect((await call('privacy.log', { clientId: s.client.id })).map((e) => e.kind)).toContain('retention-purge');
  });

  it('refuses a token whose preview no longer matches the data, and changes nothing', async () => {
    const s = await setup();
    await call('privacy.update', { clientId: s.client.id, changes: { retentionMonths: 12 } });
    const plan = await call('privacy.planPurge', { clientId: s.client.id });
    await call('audits.setNote', {
      auditId: s.namesOnly.id,
      touchpointId: 'branch',
      criterionId: 'greeting',
      note: 'new',
    });
    const before = dump();
    const refused = await failure('privacy.purge', { clientId: s.client.id, token: plan.token });
    expect(refused.code).toBe('NOT_ALLOWED');
    expect(refused.message).toMatch(/changed since the preview/);
    expect(dump()).toEqual(before);
    expect((await failure('privacy.purge', { clientId: s.client.id, token: 'nope' })).code).toBe('VALIDATION');
  });
});

describe('a package made before a purge', () => {
  it('cannot bring back what the purge removed: its records of the purged visit are refused with the reason', async () => {
    const s = await setup();
    const pkg = await call('packages.export', {
      scope: { auditIds: [s.old.id, s.recent.id] },
      name: 'before purge',
      destination: { kind: 'download' },
    });
    await call('privacy.update', { clientId: s.client.id, changes: { retentionMonths: 12 } });
    const plan = await call('privacy.planPurge', { clientId: s.client.id });
    await call('privacy.purge', { clientId: s.client.id, token: plan.token });
    const after = dump();

    const upload = { fileName: pkg.fileName, base64: pkg.base64! };
    const preview = await call('packages.preview', upload);
    const refusedOld = preview.refused.filter((r) => r.auditId === s.old.id);
    expect(refusedOld.length).toBeGreaterThan(0);
    expect(inEnglish(refusedOld[0]!.reason)).toMatch(/privacy policy/);
    expect(preview.refused.filter((r) => r.auditId === s.recent.id)).toEqual([]);
    await call('packages.import', { ...upload, planHash: preview.planHash });
    const purged = [s.old.id, s.namesOnly.id];
    for (const table of ['answers', 'touchpoint_records', 'evidence'])
      expect(rowsOf(dump(), table, purged), table).toEqual(rowsOf(after, table, purged));
    // The roll-up bookkeeping may be refreshed by an import (its text and its tail's then without the save path's
    // padding, the same roll-up); the audit's own fields may not change.
    const fields = (rows: unknown[]) =>
      rows.map((r) => {
        const row = r as { rollup_json: string | null; rollup_tail: string | null };
        return {
          ...row,
          rollup_rev: undefined,
          rollup_json: row.rollup_json && JSON.parse(row.rollup_json),
          rollup_tail: row.rollup_tail && JSON.parse(row.rollup_tail),
        };
      });
    expect(fields(rowsOf(dump(), 'audits', purged, 'id'))).toEqual(fields(rowsOf(after, 'audits', purged, 'id')));
  });
});

describe('one shopper: access and erasure requests', () => {
  it('exports everything about a shopper across clients, then erases it, however the name was typed', async () => {
    const s = await setup();
    const shoppers = await call('privacy.shoppers', {});
    expect(shoppers.map((x) => x.shopper)).toEqual(expect.arrayContaining(['Rania', 'rania', 'RANIA', 'Mihai']));

    const exported = await call('privacy.exportShopper', { shopper: 'Rania' });
    expect(exported.fileName).toBe('Shopper data - Rania - 2027-02-03.json');
    const document = JSON.parse(exported.json) as {
      visits: { title: string; client: string; answers: { note: string }[] }[];
    };
    expect(document.visits.map((v) => [v.title, v.client]).sort()).toEqual([
      ['Visit Brasov', 'Cedar Bank'],
      ['Visit Cluj', 'Cedar Bank'],
      ['Visit Timisoara', 'Oak Insurance'],
    ]);
    expect(JSON.stringify(document)).toContain(SECRET_NOTE);

    const plan = await call('privacy.planErasure', { shopper: ' rania' });
    expect(plan.visits.map((v) => v.title).sort()).toEqual(['Visit Brasov', 'Visit Cluj', 'Visit Timisoara']);
    const mihaiBefore = rowsOf(dump(), 'audits', [s.namesOnly.id], 'id');
    await call('privacy.erase', { shopper: ' rania', token: plan.token });
    expect(JSON.parse((await call('privacy.exportShopper', { shopper: 'Rania' })).json).visits).toEqual([]);
    expect((await call('privacy.shoppers', {})).map((x) => x.shopper)).toEqual(['Mihai']);
    expect(rowsOf(dump(), 'audits', [s.namesOnly.id], 'id')).toEqual(mihaiBefore);
    expect((await call('privacy.log', {})).map((e) => e.kind)).toEqual(
      expect.arrayContaining(['shopper-export', 'shopper-erasure']),
    );
    expect((await call('trail.verify', { auditId: s.recent.id })).ok).toBe(true);
  });
});
