import fs from 'node:fs';
import type { TeamStatus } from '../../../shared/api/team-api';
import { AppError } from '../../../shared/result';
import { isRefusalCode, type PushedChange } from '../../../shared/sync/hub-protocol';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { EXT_BY_MIME, originalPath } from '../exchange/records';
import { redactedStandIns } from '../exchange/redacted-stand-in';
import { applyPulledPage, fetchPagePhotos } from './apply-pulled';
import { HubClient, HubRequestError, hubError } from './hub-client';
import { collectChanges, dropBase, markRefused, setBase } from './local-changes';
import {
  decodeProblem,
  encodeProblem,
  forgetLink,
  HUB_CONFLICT_SOURCE,
  normaliseHubOrigin,
  readLink,
  saveLink,
  updateLink,
} from './team-link';

/** How often a linked laptop syncs by itself (JOURNEY_AUDIT_SYNC_MINUTES overrides it). */
export const AUTO_SYNC_MINUTES = 3;
const PUSH_BATCH = 1000;
/** Stored as the last error when the hub no longer knows this laptop's token. */
const REVOKED = 'revoked';

interface SyncRuntime {
  running: Promise<void> | null;
  offline: boolean;
  timer: NodeJS.Timeout | null;
}
const runtimes = new WeakMap<BackendContext, SyncRuntime>();
const runtime = (ctx: BackendContext): SyncRuntime => {
  let r = runtimes.get(ctx);
  if (!r) runtimes.set(ctx, (r = { running: null, offline: false, timer: null }));
  return r;
};

const clientFor = (origin: string, token: string | null) => new HubClient({ origin, token, timeoutMs: 60_000 });

/** The sync state for Settings and the top bar; reads only this laptop's database, never the network. */
export function teamStatus(ctx: BackendContext): TeamStatus {
  const link = readLink(ctx);
  const r = runtime(ctx);
  if (!link)
    return {
      linked: false,
      hubAddress: null,
      teamName: null,
      personName: null,
      role: null,
      deviceName: null,
      waiting: 0,
      refused: 0,
      conflicts: 0,
      state: 'idle',
      lastSyncAt: null,
      lastError: null,
      lastErrorReason: null,
    };
  const { changes, refused } = collectChanges(ctx, link.role);
  const conflicts = ctx.db
    .prepare('SELECT count(*) FROM exchange_conflicts WHERE resolved_at IS NULL AND package_name = ?')
    .pluck()
    .get(HUB_CONFLICT_SOURCE) as number;
  return {
    linked: true,
    hubAddress: link.origin,
    teamName: link.team_name,
    personName: link.person_name,
    role: link.role,
    deviceName: link.device_name,
    waiting: changes.length,
    refused: refused.length,
    conflicts,
    state: r.running
      ? 'syncing'
      : r.offline
        ? 'offline'
        : link.last_error === REVOKED
          ? 'revoked'
          : link.last_error
            ? 'error'
            : 'idle',
    lastSyncAt: link.last_sync_at,
    ...lastProblem(link.last_error),
  };
}

function lastProblem(stored: string | null): Pick<TeamStatus, 'lastError' | 'lastErrorReason'> {
  if (stored === null || stored === REVOKED) return { lastError: null, lastErrorReason: null };
  const { message, reason } = decodeProblem(stored);
  return { lastError: message, lastErrorReason: reason };
}

const emitStatus = (ctx: BackendContext) => ctx.emit('team.changed', teamStatus(ctx));

export async function joinTeam(
  ctx: BackendContext,
  input: { hubAddress: string; inviteCode: string; deviceName: string },
): Promise<TeamStatus> {
  if (readLink(ctx)) throw new AppError('NOT_ALLOWED', 'This laptop is already in a team. Leave it first.');
  const origin = normaliseHubOrigin(input.hubAddress);
  if (!origin)
    throw new AppError(
      'VALIDATION',
      'The hub address must start with https:// (or http:// for a hub on this computer), with no path or query.',
      [{ field: 'hubAddress', rule: 'invalid' }],
    );
  let joined;
  try {
    joined = await clientFor(origin, null).join(input.inviteCode, input.deviceName);
  } catch (error) {
    throw hubError(error);
  }
  write(ctx.db, () => {
    ctx.db.prepare('DELETE FROM hub_base').run();
    saveLink(ctx, {
      origin,
      token: joined.token,
      device_id: joined.device.id,
      device_name: joined.device.name,
      team_id: joined.team.id,
      team_name: joined.team.name,
      person_id: joined.person.id,
      person_name: joined.person.name,
      role: joined.person.role,
      cursor: 0,
      joined_at: ctx.now().toISOString(),
      last_sync_at: null,
      last_error: null,
    });
  });
  scheduleAutoSync(ctx);
  emitStatus(ctx);
  return teamStatus(ctx);
}

export async function leaveTeam(ctx: BackendContext): Promise<TeamStatus> {
  const link = readLink(ctx);
  if (link) {
    // Best effort: an unreachable hub must not keep the laptop in the team; the lead can still revoke it.
    await new HubClient({ origin: link.origin, token: link.token, timeoutMs: 5000 }).leave().catch(() => undefined);
    write(ctx.db, () => forgetLink(ctx));
  }
  stopAutoSync(ctx);
  emitStatus(ctx);
  return teamStatus(ctx);
}

/** One sync at a time per laptop; a request during a sync runs again after it, so it sees every change made before it. */
export async function syncNow(ctx: BackendContext): Promise<TeamStatus> {
  const r = runtime(ctx);
  if (r.running) await r.running;
  if (!r.running) {
    r.running = runSync(ctx).finally(() => {
      r.running = null;
      emitStatus(ctx);
    });
    emitStatus(ctx);
  }
  await r.running;
  return teamStatus(ctx);
}

async function runSync(ctx: BackendContext): Promise<void> {
  const link = readLink(ctx);
  if (!link) throw new AppError('NOT_FOUND', 'This laptop is not in a team.');
  const client = clientFor(link.origin, link.token);
  const r = runtime(ctx);
  try {
    await pushChanges(ctx, client, link.role);
    const touched = await pullChanges(ctx, client, link.device_id);
    r.offline = false;
    updateLink(ctx, { last_sync_at: ctx.now().toISOString(), last_error: null });
    for (const id of touched.clients) ctx.emit('clients.changed', { id, change: 'updated' });
    for (const id of touched.templates) ctx.emit('templates.changed', { id });
    for (const [id, clientId] of touched.audits) ctx.emit('audits.changed', { id, clientId });
  } catch (error) {
    const offline = error instanceof HubRequestError && error.offline;
    r.offline = offline;
    // A token the hub no longer knows: the lead revoked this laptop (worded on screen, not in the hub's English).
    const revoked = error instanceof HubRequestError && error.status === 401;
    if (!offline)
      updateLink(ctx, {
        last_error: revoked
          ? REVOKED
          : error instanceof HubRequestError
            ? encodeProblem(error.message, error.reason)
            : error instanceof Error
              ? error.message
              : String(error),
      });
    if (!offline && !revoked) console.error('[team sync]', error);
  }
}

async function pushChanges(ctx: BackendContext, client: HubClient, role: Parameters<typeof collectChanges>[1]) {
  const { changes } = collectChanges(ctx, role);
  if (changes.length === 0) return;
  const leaving = asLeaving(ctx, changes);
  // Photos first, each once: the hub takes an evidence row only when it holds its photo.
  const photos = new Map<string, string>();
  for (const c of leaving)
    if (c.kind === 'evidence' && c.row) photos.set(String(c.row.sha256), EXT_BY_MIME[String(c.row.mime)] ?? 'bin');
  const shas = [...photos.keys()];
  for (let i = 0; i < shas.length; i += PUSH_BATCH) {
    const { missing } = await client.missingPhotos(shas.slice(i, i + PUSH_BATCH));
    for (const sha of missing)
      await client.putPhoto(sha, fs.readFileSync(originalPath(ctx.dataDir, sha, photos.get(sha)!)));
  }
  for (let i = 0; i < changes.length; i += PUSH_BATCH) {
    const batch = changes.slice(i, i + PUSH_BATCH);
    const result = await client.push(leaving.slice(i, i + PUSH_BATCH));
    // The code is kept (worded on screen in the user's language); a hub without codes gives its words.
    const refused = new Map(
      result.refused.map((x) => [`${x.kind}/${x.key}`, x.code && isRefusalCode(x.code) ? x.code : x.reason]),
    );
    const conflicted = new Set(result.conflicted.map((x) => `${x.kind}/${x.key}`));
    write(ctx.db, () => {
      for (const c of batch) {
        const id = `${c.kind}/${c.key}`;
        // A conflicted record keeps its old base: the pull brings the hub's version and the conflict.
        if (!conflicted.has(id)) settle(ctx, c, refused.get(id));
      }
    });
  }
}

/**
 * What leaves the laptop, as in a package: a marked-up photo's row describes its redacted copy and only
 * that file is sent; the original never reaches the hub. The laptop's own bookkeeping (the base a push
 * settles) stays on its own rows.
 */
function asLeaving(ctx: BackendContext, changes: PushedChange[]): PushedChange[] {
  const photos = changes.flatMap((c) => (c.kind === 'evidence' && c.row ? [c.row] : []));
  const standIns = new Map(redactedStandIns(ctx, photos).map((row) => [String(row.id), row]));
  return changes.map((c) => (c.kind === 'evidence' && c.row ? { ...c, row: standIns.get(String(c.row.id))! } : c));
}

/** After a push: the pushed version is what the hub now builds on (a conflict or a newer version comes back by pull). */
function settle(ctx: BackendContext, c: PushedChange, refusedReason: string | undefined): void {
  if (refusedReason !== undefined) return markRefused(ctx, c, refusedReason);
  if (c.deleted || !c.row) return dropBase(ctx, c.kind, c.key);
  setBase(ctx, c.kind, c.key, c.row);
}

async function pullChanges(ctx: BackendContext, client: HubClient, deviceId: string) {
  const touched = { audits: new Map<string, string>(), clients: new Set<string>(), templates: new Set<string>() };
  for (;;) {
    const cursor = readLink(ctx)!.cursor;
    const page = await client.pull(cursor);
    const photos = await fetchPagePhotos(ctx, page, (sha) => client.getPhoto(sha));
    const applied = applyPulledPage(ctx, page, deviceId, photos);
    applied.audits.forEach((v, k) => touched.audits.set(k, v));
    applied.clients.forEach((v) => touched.clients.add(v));
    applied.templates.forEach((v) => touched.templates.add(v));
    if (!page.more) return touched;
  }
}

/** Syncs every few minutes while linked; a hub that does not answer is simply tried again next time. */
export function scheduleAutoSync(ctx: BackendContext): void {
  const r = runtime(ctx);
  if (r.timer || !readLink(ctx)) return;
  const minutes = Number(process.env.JOURNEY_AUDIT_SYNC_MINUTES) || AUTO_SYNC_MINUTES;
  r.timer = setInterval(() => {
    if (!readLink(ctx)) return stopAutoSync(ctx);
    void syncNow(ctx).catch(() => undefined);
  }, minutes * 60_000);
  r.timer.unref();
}

export function stopAutoSync(ctx: BackendContext): void {
  const r = runtime(ctx);
  if (r.timer) clearInterval(r.timer);
  r.timer = null;
}
