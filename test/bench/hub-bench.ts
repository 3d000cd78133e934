import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { HubClient } from '../../electron/backend/team/hub-client';
import { recordKey, type AnyRecord, type RecordKind } from '../../shared/exchange/package-format';
import type { PushedChange } from '../../shared/sync/hub-protocol';
import { makeTeam, startHubProcess, type RunningHub } from '../support/hub-process';
import { visitRecords } from '../support/hub-records';
import { startPgCluster } from '../support/pg-cluster';
import { BASELINE_ANSWERS } from '../support/test-template';
import { percentile } from './measure';

/**
 * `npm run bench:hub`: simulated laptops (HUB_BENCH_LAPTOPS, default 50) each push
 * HUB_BENCH_VISITS visits (default 200; a visit, its 7 answers and one photo) and pull the team's
 * changes, all at once, against two hub processes on one throw-away PostgreSQL. Prints throughput,
 * the p95 sync time per laptop and the hubs' peak memory.
 */
const LAPTOPS = Number(process.env.HUB_BENCH_LAPTOPS ?? 50);
const VISITS = Number(process.env.HUB_BENCH_VISITS ?? 200);
const BATCH = 20; // visits per push
const PHOTO_BYTES = 24 * 1024;

const change = (kind: RecordKind, row: AnyRecord): PushedChange => ({
  kind,
  key: recordKey(kind, row),
  base: null,
  row,
});

function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

async function main(): Promise<void> {
  const cluster = await startPgCluster();
  const hubs: RunningHub[] = [];
  try {
    hubs.push(...(await Promise.all([startHubProcess(cluster.url), startHubProcess(cluster.url)])));
    const sample = await visitRecords();
    const joinedLead = await new HubClient({ origin: hubs[0]!.origin }).join(await makeTeam(cluster.url), 'Lead');
    const lead = new HubClient({ origin: hubs[0]!.origin, token: joinedLead.token });
    await lead.push([
      ...sample.clients.map((r) => change('clients', r)),
      ...sample.templates.map((r) => change('templates', r)),
      ...sample.template_versions.map((r) => change('template_versions', r)),
    ]);
    // Joining is set-up, not measured: one laptop after another.
    const laptops: HubClient[] = [];
    for (let i = 0; i < LAPTOPS; i++) {
      const origin = hubs[i % hubs.length]!.origin;
      const { code } = await lead.invite('shopper', `Shopper ${i + 1}`);
      const j = await new HubClient({ origin }).join(code, `Laptop ${i + 1}`);
      laptops.push(new HubClient({ origin, token: j.token }));
    }
    const audit = sample.audits[0]!;
    const answer = sample.answers[0]!;
    const evidence = sample.evidence[0]!;
    const at = '2027-03-02T10:00:00.000Z';

    /** One laptop's visits, made in memory as a laptop's database would hold them. */
    const visitsOf = () =>
      Array.from({ length: VISITS }, (_, v) => {
        const id = randomUUID();
        const photo = randomBytes(PHOTO_BYTES);
        const sha = createHash('sha256').update(photo).digest('hex');
        return {
          photo,
          sha,
          changes: [
            change('audits', { ...audit, id, title: `Visit ${v + 1}`, created_at: at, updated_at: at }),
            ...BASELINE_ANSWERS.map(([touchpointId, criterionId, value]) =>
              change('answers', {
                ...answer,
                id: randomUUID(),
                audit_id: id,
                touchpoint_id: touchpointId,
                criterion_id: criterionId,
                value_json: JSON.stringify(value),
              }),
            ),
            change('evidence', { ...evidence, id: randomUUID(), audit_id: id, sha256: sha, bytes: photo.length }),
          ],
        };
      });

    const started = performance.now();
    const times = await Promise.all(
      laptops.map(async (client) => {
        const visits = visitsOf();
        const t0 = performance.now();
        for (let i = 0; i < visits.length; i += BATCH) {
          const batch = visits.slice(i, i + BATCH);
          const { missing } = await client.missingPhotos(batch.map((v) => v.sha));
          const bySha = new Map(batch.map((v) => [v.sha, v.photo]));
          for (const sha of missing) await client.putPhoto(sha, bySha.get(sha)!);
          const r = await client.push(batch.flatMap((v) => v.changes));
          if (r.refused.length) throw new Error(`refused: ${r.refused[0]!.reason}`);
        }
        let cursor = 0;
        let pulled = 0;
        for (;;) {
          const page = await client.pull(cursor);
          pulled += page.changes.length;
          cursor = page.cursor;
          if (!page.more) break;
        }
        return { ms: performance.now() - t0, pulled };
      }),
    );
    const wall = performance.now() - started;
    const records = LAPTOPS * VISITS * 9;
    const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
    const fmt = (n: number) => n.toFixed(0);
    console.log(
      `Team hub bench: ${LAPTOPS} laptops × ${VISITS} visits (7 answers and a ${PHOTO_BYTES / 1024} KB photo each), 2 hub processes, one PostgreSQL`,
    );
    console.log(`  records pushed          ${records} (+ ${LAPTOPS * VISITS} photos) in ${fmt(wall)} ms`);
    console.log(
      `  throughput              ${fmt(records / (wall / 1000))} records/s, ${fmt((LAPTOPS * VISITS) / (wall / 1000))} visits/s`,
    );
    console.log(
      `  sync time per laptop    median ${fmt(percentile(sorted, 50))} ms, p95 ${fmt(percentile(sorted, 95))} ms, max ${fmt(sorted[sorted.length - 1]!)} ms`,
    );
    console.log(`  pulled per laptop       ${times[0]!.pulled} changes (its own visits and the programme)`);
    console.log(`  hub peak memory (RSS)   ${hubs.map((h) => `${fmt(peakRssMb(h.child.pid!))} MB`).join(', ')}`);
  } finally {
    await Promise.all(hubs.map((h) => h.stop()));
    cluster.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
