import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunningHub } from '../../support/hub-process';
import { teamOfTwo } from '../../support/team-of-two';
import { dispatchOk } from '../../support/dispatch';
import type { PgCluster } from '../../support/pg-cluster';
import { laptop, sharedProgramme, sync, type Laptop } from '../../support/team-laptops';

/**
 * A photo with a redaction leaves a laptop through the team hub as it leaves in a package: the hub
 * stores and serves only the redacted copy, the other laptop receives only that, and the original
 * stays on the laptop that took it, byte for byte.
 */
let cluster: PgCluster;
let hub: RunningHub;
let root: string;
let lead: Laptop;
let shopper: Laptop;

const team = teamOfTwo();

beforeAll(async () => {
  ({ cluster, hub, root, lead, shopper } = team);
});

const evidenceFiles = (l: Laptop) =>
  fs.existsSync(path.join(l.dir, 'evidence'))
    ? fs.readdirSync(path.join(l.dir, 'evidence'), { recursive: true, encoding: 'utf8' })
    : [];

describe('a redacted photo through the team hub', () => {
  it('reaches the hub and the other laptop only as its redacted copy', async () => {
    const { clientId, templateId } = await sharedProgramme(lead, shopper);
    const visit = await dispatchOk(shopper.backend, 'audits.create', {
      clientId,
      templateId,
      title: 'Harbour, March',
      auditDate: '2027-03-02',
      auditType: 'mystery-shop',
    });
    const face = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 220, g: 180, b: 150 } } })
      .jpeg()
      .toBuffer();
    const photo = await dispatchOk(shopper.backend, 'evidence.add', {
      auditId: visit.id,
      touchpointId: 'branch',
      fileName: 'teller.jpg',
      dataBase64: face.toString('base64'),
    });
    await dispatchOk(shopper.backend, 'evidence.setMarkup', {
      id: photo.id,
      markup: [{ kind: 'redact', x: 0, y: 0, w: 1, h: 1, style: 'solid' }],
    });
    const { sha256: originalSha, redacted_sha256: redacted } = shopper.backend
      .database!.db.prepare('SELECT sha256, redacted_sha256 FROM evidence WHERE id = ?')
      .get(photo.id) as { sha256: string; redacted_sha256: string };
    expect(redacted).toMatch(/^[0-9a-f]{64}$/);
    expect(redacted).not.toBe(originalSha);

    await sync(shopper);
    const pool = new pg.Pool({ connectionString: cluster.url });
    try {
      const stored = (await pool.query<{ sha256: string }>('SELECT sha256 FROM photos')).rows.map((r) => r.sha256);
      expect(stored).toContain(redacted);
      expect(stored).not.toContain(originalSha);
      const held = (await pool.query<{ bytes: Buffer }>('SELECT bytes FROM photos')).rows.map((r) => r.bytes);
      expect(held.some((b) => b.equals(face))).toBe(false);
    } finally {
      await pool.end();
    }

    await sync(lead);
    const onLead = lead.backend
      .database!.db.prepare('SELECT sha256, mime FROM evidence WHERE id = ?')
      .get(photo.id) as { sha256: string; mime: string };
    expect(onLead).toEqual({ sha256: redacted, mime: 'image/jpeg' });
    expect(evidenceFiles(lead).some((f) => f.includes(originalSha))).toBe(false);

    // The shopper keeps the original as taken; syncing again sends nothing new and raises no conflict.
    const original = fs.readFileSync(path.join(shopper.dir, 'evidence', originalSha.slice(0, 2), `${originalSha}.jpg`));
    expect(original.equals(face)).toBe(true);
    await sync(shopper);
    const status = await dispatchOk(shopper.backend, 'team.status', {});
    expect(status.waiting).toBe(0);
    expect(await dispatchOk(shopper.backend, 'conflicts.list', {})).toEqual([]);
  }, 120_000);
});
