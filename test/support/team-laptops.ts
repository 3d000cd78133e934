import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { recordColumns, RECORD_KINDS, type RecordKind } from '../../shared/exchange/package-format';
import { recordHash, pick } from '../../electron/backend/exchange/records';
import { recordKey } from '../../shared/exchange/package-format';
import { HubClient } from '../../electron/backend/team/hub-client';
import { dispatchOk } from './dispatch';
import { testTemplate } from './test-template';

/** A laptop: its own data folder and backend, as the desktop app runs it. */
export interface Laptop {
  name: string;
  dir: string;
  backend: Backend;
  close(): void;
}

export function laptop(name: string, root: string): Laptop {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true });
  const backend = createBackend({ dataDir: dir, host: 'web', version: 'test' });
  return { name, dir, backend, close: () => backend.close() };
}

export const tempRoot = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ja-team-'));

/** The hub client with this laptop's own device token (what the app would use). */
export function hubClientOf(l: Laptop): HubClient {
  const link = l.backend.database!.db.prepare('SELECT origin, token FROM hub_link').get() as {
    origin: string;
    token: string;
  };
  return new HubClient({ origin: link.origin, token: link.token });
}

/** A fresh invite from the lead's laptop, spent by another laptop. */
export async function joinAs(
  leadLaptop: Laptop,
  l: Laptop,
  origin: string,
  role: 'shopper' | 'viewer' | 'lead',
  name: string,
) {
  const { code } = await hubClientOf(leadLaptop).invite(role, name);
  return dispatchOk(l.backend, 'team.join', { hubAddress: origin, inviteCode: code, deviceName: `${name}’s laptop` });
}

/**
 * Every synced record of a laptop as kind/key -> content hash, for the visits given: what "the
 * same records on every side" means, checked without trusting the sync code's own bookkeeping.
 */
export function recordHashes(l: Laptop, kinds: readonly RecordKind[] = RECORD_KINDS): Map<string, string> {
  const out = new Map<string, string>();
  const db = l.backend.database!.db;
  for (const kind of kinds) {
    for (const raw of db.prepare(`SELECT ${recordColumns[kind].join(', ')} FROM ${kind}`).all() as Record<
      string,
      string | number | null
    >[]) {
      const row = pick(kind, raw);
      out.set(`${kind}/${recordKey(kind, row)}`, recordHash(kind, row));
    }
  }
  return out;
}

export const sync = (l: Laptop) => dispatchOk(l.backend, 'team.syncNow', {});

/** The lead's programme (the client Cedar Bank and the test template), synced to the lead and then the shopper. */
export async function sharedProgramme(
  lead: Laptop,
  shopper: Laptop,
): Promise<{ clientId: string; templateId: string }> {
  const client = await dispatchOk(lead.backend, 'clients.create', { name: 'Cedar Bank' });
  const template = await dispatchOk(lead.backend, 'templates.import', {
    fileName: 't.json',
    text: JSON.stringify(testTemplate()),
  });
  await sync(lead);
  await sync(shopper);
  return { clientId: client.id, templateId: template.id };
}
