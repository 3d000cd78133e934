import { SEARCH_RESULTS_MAX, searchTerms, type FindingHit } from '../../../shared/search/fold-text';
import type { Db } from '../db/db-handle';

/** An FTS5 query of the words as prefixes, all required; each word quoted, so user text is never query syntax. */
export function ftsQuery(query: string): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t.replaceAll('"', '""')}"*`).join(' ');
}

/** Findings that hold every word, most relevant first (bm25), within one client or across all. */
export function searchFindings(
  db: Db,
  query: string,
  clientId: string | null,
  limit = SEARCH_RESULTS_MAX,
): (Omit<FindingHit, 'place'> & { versionId: string | null })[] {
  const match = ftsQuery(query);
  if (match === null) return [];
  return db
    .prepare(
      `SELECT d.kind, d.client_id AS clientId, c.name AS clientName, d.audit_id AS auditId, a.title AS auditTitle,
              d.touchpoint_id AS touchpointId, d.criterion_id AS criterionId, a.template_version_id AS versionId, f.shown AS text, f.rank AS rank
         FROM findings_fts f
         JOIN finding_docs d ON d.id = f.rowid
         JOIN clients c ON c.id = d.client_id
         LEFT JOIN audits a ON a.id = d.audit_id
        WHERE findings_fts MATCH ? AND (? IS NULL OR d.client_id = ?)
        ORDER BY f.rank
        LIMIT ?`,
    )
    .all(match, clientId, clientId, limit) as (Omit<FindingHit, 'place'> & { versionId: string | null })[];
}
