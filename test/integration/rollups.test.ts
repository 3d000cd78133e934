import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE_NAME, type Backend } from '../../electron/backend/backend';
import { parseScope, refreshStaleRollups, rescore, type RollupColumns } from '../../electron/backend/audits/rollups';
import { versionDefinition } from '../../electron/backend/templates/template-rows';
import { readAnswers } from '../../electron/backend/audits/audit-rows';
import type { BackendContext } from '../../electron/backend/context';
import { reconcileTrail } from '../../electron/backend/trail/reconcile';
import { TRAIL_SYSTEM_REASONS } from '../../shared/trail/trail-types';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { AnswerValue } from '../../shared/domain/audit';
import type { Criterion, TemplateDefinitionInput } from '../../shared/domain/template';
import { parsePackedRollup, rollupTailText, unpackRollup } from '../../shared/scoring/stored-rollup';
import { scoreWithOtherMethod } from '../../shared/scoring/explain-score';
import { dispatchOk } from '../support/dispatch';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';

/** A small deterministic generator, so a failing sequence can be replayed from its seed. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
  };
}
type Rng = ReturnType<typeof random>;

function randomValue(rng: Rng, c: Criterion): AnswerValue | null {
  if (rng.next() < 0.08) return null;
  if (c.allowNa && rng.next() < 0.1) return { kind: 'na' };
  switch (c.scale.type) {
    case 'yesno':
      return { kind: 'yesno', value: rng.next() < 0.5 };
    case 'scale5':
      return { kind: 'scale', value: 1 + rng.int(5) };
    case 'scale10':
      return { kind: 'scale', value: rng.int(11) };
    case 'options':
      return { kind: 'option', optionId: rng.pick(c.scale.options).id };
    case 'perChannel': {
      const { channels } = c.scale;
      return {
        kind: 'channels',
        values: Object.fromEntries(channels.map((ch) => [ch, rng.pick(['open 9-5', 'open 9-6', ''])])),
      };
    }
  }
}

const backends: Backend[] = [];
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
});

function open(dataDir: string): Backend {
  const b = createBackend({ dataDir, host: 'web', version: 'test' });
  backends.push(b);
  return b;
}

const contexts = new WeakMap<Backend, BackendContext>();
/** Enough of a context to read rows and rescore them (template versions are immutable, so their cache is safe to keep). */
function ctxOf(b: Backend): BackendContext {
  let ctx = contexts.get(b);
  if (!ctx) contexts.set(b, (ctx = { db: b.database!.db, versionCache: new Map() } as unknown as BackendContext));
  return ctx;
}

const COLUMNS = 'id, template_version_id, scope_json, score_inputs_rev, rollup_rev, rollup_json';

/** Every audit's stored roll-up is current and equal, number for number, to a full rescore of its answers. */
function expectStoredEqualsRescore(b: Backend, ids?: string[]): number {
  const ctx = ctxOf(b);
  const rows = (
    ids
      ? ids.map((id) => ctx.db.prepare(`SELECT ${COLUMNS} FROM audits WHERE id = ?`).get(id))
      : ctx.db.prepare(`SELECT ${COLUMNS} FROM audits`).all()
  ).filter(Boolean) as RollupColumns[];
  for (const row of rows) {
    expect(row.rollup_rev, `roll-up of ${row.id} is current`).toBe(row.score_inputs_rev);
    const definition = versionDefinition(ctx, row.template_version_id);
    const stored = unpackRollup(row.rollup_json!, definition, parseScope(row.scope_json));
    const full = rescore(ctx, row);
    expect(stored).toEqual({ ...full, touchpoints: full.touchpoints.map(({ criteria: _, ...tp }) => tp) });
    // The overall under the other method, kept beside it, equals a full rescore with that method.
    const other = scoreWithOtherMethod(definition, parseScope(row.scope_json), readAnswers(ctx, row.id));
    expect(parsePackedRollup(row.rollup_json!).otherPercent).toBe(other.overall.percent);
    expect(ctx.db.prepare('SELECT rollup_percent FROM audits WHERE id = ?').pluck().get(row.id)).toBe(
      full.overall.percent,
    );
    // And its tail, kept in a column of its own for dashboards: the roll-up's own (spaces the save path pads with aside).
    const tail = ctx.db.prepare('SELECT rollup_tail FROM audits WHERE id = ?').pluck().get(row.id) as string | null;
    expect(tail?.trimEnd()).toBe(rollupTailText(row.rollup_json!));
  }
  return rows.length;
}

function averageTemplate(): TemplateDefinitionInput {
  return { ...testTemplate(), name: 'Average journey', rollup: 'average', momentOfTruthMultiplier: 3 };
}

describe('roll-ups kept on write', () => {
  it('stay equal to a full rescore through thousands of random writes, undos, foreign writes, imports, version changes and a restore', async () => {
    const rng = random(20261201);
    const dirA = tempDir('ja-rollups-a-', { inMemory: true });
    const dirB = tempDir('ja-rollups-b-', { inMemory: true });
    let a = open(dirA);
    const b = open(dirB);
    const call = <M extends MethodName>(backend: Backend, method: M, input: MethodInput<M>) =>
      dispatchOk(backend, method, input);

    const client = await call(a, 'clients.create', { name: 'Roll-up client' });
    const pooled = await call(a, 'templates.import', { fileName: 'p.json', text: JSON.stringify(testTemplate()) });
    const average = await call(a, 'templates.import', { fileName: 'a.json', text: JSON.stringify(averageTemplate()) });
    const audits: { id: string; on: Backend }[] = [];
    for (let i = 0; i < 6; i++) {
      const audit = await call(a, 'audits.create', {
        clientId: client.id,
        templateId: (i % 2 ? average : pooled).id,
        title: `Audit ${i}`,
        site: `Site ${i % 3}`,
        auditDate: `2027-0${1 + i}-01`,
        ...(i === 5 ? { scope: { stageIds: ['during'], kinds: ['human', 'physical'] } } : {}),
      });
      audits.push({ id: audit.id, on: a });
    }
    // A second version of the pooled template (other weights, the signage a moment of truth): audits on it score differently.
    const changed = testTemplate();
    changed.touchpoints[0]!.criteria[0]!.weight = 5;
    changed.touchpoints[2]!.momentOfTruth = true;
    await call(a, 'templates.update', { id: pooled.id, definition: changed as never });
    const onV2 = await call(a, 'audits.create', {
      clientId: client.id,
      templateId: pooled.id,
      title: 'On version 2',
      auditDate: '2027-08-01',
    });
    audits.push({ id: onV2.id, on: a });
    expect(expectStoredEqualsRescore(a)).toBe(7);

    const details = new Map<string, MethodOutput<'audits.get'>>();
    let imported = false;
    let foreign = 0;
    let writes = 0;

    for (let step = 0; step < 2500; step++) {
      const target = rng.pick(audits);
      const backend = target.on;
      const key = `${backend === b ? 'b' : 'a'}:${target.id}`;
      const detail = details.get(key) ?? (await call(backend, 'audits.get', { id: target.id }));
      details.set(key, detail);
      const { definition, scope: inScope } = detail;
      const tp = rng.pick(definition.touchpoints);
      const criterion = rng.pick(tp.criteria);
      const roll = rng.next();
      const scoped =
        inScope.kinds.includes(tp.kind) && (inScope.stageIds.length === 0 || inScope.stageIds.includes(tp.stageId));
      if (!scoped) continue;
      if (roll < 0.6) {
        await call(backend, 'audits.setAnswer', {
          auditId: target.id,
          touchpointId: tp.id,
          criterionId: criterion.id,
          value: randomValue(rng, criterion),
        });
      } else if (roll < 0.7) {
        await call(backend, 'audits.setNote', {
          auditId: target.id,
          touchpointId: tp.id,
          criterionId: criterion.id,
          note: `note ${step}`,
        });
      } else if (roll < 0.8) {
        await call(backend, 'audits.undo', { auditId: target.id });
      } else if (roll < 0.85) {
        await call(backend, 'audits.setRecord', {
          auditId: target.id,
          touchpointId: tp.id,
          field: 'emotion',
          value: 1 + rng.int(5),
        } as MethodInput<'audits.setRecord'>);
      } else if (roll < 0.93) {
        // Someone else writes the answers table (a sync, a repair): the held write state must notice.
        const db = backend.database!.db;
        const value = JSON.stringify(randomValue(rng, criterion));
        if (rng.next() < 0.3)
          db.prepare('DELETE FROM answers WHERE audit_id = ? AND touchpoint_id = ?').run(target.id, tp.id);
        else
          db.prepare(
            "INSERT INTO answers (id, audit_id, touchpoint_id, criterion_id, value_json, note, updated_at) VALUES (?, ?, ?, ?, ?, '', 'x') ON CONFLICT (audit_id, touchpoint_id, criterion_id) DO UPDATE SET value_json = excluded.value_json",
          ).run(randomUUID(), target.id, tp.id, criterion.id, value);
        // As every writer outside the app's handlers must: the trail accounts for what it changed.
        reconcileTrail(db, target.id, new Date().toISOString(), TRAIL_SYSTEM_REASONS.imported);
        const row = db.prepare(`SELECT ${COLUMNS} FROM audits WHERE id = ?`).get(target.id) as RollupColumns;
        expect(row.rollup_rev).not.toBe(row.score_inputs_rev);
        foreign++;
        // The next write through the app stores the right roll-up again.
        await call(backend, 'audits.setAnswer', {
          auditId: target.id,
          touchpointId: tp.id,
          criterionId: criterion.id,
          value: randomValue(rng, criterion),
        });
      } else if (roll < 0.96) {
        // The audit moves to the other version of its template by a hand repair, and back (the app never re-pins an
        // audit, and a package that would is refused: the two laptops' copies must not be left apart).
        const db = backend.database!.db;
        const pinned = db.prepare('SELECT template_version_id FROM audits WHERE id = ?').pluck().get(target.id);
        const versions = db
          .prepare(
            'SELECT v.id FROM template_versions v JOIN template_versions w ON w.template_id = v.template_id JOIN audits a ON a.template_version_id = w.id WHERE a.id = ?',
          )
          .pluck()
          .all(target.id) as string[];
        for (const version of [rng.pick(versions), pinned]) {
          db.prepare('UPDATE audits SET template_version_id = ? WHERE id = ?').run(version, target.id);
          details.delete(key);
          expect(refreshStaleRollups(ctxOf(backend), [target.id])).toBeLessThanOrEqual(1);
          expectStoredEqualsRescore(backend, [target.id]);
        }
      } else if (!imported || rng.next() < 0.1) {
        // A package of A's audits into B; afterwards some writes go to B's copies.
        const pkg = await call(a, 'packages.export', {
          scope: { clientId: client.id },
          name: `Step ${step}`,
          destination: { kind: 'download' },
        });
        await call(b, 'packages.import', { fileName: pkg.fileName, base64: pkg.base64! });
        for (const k of [...details.keys()]) if (k.startsWith('b:')) details.delete(k);
        expectStoredEqualsRescore(b);
        if (!imported) for (const x of audits.slice(0, 3)) audits.push({ id: x.id, on: b });
        imported = true;
      }
      writes++;
      expectStoredEqualsRescore(backend, [target.id]);

      if (step === 1200) {
        // A restore: the file as it was backed up, opened by a fresh backend (no held state survives).
        const backupFile = path.join(dirA, 'restore-copy.sqlite');
        await a.database!.db.backup(backupFile);
        await call(a, 'audits.setAnswer', {
          auditId: audits[0]!.id,
          touchpointId: 'signage',
          criterionId: 'visible',
          value: { kind: 'yesno', value: false },
        });
        a.close();
        for (const ext of ['', '-wal', '-shm']) fs.rmSync(path.join(dirA, DATABASE_FILE_NAME + ext), { force: true });
        fs.renameSync(backupFile, path.join(dirA, DATABASE_FILE_NAME));
        a = open(dirA);
        for (const x of audits) if (x.on !== b) x.on = a;
        expectStoredEqualsRescore(a);
      }
    }
    expect(writes).toBeGreaterThan(2000);
    expect(foreign).toBeGreaterThan(50);
    expect(expectStoredEqualsRescore(a)).toBe(7);
    expect(expectStoredEqualsRescore(b)).toBe(7);
  }, 240_000);

  it('a database from before roll-ups gets them stored when it is opened', async () => {
    const dataDir = tempDir('ja-rollups-old-');
    const first = open(dataDir);
    const client = await dispatchOk(first, 'clients.create', { name: 'Old' });
    const template = await dispatchOk(first, 'templates.import', {
      fileName: 't.json',
      text: JSON.stringify(testTemplate()),
    });
    const audit = await dispatchOk(first, 'audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Old audit',
      auditDate: '2027-01-01',
    });
    await dispatchOk(first, 'audits.setAnswer', {
      auditId: audit.id,
      touchpointId: 'website',
      criterionId: 'ease',
      value: { kind: 'scale', value: 4 },
    });
    // As migration 6 leaves an existing audit: no roll-up stored.
    first.database!.db.prepare('UPDATE audits SET rollup_json = NULL, rollup_percent = NULL, rollup_rev = -1').run();
    first.close();
    backends.splice(0);
    const second = open(dataDir);
    expect(expectStoredEqualsRescore(second)).toBe(1);
    const percent = second.database!.db.prepare('SELECT rollup_percent FROM audits').pluck().get();
    expect(percent).toBe(75); // 3 of 4 on the 1-5 scale, the only answer
  });
});
