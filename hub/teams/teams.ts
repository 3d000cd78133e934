import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { HUB_LIMITS, type DeviceInfo, type JoinResult, type Me, type TeamRole } from '../../shared/sync/hub-protocol';
import { forbidden, HubError, unauthorized } from '../http/hub-error';
import { hashSecret, newDeviceToken, newInviteCode } from './secrets';

/** The signed-in device behind a request. */
export type Caller = Me;

/** A new team and its lead's single-use invite code (run by whoever runs the hub: `npm run hub -- create-team`). */
export async function createTeam(
  pool: pg.Pool,
  teamName: string,
  leadName: string,
): Promise<{ teamId: string; leadInviteCode: string; expiresAt: string }> {
  const teamId = randomUUID();
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('INSERT INTO teams (id, name) VALUES ($1, $2)', [
      teamId,
      teamName.slice(0, HUB_LIMITS.teamName),
    ]);
    const invite = await insertInvite(client, teamId, 'lead', leadName);
    await client.query('COMMIT');
    return { teamId, leadInviteCode: invite.code, expiresAt: invite.expiresAt };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

async function insertInvite(
  db: pg.ClientBase | pg.Pool,
  teamId: string,
  role: TeamRole,
  name: string,
): Promise<{ code: string; expiresAt: string }> {
  const personId = randomUUID();
  const code = newInviteCode();
  const expires = new Date(Date.now() + HUB_LIMITS.inviteDays * 86_400_000);
  await db.query('INSERT INTO people (id, team_id, name, role) VALUES ($1, $2, $3, $4)', [
    personId,
    teamId,
    name,
    role,
  ]);
  await db.query('INSERT INTO invites (code_hash, team_id, person_id, expires_at) VALUES ($1, $2, $3, $4)', [
    hashSecret(code),
    teamId,
    personId,
    expires,
  ]);
  return { code, expiresAt: expires.toISOString() };
}

/** A lead invites a shopper, viewer or another lead: a new person, reached by a code that works once. */
export async function createInvite(pool: pg.Pool, caller: Caller, role: TeamRole, name: string) {
  requireLead(caller, 'invite people');
  return insertInvite(pool, caller.team.id, role, name);
}

/** Spends an invite code on this laptop: the code is used up, the device gets its own token. */
export async function join(pool: pg.Pool, code: string, deviceName: string): Promise<JoinResult> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const invite = (
      await client.query<{ team_id: string; person_id: string; expires_at: Date }>(
        // One conditional UPDATE: two laptops typing the same code at once cannot both spend it.
        'UPDATE invites SET used_at = now() WHERE code_hash = $1 AND used_at IS NULL RETURNING team_id, person_id, expires_at',
        [hashSecret(code)],
      )
    ).rows[0];
    if (!invite || invite.expires_at.getTime() < Date.now()) {
      await client.query('ROLLBACK');
      throw new HubError(
        403,
        'NOT_ALLOWED',
        'That invite code is unknown, already used or expired. Ask the team lead for a new one.',
      );
    }
    const token = newDeviceToken();
    const deviceId = randomUUID();
    await client.query('INSERT INTO devices (id, team_id, person_id, name, token_hash) VALUES ($1, $2, $3, $4, $5)', [
      deviceId,
      invite.team_id,
      invite.person_id,
      deviceName,
      hashSecret(token),
    ]);
    await client.query('COMMIT');
    const me = await meForDevice(pool, deviceId);
    return { ...me!, token };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const ME_SQL = `SELECT d.id AS device_id, d.name AS device_name, p.id AS person_id, p.name AS person_name, p.role,
  t.id AS team_id, t.name AS team_name
  FROM devices d JOIN people p ON p.id = d.person_id JOIN teams t ON t.id = d.team_id`;

interface MeRow {
  device_id: string;
  device_name: string;
  person_id: string;
  person_name: string;
  role: TeamRole;
  team_id: string;
  team_name: string;
}
const toMe = (r: MeRow): Me => ({
  team: { id: r.team_id, name: r.team_name },
  person: { id: r.person_id, name: r.person_name, role: r.role },
  device: { id: r.device_id, name: r.device_name },
});

async function meForDevice(pool: pg.Pool, deviceId: string): Promise<Me | null> {
  const row = (await pool.query<MeRow>(`${ME_SQL} WHERE d.id = $1`, [deviceId])).rows[0];
  return row ? toMe(row) : null;
}

/** The device a bearer token belongs to; a revoked or unknown token gets nothing. */
export async function authenticate(pool: pg.Pool, token: string | null): Promise<Caller> {
  if (!token) throw unauthorized();
  const row = (
    await pool.query<MeRow>(
      `UPDATE devices d SET last_seen_at = now() FROM people p, teams t
       WHERE d.token_hash = $1 AND d.revoked_at IS NULL AND p.id = d.person_id AND t.id = d.team_id
       RETURNING d.id AS device_id, d.name AS device_name, p.id AS person_id, p.name AS person_name, p.role,
         t.id AS team_id, t.name AS team_name`,
      [hashSecret(token)],
    )
  ).rows[0];
  if (!row) throw unauthorized();
  return toMe(row);
}

export function requireLead(caller: Caller, what: string): void {
  if (caller.person.role !== 'lead') throw forbidden(`Only the team lead can ${what}.`);
}

export async function listDevices(pool: pg.Pool, caller: Caller): Promise<DeviceInfo[]> {
  requireLead(caller, 'see the team’s devices');
  const rows = (
    await pool.query<{
      id: string;
      name: string;
      person_id: string;
      person_name: string;
      role: TeamRole;
      created_at: Date;
      last_seen_at: Date | null;
      revoked_at: Date | null;
    }>(
      `SELECT d.id, d.name, p.id AS person_id, p.name AS person_name, p.role, d.created_at, d.last_seen_at, d.revoked_at
       FROM devices d JOIN people p ON p.id = d.person_id WHERE d.team_id = $1 ORDER BY d.created_at`,
      [caller.team.id],
    )
  ).rows;
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    personId: r.person_id,
    personName: r.person_name,
    role: r.role,
    createdAt: r.created_at.toISOString(),
    lastSeenAt: r.last_seen_at?.toISOString() ?? null,
    revokedAt: r.revoked_at?.toISOString() ?? null,
  }));
}

/** The lead cuts a laptop off; its token stops working at once. */
export async function revokeDevice(pool: pg.Pool, caller: Caller, deviceId: string): Promise<{ revoked: boolean }> {
  requireLead(caller, 'revoke devices');
  const r = await pool.query(
    'UPDATE devices SET revoked_at = now() WHERE id = $1 AND team_id = $2 AND revoked_at IS NULL',
    [deviceId, caller.team.id],
  );
  return { revoked: (r.rowCount ?? 0) > 0 };
}

/** A laptop leaving the team revokes its own token. */
export async function leave(pool: pg.Pool, caller: Caller): Promise<{ revoked: boolean }> {
  await pool.query('UPDATE devices SET revoked_at = now() WHERE id = $1', [caller.device.id]);
  return { revoked: true };
}
