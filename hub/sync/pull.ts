import type pg from 'pg';
import { HUB_LIMITS, type PullResult } from '../../shared/sync/hub-protocol';
import type { RecordKind, AnyRecord } from '../../shared/exchange/package-format';
import { invalid } from '../http/hub-error';
import type { Caller } from '../teams/teams';
import { readableSql } from './access';

/**
 * The team's changes after a cursor that this caller may read, oldest first, one page at a time.
 * Read in one snapshot, so the cursor handed back covers exactly what was returned: a push still
 * being written holds the team's lock and gets a number above it.
 */
export async function pull(
  pool: pg.Pool,
  caller: Caller,
  sinceText: string | null,
  limitText: string | null,
): Promise<PullResult> {
  const since = Number(sinceText ?? '0');
  const limit = Math.min(Number(limitText ?? HUB_LIMITS.pullPageSize), HUB_LIMITS.pullPageSize);
  if (!Number.isSafeInteger(since) || since < 0) throw invalid('The cursor must be a whole number of 0 or more.');
  if (!Number.isSafeInteger(limit) || limit < 1) throw invalid('The page size must be a whole number of 1 or more.');
  const { where, params } = readableSql(caller);
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const last = Number(
      (await client.query<{ last_seq: string }>('SELECT last_seq FROM teams WHERE id = $1', [caller.team.id])).rows[0]!
        .last_seq,
    );
    const rows = (
      await client.query<{ seq: string; kind: RecordKind; key: string; row: AnyRecord; deleted: boolean }>(
        `SELECT r.seq, r.kind, r.key, r.row, r.deleted FROM records r
         WHERE r.team_id = $1 AND r.seq > $${params.length + 2} AND ${where} ORDER BY r.seq LIMIT $${params.length + 3}`,
        [caller.team.id, ...params, since, limit + 1],
      )
    ).rows;
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    const cursor = more ? Number(page[page.length - 1]!.seq) : last;
    const conflicts = (
      await client.query<{
        seq: string;
        id: string;
        kind: RecordKind;
        key: string;
        hub_row: AnyRecord;
        pushed_row: AnyRecord;
        pushed_by_device: string;
        fields: string[];
      }>(
        `SELECT r.seq, r.id, r.kind, r.key, r.hub_row, r.pushed_row, r.pushed_by_device, r.fields FROM conflicts r
         WHERE r.team_id = $1 AND r.seq > $${params.length + 2} AND r.seq <= $${params.length + 3} AND ${where} ORDER BY r.seq`,
        [caller.team.id, ...params, since, cursor],
      )
    ).rows;
    await client.query('COMMIT');
    return {
      changes: page.map((r) => ({ seq: Number(r.seq), kind: r.kind, key: r.key, row: r.row, deleted: r.deleted })),
      conflicts: conflicts.map((c) => ({
        seq: Number(c.seq),
        id: c.id,
        kind: c.kind,
        key: c.key,
        hubRow: c.hub_row,
        pushedRow: c.pushed_row,
        pushedByDevice: c.pushed_by_device,
        fields: c.fields,
      })),
      cursor,
      more,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
