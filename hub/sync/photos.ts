import { createHash } from 'node:crypto';
import type pg from 'pg';
import { EVIDENCE_MAX_BYTES } from '../../shared/api/audits-api';
import { missingPhotosRequestSchema } from '../../shared/sync/hub-protocol';
import { forbidden, HubError, invalid } from '../http/hub-error';
import type { Caller } from '../teams/teams';
import { readableSql } from './access';

export const isSha256 = (s: string) => /^[0-9a-f]{64}$/.test(s);

/** Which of these photos the hub does not hold yet: a laptop sends only those, once each. */
export async function missingPhotos(pool: pg.Pool, caller: Caller, body: unknown): Promise<{ missing: string[] }> {
  const parsed = missingPhotosRequestSchema.safeParse(body);
  if (!parsed.success) throw invalid('The list of photos is not in the hub’s format.');
  const have = new Set(
    (
      await pool.query<{ sha256: string }>('SELECT sha256 FROM photos WHERE team_id = $1 AND sha256 = ANY($2)', [
        caller.team.id,
        parsed.data.sha256s,
      ])
    ).rows.map((r) => r.sha256),
  );
  return { missing: [...new Set(parsed.data.sha256s)].filter((s) => !have.has(s)) };
}

/** Stores a photo under its hash, after checking the bytes are that hash; storing it twice changes nothing. */
export async function putPhoto(
  pool: pg.Pool,
  caller: Caller,
  sha: string,
  bytes: Buffer,
): Promise<{ stored: boolean }> {
  if (caller.person.role === 'viewer') throw forbidden('A viewer reads the team’s visits but cannot change them.');
  if (!isSha256(sha)) throw invalid('A photo is sent under its SHA-256.');
  if (bytes.length === 0 || bytes.length > EVIDENCE_MAX_BYTES)
    throw invalid(`A photo can be at most ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB.`);
  if (createHash('sha256').update(bytes).digest('hex') !== sha)
    throw invalid('The photo did not arrive intact (its checksum differs); send it again.');
  const r = await pool.query('INSERT INTO photos (team_id, sha256, bytes) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
    caller.team.id,
    sha,
    bytes,
  ]);
  return { stored: (r.rowCount ?? 0) > 0 };
}

/** A photo, to whoever may read a record that shows it. */
export async function getPhoto(pool: pg.Pool, caller: Caller, sha: string): Promise<Buffer> {
  if (!isSha256(sha)) throw invalid('A photo is asked for by its SHA-256.');
  const { where, params } = readableSql(caller);
  const row = (
    await pool.query<{ bytes: Buffer }>(
      `SELECT p.bytes FROM photos p WHERE p.team_id = $1 AND p.sha256 = $${params.length + 2} AND EXISTS (
         SELECT 1 FROM records r WHERE r.team_id = p.team_id AND r.kind = 'evidence' AND r.row->>'sha256' = p.sha256 AND ${where})`,
      [caller.team.id, ...params, sha],
    )
  ).rows[0];
  if (!row) throw new HubError(404, 'NOT_FOUND', 'The hub has no photo by that hash that this device may see.');
  return row.bytes;
}
