import { auditScopeSchema, type AuditScope } from '../../../shared/domain/audit';
import type { TemplateDefinition } from '../../../shared/domain/template';
import { scoreAudit } from '../../../shared/scoring/score-audit';
import type { AuditScore, RolledUp, TouchpointTally } from '../../../shared/scoring/score-types';
import { packRollup, rollupTailText, unpackRollup } from '../../../shared/scoring/stored-rollup';
import type { BackendContext } from '../context';
import { statement } from '../db/statements';
import { versionDefinition } from '../templates/template-rows';
import { readAnswers } from './audit-rows';

/** The audit columns a stored roll-up is read with. */
export interface RollupColumns {
  id: string;
  template_version_id: string;
  scope_json: string;
  score_inputs_rev: number;
  rollup_rev: number;
  rollup_json: string | null;
}

const scopes = new Map<string, AuditScope>();
/** Scopes are few and immutable once parsed: kept by their JSON text. */
export function parseScope(json: string): AuditScope {
  let scope = scopes.get(json);
  if (!scope) {
    scope = auditScopeSchema.parse(JSON.parse(json));
    if (scopes.size > 1000) scopes.clear();
    scopes.set(json, scope);
  }
  return scope;
}

/** A full rescore of an audit from its answers in the database. */
export function rescore(
  ctx: BackendContext,
  row: Pick<RollupColumns, 'id' | 'template_version_id' | 'scope_json'>,
): AuditScore {
  return scoreAudit(
    versionDefinition(ctx, row.template_version_id),
    parseScope(row.scope_json),
    readAnswers(ctx, row.id),
  );
}

/** Is the stored roll-up the one of the audit's current answers, scope and version? */
export function isStoredRollupCurrent(row: Pick<RollupColumns, 'rollup_json' | 'rollup_rev' | 'score_inputs_rev'>) {
  return row.rollup_json !== null && row.rollup_rev === row.score_inputs_rev;
}

/** SQL that stores a roll-up computed at the audit's current score inputs. */
const STORE =
  'UPDATE audits SET rollup_tail = ?, rollup_json = ?, rollup_percent = ?, rollup_rev = score_inputs_rev WHERE id = ?';

/** Rescores the audits whose stored roll-up is not current (all of them, or those given) and stores them. Inside the caller's transaction. */
export function refreshStaleRollups(ctx: BackendContext, auditIds?: Iterable<string>): number {
  const rows = (
    auditIds
      ? [...new Set(auditIds)].flatMap((id) => {
          const row = ctx.db
            .prepare(
              'SELECT id, template_version_id, scope_json, score_inputs_rev, rollup_rev, rollup_json FROM audits WHERE id = ?',
            )
            .get(id) as RollupColumns | undefined;
          return row ? [row] : [];
        })
      : (ctx.db
          .prepare(
            'SELECT id, template_version_id, scope_json, score_inputs_rev, rollup_rev, rollup_json FROM audits WHERE rollup_rev != score_inputs_rev',
          )
          .all() as RollupColumns[])
  ).filter((r) => r.rollup_rev !== r.score_inputs_rev);
  for (const row of rows) {
    const score = rescore(ctx, row);
    const json = packRollup(score, versionDefinition(ctx, row.template_version_id), parseScope(row.scope_json));
    statement(ctx.db, STORE).run(rollupTailText(json), json, score.overall.percent, row.id);
  }
  return rows.length;
}

/**
 * An audit's roll-ups: the stored ones when current (the usual case: every writer stores them in
 * its transaction), else a rescore, which is correct but slow and is not written back by a read.
 */
export function readRollup(
  ctx: BackendContext,
  row: RollupColumns,
  definition: TemplateDefinition = versionDefinition(ctx, row.template_version_id),
): RolledUp<TouchpointTally> {
  const scope = parseScope(row.scope_json);
  if (isStoredRollupCurrent(row)) return unpackRollup(row.rollup_json!, definition, scope);
  return scoreAudit(definition, scope, readAnswers(ctx, row.id));
}
