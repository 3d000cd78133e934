import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { MethodInput, MethodName } from '../../shared/contract';
import { statementsRunBy } from '../support/count-statements';
import { dispatchOk } from '../support/dispatch';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';

/**
 * The save path's promise (issue 14): one answer, note or touchpoint record is at most three SQL
 * statements (the audit touch, the upsert, the chained change-log row), the trail's previous-hash
 * read included. Every statement better-sqlite3 runs on any connection is counted while one save
 * is dispatched (test/support/count-statements.ts).
 */
let backend: Backend;
let dataDir: string;
const call = <M extends MethodName>(method: M, input: MethodInput<M>) => dispatchOk(backend, method, input);

beforeAll(() => {
  dataDir = tempDir('ja-save-stmts-');
  backend = createBackend({ dataDir, host: 'web', version: 'test' });
});

afterAll(() => {
  backend.close();
});

describe('the save path runs at most three statements per edit', () => {
  it('answers, notes and records, while the trail stays a valid chain', async () => {
    const client = await call('clients.create', { name: 'Cedar Bank' });
    // Channels in Romanian and Arabic: the roll-up's text is longer in bytes than in characters.
    const base = testTemplate();
    const channels = ['Sucursală', 'فرع', 'Afișaj'];
    const definition = { ...base, touchpoints: base.touchpoints.map((tp, i) => ({ ...tp, channel: channels[i]! })) };
    const template = await call('templates.import', { fileName: 't.json', text: JSON.stringify(definition) });
    const audit = await call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Baseline',
      auditDate: '2027-01-15',
    });
    const auditId = audit.id;
    // The first write loads the audit's state (its answers, the template's lookup): that read happens once per audit.
    await call('audits.setAnswer', { auditId, touchpointId: 'website', criterionId: 'price-shown', value: null });

    const edits: [string, () => Promise<unknown>][] = [
      [
        'answer',
        () =>
          call('audits.setAnswer', {
            auditId,
            touchpointId: 'website',
            criterionId: 'price-shown',
            value: { kind: 'yesno', value: true },
          }),
      ],
      [
        'answer again',
        () =>
          call('audits.setAnswer', {
            auditId,
            touchpointId: 'website',
            criterionId: 'price-shown',
            value: { kind: 'yesno', value: false },
          }),
      ],
      [
        'other touchpoint',
        () =>
          call('audits.setAnswer', {
            auditId,
            touchpointId: 'branch',
            criterionId: 'nps-like',
            value: { kind: 'scale', value: 7 },
          }),
      ],
      [
        'note',
        () =>
          call('audits.setNote', { auditId, touchpointId: 'branch', criterionId: 'nps-like', note: 'Queue of six' }),
      ],
      [
        'record',
        () => call('audits.setRecord', { auditId, touchpointId: 'branch', field: 'painPoints', value: 'No seats' }),
      ],
      [
        'record again',
        () =>
          call('audits.setRecord', { auditId, touchpointId: 'branch', field: 'painPoints', value: 'No seats at all' }),
      ],
      ['emotion', () => call('audits.setRecord', { auditId, touchpointId: 'signage', field: 'emotion', value: 2 })],
    ];
    for (const [what, edit] of edits) {
      const statements = await statementsRunBy(edit);
      expect({ what, statements: statements.length }).toEqual({ what, statements: 3 });
      expect(statements.filter((s) => /^\s*SELECT/i.test(s))).toEqual([]);
    }

    // The touch pads the roll-up so the audit row's text (roll-up, its tail, position) keeps its length in bytes from
    // answer to answer (SQLite then rewrites the row in place), though the second answer changes the roll-up's own length.
    const rowText = backend.database!.db.prepare(
      `SELECT ${['rollup_json', 'rollup_tail', 'position_touchpoint', 'position_criterion']
        .map((c) => `length(CAST(${c} AS BLOB))`)
        .join(' + ')} AS text, length(rtrim(rollup_json)) AS json, typeof(rollup_json) AS type,
        length(CAST(rollup_json AS BLOB)) > length(rollup_json) AS wider FROM audits WHERE id = ?`,
    );
    const ease = (value: number) =>
      call('audits.setAnswer', {
        auditId,
        touchpointId: 'website',
        criterionId: 'ease',
        value: { kind: 'scale', value },
      });
    await ease(5);
    const before = rowText.get(auditId) as { text: number; json: number; type: string; wider: number };
    await ease(3);
    const after = rowText.get(auditId) as { text: number; json: number; type: string; wider: number };
    expect(after.wider).toBe(1);
    // Written from the save's buffer as bytes, stored as text (as every other writer stores it).
    expect([before.type, after.type]).toEqual(['text', 'text']);
    expect(after.json).not.toBe(before.json);
    expect(after.text).toBe(before.text);
    expect(after.text % 512).toBe(0);

    const verified = await call('trail.verify', { auditId });
    expect(verified).toMatchObject({ ok: true, problems: [] });
    // 1 + 7 edits + the two answers above, each one entry, chained.
    expect(verified.entries).toBe(10);
    const history = await call('trail.history', { auditId });
    const painPoints = history.entries.filter((e) => e.field === 'painPoints');
    expect(painPoints.map((e) => [e.oldJson, e.newJson])).toEqual([
      ['""', '"No seats"'],
      ['"No seats"', '"No seats at all"'],
    ]);
    const answers = history.entries.filter((e) => e.field === 'answer' && e.criterionId === 'price-shown');
    expect(answers.map((e) => e.oldJson)).toEqual(['null', 'null', '{"kind":"yesno","value":true}']);

    // A row padded further than a save needs (by hand here; as a longer roll-up before leaves it) keeps its length
    // through a restart of the backend and the saves after it: the state starts from the stored lengths.
    backend
      .database!.db.prepare('UPDATE audits SET rollup_json = rollup_json || ? WHERE id = ?')
      .run(' '.repeat(1500), auditId);
    backend.close();
    backend = createBackend({ dataDir, host: 'web', version: 'test' });
    const rowAgain = backend.database!.db.prepare(
      'SELECT length(CAST(rollup_json AS BLOB)) + length(CAST(rollup_tail AS BLOB)) + length(position_touchpoint) + length(position_criterion) FROM audits WHERE id = ?',
    );
    const inflated = rowAgain.pluck().get(auditId) as number;
    expect(inflated).toBe(after.text + 1500);
    for (const value of [4, 2]) {
      await ease(value);
      expect(rowAgain.pluck().get(auditId)).toBe(inflated);
    }
  });

  it('an audit opened by audits.open (as the walk does) has its state held: its first answer is three statements too', async () => {
    const dataDir = tempDir('ja-save-opened-');
    let own = createBackend({ dataDir, host: 'web', version: 'test' });
    const ownCall = <M extends MethodName>(method: M, input: MethodInput<M>) => dispatchOk(own, method, input);
    try {
      const client = await ownCall('clients.create', { name: 'Birch Bank' });
      const template = await ownCall('templates.import', {
        fileName: 't.json',
        text: JSON.stringify(testTemplate()),
      });
      const audit = await ownCall('audits.create', {
        clientId: client.id,
        templateId: template.id,
        title: 'Opened first',
        auditDate: '2027-01-15',
      });
      const auditId = audit.id;
      await ownCall('audits.setAnswer', { auditId, touchpointId: 'branch', criterionId: 'nps-like', value: null });
      const answer = (value: boolean) =>
        ownCall('audits.setAnswer', {
          auditId,
          touchpointId: 'website',
          criterionId: 'price-shown',
          value: { kind: 'yesno', value },
        });
      // A fresh start holds nothing: opened with audits.open first, the first answer runs only its three statements.
      own.close();
      own = createBackend({ dataDir, host: 'web', version: 'test' });
      expect((await ownCall('audits.open', { id: auditId })).answers).toHaveLength(1);
      const opened = await statementsRunBy(() => answer(true));
      expect(opened).toHaveLength(3);
      expect(opened.filter((s) => /^\s*SELECT/i.test(s))).toEqual([]);
      // The control: after a fresh start with the audit only read (audits.get, as the metrics or comparison
      // screens read it), the first answer reads the audit first.
      own.close();
      own = createBackend({ dataDir, host: 'web', version: 'test' });
      expect((await ownCall('audits.get', { id: auditId })).answers).toHaveLength(2);
      expect((await statementsRunBy(() => answer(false))).length).toBeGreaterThan(3);
      expect(await ownCall('trail.verify', { auditId })).toMatchObject({ ok: true, entries: 3 });
    } finally {
      own.close();
    }
  });
});
