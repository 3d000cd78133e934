import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubRequestError } from '../../../electron/backend/team/hub-client';
import { RECORD_KINDS, recordKey, type AnyRecord, type RecordKind } from '../../../shared/exchange/package-format';
import type { PushedChange } from '../../../shared/sync/hub-protocol';
import { dispatchFailure, dispatchOk } from '../../support/dispatch';
import { makeTeam, startHubProcess, type RunningHub } from '../../support/hub-process';
import { packageEditor, type Rows } from '../../support/package-builder';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { hubClientOf, laptop, sync, tempRoot, type Laptop } from '../../support/team-laptops';
import { seedRuleBookVisits } from '../../support/rule-book-visits';

/**
 * The hostile package cases sent as pushes: the hub refuses each with the very message the package
 * import gives for the same edit, and keeps nothing of it.
 */
let cluster: PgCluster;
let hub: RunningHub;
let root: string;
let lead: Laptop;
let receiver: Laptop;
let editor: ReturnType<typeof packageEditor>;
const ids = { visit: '', builtinVisit: '' };

beforeAll(async () => {
  cluster = await startPgCluster();
  hub = await startHubProcess(cluster.url);
  root = tempRoot();
  lead = laptop('lead', root);
  receiver = laptop('receiver', root);
  await dispatchOk(lead.backend, 'team.join', {
    hubAddress: hub.origin,
    inviteCode: await makeTeam(cluster.url),
    deviceName: 'Lead',
  });
  const call = lead.backend;
  const { visit, builtinVisit } = await seedRuleBookVisits(call);
  Object.assign(ids, { visit: visit.id, builtinVisit: builtinVisit.id });
  const exported = await dispatchOk(call, 'packages.export', {
    scope: { auditIds: [visit.id, builtinVisit.id] },
    name: 'Real',
    destination: { kind: 'download' },
  });
  editor = packageEditor(Buffer.from(exported.base64!, 'base64'));
  // The hub holds the originals (from the lead's sync); the receiving laptop holds them from the package.
  await sync(lead);
  await dispatchOk(receiver.backend, 'packages.import', { fileName: 'real.zip', base64: exported.base64! });
});

afterAll(async () => {
  lead?.close();
  receiver?.close();
  await hub?.stop();
  cluster?.destroy();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

const answer = (r: Rows, criterionId: string) => r.answers!.find((x) => x.criterion_id === criterionId)!;
const auditOf = (r: Rows, id: string) => r.audits!.find((x) => x.id === id)!;
const versionOf = (r: Rows, auditId: string) =>
  r.template_versions!.find((v) => v.id === auditOf(r, auditId).template_version_id)!;

const CASES: [string, (r: Rows) => void][] = [
  ['a schema violation', (r) => void (auditOf(r, ids.visit).audit_type = 'hack')],
  [
    'an answer that is not an answer',
    (r) => void (answer(r, 'ease').value_json = '{"kind":"yesno","value":"drop table"}'),
  ],
  [
    'an answer that does not fit its scale',
    (r) => void (answer(r, 'ease').value_json = JSON.stringify({ kind: 'scale', value: 7 })),
  ],
  [
    'an answer for a criterion the audit does not cover',
    (r) => void r.answers!.push({ ...answer(r, 'ease'), id: randomUUID(), criterion_id: 'injected' }),
  ],
  ['markup as the audit date', (r) => void (auditOf(r, ids.visit).audit_date = '<img src=x onerror=alert(1)>')],
  ['an impossible calendar date', (r) => void (auditOf(r, ids.visit).planned_date = '2025-02-30')],
  [
    'a scope naming a stage the template does not have',
    (r) => void (auditOf(r, ids.visit).scope_json = JSON.stringify({ stageIds: ['nowhere'], kinds: ['digital'] })),
  ],
  ['an audit that is its own baseline', (r) => void (auditOf(r, ids.visit).baseline_audit_id = ids.visit)],
  [
    'a built-in template version with an injected criterion',
    (r) => {
      const v = versionOf(r, ids.builtinVisit);
      const def = JSON.parse(String(v.definition_json));
      def.touchpoints[0].criteria.push({ ...def.touchpoints[0].criteria[0], id: 'injected', weight: 50 });
      v.definition_json = JSON.stringify(def);
    },
  ],
  [
    'a template version with a known id but other content',
    (r) => {
      const v = versionOf(r, ids.visit);
      v.definition_json = JSON.stringify({ ...JSON.parse(String(v.definition_json)), name: 'Tampered journey' });
    },
  ],
  ['two answers sharing an id', (r) => void (answer(r, 'ease').id = answer(r, 'price-shown').id)],
  ['an id shared by records of two kinds', (r) => void (r.evidence![0]!.id = ids.visit)],
  ['a client name longer than the app allows', (r) => void (r.clients![0]!.name = 'C'.repeat(121))],
  ['client notes longer than the app allows', (r) => void (r.clients![0]!.notes = 'n'.repeat(5001))],
  ['a right-to-left override in a client name', (r) => void (r.clients![0]!.name = 'Invoice\u202efdp.exe')],
  ['a NUL in an answer note', (r) => void (answer(r, 'ease').note = 'a\u0000b')],
];

describe('hostile pushes', () => {
  it.each(CASES)('refuses %s with the package import’s own message', async (_label, edit) => {
    const imported = await dispatchFailure(receiver.backend, 'packages.import', {
      fileName: 'edited.zip',
      base64: editor.build(edit).toString('base64'),
    });
    const r = editor.records();
    edit(r);
    const changes: PushedChange[] = RECORD_KINDS.flatMap((kind: RecordKind) =>
      (r[kind] as AnyRecord[]).map((row) => ({ kind, key: recordKey(kind, row), base: null, row })),
    );
    const before = await hubClientOf(lead).pull(0);
    const pushed = await hubClientOf(lead)
      .push(changes)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(pushed).toBeInstanceOf(HubRequestError);
    expect((pushed as HubRequestError).status).toBe(400);
    expect((pushed as HubRequestError).message).toBe(imported.message);
    // Nothing of it was kept: the team's changes are what they were.
    expect((await hubClientOf(lead).pull(0)).cursor).toBe(before.cursor);
  });
});
