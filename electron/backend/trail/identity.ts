import os from 'node:os';
import type { TrailIdentity } from '../../../shared/trail/trail-types';
import type { Db } from '../db/db-handle';

const ACTOR_KEY = 'trail.actor';
const DEVICE_KEY = 'trail.device';
/** The consultant's name from Settings, used when no auditor name was set for the trail. */
const CONSULTANT_KEY = 'consultantName';

/** Read once per database and kept: every saved answer stamps it, and it only changes through setIdentity. */
const cache = new WeakMap<Db, TrailIdentity>();

export function trailIdentity(db: Db): TrailIdentity {
  const hit = cache.get(db);
  if (hit) return hit;
  const rows = db
    .prepare('SELECT key, value FROM settings WHERE key IN (?, ?, ?)')
    .all(ACTOR_KEY, DEVICE_KEY, CONSULTANT_KEY) as { key: string; value: string }[];
  const get = (k: string) => rows.find((r) => r.key === k)?.value;
  const identity = { actor: get(ACTOR_KEY) ?? get(CONSULTANT_KEY) ?? '', device: get(DEVICE_KEY) ?? os.hostname() };
  cache.set(db, identity);
  return identity;
}

export function setTrailIdentity(db: Db, identity: TrailIdentity): TrailIdentity {
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  upsert.run(ACTOR_KEY, identity.actor);
  upsert.run(DEVICE_KEY, identity.device);
  cache.set(db, identity);
  return identity;
}
