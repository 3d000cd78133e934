import { withoutPurgedDetails } from '../../../shared/privacy/purged-fields';
import type { ExchangeConflict } from '../../../shared/api/exchange-api';
import { RECORD_KINDS, recordSchemas, type AnyRecord, type RecordKind } from '../../../shared/exchange/package-format';
import { AppError } from '../../../shared/result';
import { auditLock, LOCK_MESSAGES } from '../../../shared/rules/locks';
import type { BackendContext } from '../context';
import { conflictSubjects } from './conflict-definitions';
import { write } from '../db/write';
import { refreshStaleRollups } from '../audits/rollups';
import { differences, insertRecord, recordHash, recordLabel, selectLocal, setBase, updateRecord } from './records';

interface ConflictRow {
  id: string;
  record_kind: string;
  record_id: string;
  audit_id: string | null;
  local_json: string;
  incoming_json: string;
  package_name: string;
  detected_at: string;
}

const isKind = (k: string): k is RecordKind => (RECORD_KINDS as readonly string[]).includes(k);

/** Open conflicts, newest first: the local record as it is now, and the package's version. */
export function listConflicts(ctx: BackendContext, clientId?: string): ExchangeConflict[] {
  const rows = (
    clientId
      ? ctx.db
          .prepare(
            `SELECT c.* FROM exchange_conflicts c WHERE c.resolved_at IS NULL
             AND (c.audit_id IN (SELECT id FROM audits WHERE client_id = ?)
               OR (c.record_kind = 'clients' AND c.record_id = ?)
               OR json_extract(c.incoming_json, '$.client_id') = ?)
             ORDER BY c.detected_at DESC, c.rowid`,
          )
          .all(clientId, clientId, clientId)
      : ctx.db
          .prepare('SELECT * FROM exchange_conflicts WHERE resolved_at IS NULL ORDER BY detected_at DESC, rowid')
          .all()
  ) as ConflictRow[];
  const audit = ctx.db.prepare('SELECT title, client_id FROM audits WHERE id = ?');
  const subjectOf = conflictSubjects(ctx);
  return rows.flatMap((row) => {
    if (!isKind(row.record_kind)) return [];
    const kind = row.record_kind;
    const incoming = JSON.parse(row.incoming_json) as AnyRecord;
    const local = selectLocal(ctx, kind, incoming) ?? null;
    const a = row.audit_id ? (audit.get(row.audit_id) as { title: string; client_id: string } | undefined) : undefined;
    const clientId =
      a?.client_id ??
      (kind === 'clients' ? String(incoming.id) : typeof incoming.client_id === 'string' ? incoming.client_id : null);
    return [
      {
        id: row.id,
        kind,
        recordId: row.record_id,
        auditId: row.audit_id,
        auditTitle: a?.title ?? null,
        clientId,
        label: recordLabel(kind, incoming),
        subject: subjectOf(kind, incoming),
        packageName: row.package_name,
        detectedAt: row.detected_at,
        local,
        incoming,
        differences: differences(kind, local, incoming),
      },
    ];
  });
}

/**
 * Settles a conflict. Incoming: the package's version replaces the local one. Local: the local
 * version stays. Either way the package's version becomes the common base, so importing the same
 * package again changes nothing and the kept version travels as the newer one next time.
 */
export function resolveConflict(
  ctx: BackendContext,
  id: string,
  keep: 'local' | 'incoming',
): { id: string; keep: 'local' | 'incoming' } {
  let changedAudit: { id: string; clientId: string } | null = null;
  write(ctx.db, () => {
    const row = ctx.db.prepare('SELECT * FROM exchange_conflicts WHERE id = ?').get(id) as
      (ConflictRow & { resolved_at: string | null }) | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'That conflict no longer exists.');
    if (row.resolved_at) throw new AppError('NOT_ALLOWED', 'That conflict was already resolved.');
    if (!isKind(row.record_kind)) throw new AppError('INVALID_FILE', `Unknown record kind ${row.record_kind}.`);
    const kind = row.record_kind;
    const incoming = recordSchemas[kind].parse(JSON.parse(row.incoming_json)) as unknown as AnyRecord;
    const at = ctx.now().toISOString();
    if (keep === 'incoming') {
      const audit = row.audit_id
        ? (ctx.db.prepare('SELECT status, review_status FROM audits WHERE id = ?').get(row.audit_id) as
            { status: string; review_status: string } | undefined)
        : undefined;
      const lock = audit && kind !== 'actions' ? auditLock(audit) : null;
      if (lock) throw new AppError('AUDIT_COMPLETE', LOCK_MESSAGES[lock]);
      // A visit purged here takes back none of what the purge removed, not even from a conflict.
      const purged = row.audit_id
        ? ctx.db.prepare('SELECT purged_at FROM audits WHERE id = ?').pluck().get(row.audit_id)
        : null;
      const kept = typeof purged === 'string' ? withoutPurgedDetails(kind, incoming) : incoming;
      if (kept && selectLocal(ctx, kind, kept)) updateRecord(ctx, kind, kept);
      else if (kept) insertRecord(ctx, kind, kept);
      if (row.audit_id) {
        const clientId = ctx.db.prepare('SELECT client_id FROM audits WHERE id = ?').pluck().get(row.audit_id) as
          string | undefined;
        if (clientId) changedAudit = { id: row.audit_id, clientId };
      }
    }
    setBase(ctx, kind, row.record_id, recordHash(kind, incoming), at);
    ctx.db.prepare('UPDATE exchange_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?').run(at, keep, id);
    refreshStaleRollups(ctx);
  });
  if (changedAudit) ctx.emit('audits.changed', changedAudit);
  return { id, keep };
}
