import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { RECORD_KINDS, recordAuditId, type AnyRecord, type RecordKind } from '../../shared/exchange/package-format';
import { LOCK_MESSAGES, auditLock } from '../../shared/rules/locks';
import { mergeFields } from '../../shared/sync/merge-fields';
import {
  pushRequestSchema,
  type PushedChange,
  type PushResult,
  type RefusalCode,
  type RefusedChange,
} from '../../shared/sync/hub-protocol';
import { forbidden, invalid } from '../http/hub-error';
import type { Caller } from '../teams/teams';
import { audienceOf, TEAM_KINDS } from './access';
import { hubSurroundings } from './hub-surroundings';
import { checkPushedChanges, checkPushedContent } from './validate-push';

interface HubRow {
  kind: RecordKind;
  key: string;
  row: AnyRecord;
  deleted: boolean;
  owner_person_id: string | null;
}

const lockOfRow = (row: AnyRecord) =>
  auditLock({ status: String(row.status ?? ''), review_status: String(row.review_status ?? 'none') });
const order = (kind: RecordKind) => RECORD_KINDS.indexOf(kind);
const sameRecord = (a: AnyRecord, b: AnyRecord | null, kind: RecordKind) =>
  b !== null && mergeFields(kind, b, a, b).changed === false && mergeFields(kind, a, b, a).changed === false;

/**
 * Applies a laptop's changes in one transaction, under the team's row lock (which also hands out
 * the change numbers, so pulls see them in commit order). Each record is authorised against the
 * hub's copy, refused when its visit is locked, and merged field by field with what the hub has:
 * a retried push finds everything already there and changes nothing.
 */
export async function push(pool: pg.Pool, caller: Caller, body: unknown): Promise<PushResult> {
  const parsed = pushRequestSchema.safeParse(body);
  if (!parsed.success) throw invalid(`The push is not in the hub's format: ${parsed.error.issues[0]?.message ?? ''}.`);
  const changes = parsed.data.changes as PushedChange[];
  if (caller.person.role === 'viewer') throw forbidden('A viewer reads the team’s visits but cannot change them.');
  checkPushedChanges(changes);

  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const team = caller.team.id;
    let seq = Number(
      (await client.query<{ last_seq: string }>('SELECT last_seq FROM teams WHERE id = $1 FOR UPDATE', [team])).rows[0]!
        .last_seq,
    );
    const auditIds = new Set<string>();
    for (const c of changes) {
      const a = c.kind === 'audits' ? c.key : c.row ? recordAuditId(c.kind, c.row) : null;
      if (a) auditIds.add(a);
    }
    const existing = new Map<string, HubRow>();
    const rows = await client.query<HubRow>(
      `SELECT kind, key, row, deleted, owner_person_id FROM records
       WHERE team_id = $1 AND ((kind, key) IN (SELECT * FROM unnest($2::text[], $3::text[])) OR (kind = 'audits' AND key = ANY($4)))`,
      [team, changes.map((c) => c.kind), changes.map((c) => c.key), [...auditIds]],
    );
    for (const r of rows.rows) existing.set(`${r.kind}/${r.key}`, r);
    const hubAudit = (id: string) => {
      const r = existing.get(`audits/${id}`);
      return r && !r.deleted ? r : undefined;
    };
    const preAudits = new Map([...auditIds].map((id) => [id, hubAudit(id)?.row ?? null]));
    const pushedAudits = new Map(changes.filter((c) => c.kind === 'audits' && c.row).map((c) => [c.key, c.row!]));
    await checkPhotos(client, team, changes);
    const auditOf = (c: PushedChange): string | null => {
      if (c.kind === 'audits') return c.key;
      if (c.row) return recordAuditId(c.kind, c.row);
      const current = existing.get(`${c.kind}/${c.key}`);
      return current ? recordAuditId(c.kind, current.row) : null;
    };
    // Locks: a reviewed visit takes no write at all; a complete one only when this push reopens it.
    const lockOf = (c: PushedChange) => {
      const auditId = auditOf(c);
      if (!auditId) return null;
      const before = preAudits.get(auditId) ?? null;
      const lock = before ? lockOfRow(before) : null;
      const reopened = pushedAudits.get(auditId);
      return lock === 'reviewed' || (lock === 'complete' && c.kind !== 'audits' && (!reopened || lockOfRow(reopened)))
        ? lock
        : null;
    };
    const hubAudits = [...auditIds].map((id) => hubAudit(id)?.row).filter((r): r is AnyRecord => !!r);
    const versionIds = [...pushedAudits.values(), ...hubAudits].map((a) => String(a.template_version_id));
    const baselines = [...pushedAudits.values()]
      .map((a) => a.baseline_audit_id)
      .filter((b): b is string => typeof b === 'string');
    // Owners of what the push names or links to (a record never changes client), and the answers
    // here of the visits it has complete (the completion rule reads the hub's with the pushed ones).
    const linkedAudits = [...pushedAudits.values(), ...hubAudits];
    const ownedIds = [
      ...changes.filter((c) => ['sites', 'waves', 'actions', 'evidence'].includes(c.kind)).map((c) => c.key),
      ...linkedAudits.flatMap((a) => [a.site_id, a.wave_id]).filter((id): id is string => typeof id === 'string'),
    ];
    const completeAudits = linkedAudits.filter((a) => a.status === 'complete').map((a) => String(a.id));
    // Changes a lock refuses one by one below are never written: the rule book judges only what may be (a shopper's
    // reopening merged with the lead's review is refused as reviewed, not as a state no one can make).
    checkPushedContent(
      changes.filter((c) => lockOf(c) === null),
      hubAudits,
      await hubSurroundings(client, team, versionIds, [...auditIds, ...baselines], ownedIds, completeAudits),
    );
    for (const c of changes) {
      const current = existing.get(`${c.kind}/${c.key}`);
      if (
        c.kind === 'template_versions' &&
        current &&
        !current.deleted &&
        c.row &&
        current.row.definition_json !== c.row.definition_json
      )
        throw invalid(
          `The template version ${c.key} in the package has other content than the same version here; template versions never change, so the package was refused. Nothing was imported.`,
        );
    }

    const refused: RefusedChange[] = [];
    let applied = 0;
    let unchanged = 0;
    let conflicts = 0;
    const conflicted: PushResult['conflicted'] = [];
    // Written together at the end: one statement for the whole push instead of one per record.
    const upserts: {
      kind: RecordKind;
      key: string;
      auditId: string | null;
      owner: string | null;
      audience: string;
      row: AnyRecord;
      seq: number;
    }[] = [];
    const refuse = (c: PushedChange, code: RefusalCode, reason: string) =>
      refused.push({ kind: c.kind, key: c.key, code, reason });
    // Parents before children; deletions after every upsert, children first.
    const sorted = [...changes].sort((a, b) =>
      a.deleted !== b.deleted
        ? a.deleted
          ? 1
          : -1
        : a.deleted
          ? order(b.kind) - order(a.kind)
          : order(a.kind) - order(b.kind),
    );
    for (const c of sorted) {
      const current = existing.get(`${c.kind}/${c.key}`);
      const auditId = auditOf(c);
      const audit = auditId ? hubAudit(auditId) : undefined;
      let owner: string | null = null;
      if (c.kind === 'audits') owner = current?.owner_person_id ?? caller.person.id;
      else if (auditId) {
        if (!audit) {
          refuse(c, 'no-visit', `It belongs to visit ${auditId}, which the hub does not have.`);
          continue;
        }
        owner = audit.owner_person_id;
      }
      // Authorisation, row by row.
      if (c.kind === 'template_versions') {
        // Immutable: a new one is added (a shopper's visit pins it), an existing one never changes.
        if (current || c.deleted) {
          unchanged++;
          continue;
        }
        const template = await client.query(
          "SELECT 1 FROM records WHERE team_id = $1 AND kind = 'templates' AND key = $2 AND NOT deleted",
          [team, String(c.row!.template_id)],
        );
        if (
          template.rowCount === 0 &&
          !upserts.some((u) => u.kind === 'templates' && u.key === String(c.row!.template_id))
        ) {
          refuse(
            c,
            'no-template',
            `It is a version of template ${String(c.row!.template_id)}, which the hub does not have.`,
          );
          continue;
        }
      } else if (caller.person.role === 'shopper') {
        if (TEAM_KINDS.has(c.kind) || (c.kind === 'actions' && !auditId)) {
          refuse(c, 'lead-only', 'Only the team lead can change clients, sites, waves, templates and plans.');
          continue;
        }
        if (owner !== caller.person.id) {
          refuse(c, 'other-shopper', 'This visit belongs to another shopper.');
          continue;
        }
      }
      const lock = lockOf(c);
      if (lock) {
        refuse(c, lock, LOCK_MESSAGES[lock]);
        continue;
      }
      const live = current && !current.deleted ? current.row : null;
      if (c.deleted) {
        if (!live || !c.base || !sameRecord(live, c.base, c.kind)) {
          // Already gone, or changed on the hub since: the change wins and travels back.
          unchanged++;
          continue;
        }
        seq++;
        await client.query(
          'UPDATE records SET deleted = true, seq = $4, updated_at = now() WHERE team_id = $1 AND kind = $2 AND key = $3',
          [team, c.kind, c.key, seq],
        );
        applied++;
        continue;
      }
      const mine = c.row as AnyRecord;
      const merge = mergeFields(c.kind, c.base, mine, live);
      if (merge.conflicts.length > 0) {
        conflicted.push({ kind: c.kind, key: c.key });
        const dup = await client.query(
          'SELECT 1 FROM conflicts WHERE team_id = $1 AND kind = $2 AND key = $3 AND pushed_row = $4::jsonb AND hub_row = $5::jsonb',
          [team, c.kind, c.key, JSON.stringify(mine), JSON.stringify(merge.merged)],
        );
        if (dup.rowCount === 0) {
          seq++;
          await client.query(
            `INSERT INTO conflicts (id, team_id, kind, key, owner_person_id, audience, hub_row, pushed_row, pushed_by_device, fields, seq)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
            [
              randomUUID(),
              team,
              c.kind,
              c.key,
              owner,
              audienceOf(c.kind, auditId),
              JSON.stringify(merge.merged),
              JSON.stringify(mine),
              caller.device.id,
              merge.conflicts,
              seq,
            ],
          );
          conflicts++;
        }
      }
      if (!merge.changed && live) {
        if (merge.conflicts.length === 0) unchanged++;
        continue;
      }
      seq++;
      upserts.push({
        kind: c.kind,
        key: c.key,
        auditId,
        owner,
        audience: audienceOf(c.kind, auditId),
        row: merge.merged,
        seq,
      });
      if (c.kind === 'audits')
        existing.set(`audits/${c.key}`, {
          kind: 'audits',
          key: c.key,
          row: merge.merged,
          deleted: false,
          owner_person_id: owner,
        });
      applied++;
    }
    if (upserts.length)
      await client.query(
        `INSERT INTO records (team_id, kind, key, audit_id, owner_person_id, audience, row, deleted, seq)
         SELECT $1, u.kind, u.key, u.audit_id, u.owner, u.audience, u.row, false, u.seq
         FROM unnest($2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::text[], $7::jsonb[], $8::bigint[])
           AS u(kind, key, audit_id, owner, audience, row, seq)
         ON CONFLICT (team_id, kind, key) DO UPDATE SET row = excluded.row, deleted = false, seq = excluded.seq, updated_at = now()`,
        [
          team,
          upserts.map((u) => u.kind),
          upserts.map((u) => u.key),
          upserts.map((u) => u.auditId),
          upserts.map((u) => u.owner),
          upserts.map((u) => u.audience),
          upserts.map((u) => JSON.stringify(u.row)),
          upserts.map((u) => u.seq),
        ],
      );
    await client.query('UPDATE teams SET last_seq = $2 WHERE id = $1', [team, seq]);
    await client.query('COMMIT');
    return { applied, unchanged, conflicts, conflicted, refused, cursor: seq };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** An evidence record travels only after its photo: present on the hub, of the size it states. */
async function checkPhotos(client: pg.PoolClient, team: string, changes: PushedChange[]): Promise<void> {
  const evidence = changes.filter((c) => c.kind === 'evidence' && c.row && !c.deleted).map((c) => c.row!);
  if (evidence.length === 0) return;
  const sizes = new Map(
    (
      await client.query<{ sha256: string; size: number }>(
        'SELECT sha256, length(bytes) AS size FROM photos WHERE team_id = $1 AND sha256 = ANY($2)',
        [team, evidence.map((e) => String(e.sha256))],
      )
    ).rows.map((r) => [r.sha256, Number(r.size)]),
  );
  for (const e of evidence) {
    const size = sizes.get(String(e.sha256));
    if (size === undefined)
      throw invalid(`The photo ${e.sha256} of visit ${e.audit_id} is missing from the package. Nothing was imported.`);
    if (size !== e.bytes)
      throw invalid(`The photo ${e.sha256} is ${size} bytes but described as ${e.bytes}. Nothing was imported.`);
  }
}
