import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { createBackend, DATABASE_FILE_NAME } from '../../electron/backend/backend';
import { takeDownload } from '../../electron/backend/exports/downloads';
import { insertChained } from '../../electron/backend/trail/append-entry';
import type { DataExportResult } from '../../shared/api/exports-api';
import { callApi } from '../support/api-over-http';
import { launchChromium } from '../support/browser';
import { startWebHostProcess } from '../support/web-host-process';
import { answerFor, generateTemplate } from './generate';
import { queryFloor } from './floors';
import { once, rowOf, time, type Row, unwrap, withGoal } from './measure';

export const SITES = 50;
export const AUDITS_PER_SITE = 4;
export const TOUCHPOINTS = 120;
export const CRITERIA = 8;
/**
 * Backends opened one after another on the same file, each timed on its first dashboard: the cold row is
 * their median (nine, so a garbage collection that lands in one sample does not decide it).
 */
const COLD_STARTS = 9;
/** Fresh web hosts and windows the window rows are measured in: each row is the median of these. */
const WINDOW_ROUNDS = 3;

/**
 * A client with 50 sites audited 4 times on a 120 x 8 template (192,000 answers), then the
 * dashboard and a baseline/follow-up comparison, timed in the backend and over HTTP, while the
 * caller's main thread and Chromium's window thread are watched for blocking.
 */
/**
 * One call over HTTP; a connection the host closed as idle just as it was reused (undici's keep-alive
 * race, ECONNRESET) is retried once, so the figure is the call's and not the race's.
 */
const callHost: typeof callApi = async (...args) => {
  try {
    return await callApi(...args);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return callApi(...args);
  }
};

export async function historyBench(dataDir: string): Promise<Row[]> {
  const rows: Row[] = [];
  const backend = createBackend({ dataDir, host: 'web', version: 'bench' });
  const definition = generateTemplate(TOUCHPOINTS, CRITERIA);
  const template = await unwrap<{ id: string }>(
    backend.dispatch('templates.import', { fileName: 'history.json', text: JSON.stringify(definition) }),
  );
  const client = await unwrap<{ id: string }>(backend.dispatch('clients.create', { name: 'History client' }));
  const audits: { id: string; site: number; wave: number }[] = [];
  for (let wave = 0; wave < AUDITS_PER_SITE; wave++) {
    for (let site = 0; site < SITES; site++) {
      const date = `202${6 + Math.floor(wave / 2)}-${wave % 2 ? '09' : '03'}-${String(1 + (site % 28)).padStart(2, '0')}`;
      const a = await unwrap<{ id: string }>(
        backend.dispatch('audits.create', {
          clientId: client.id,
          templateId: template.id,
          title: `Wave ${wave + 1} · site ${site + 1}`,
          site: `Site ${site + 1}`,
          auditDate: date,
        }),
      );
      audits.push({ id: a.id, site, wave });
    }
  }
  backend.close();

  // 192,000 answers written straight into the file in one transaction: generating them one durable
  // save at a time would only measure the save path again. Each with the trail entry its save would have
  // left (a chain per audit, as the walk writes it): what reads an audit's trail pays for 192,000 entries.
  const db = new Database(path.join(dataDir, DATABASE_FILE_NAME));
  const insertAnswer = db.prepare(
    'INSERT INTO answers (id, audit_id, touchpoint_id, criterion_id, value_json, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertRecord = db.prepare(
    'INSERT INTO touchpoint_records (audit_id, touchpoint_id, emotion, pain_points, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  let answers = 0;
  db.transaction(() => {
    const at = new Date().toISOString();
    // Walked audits: drafts are left out of a client's figures, so the history would show nothing.
    db.prepare("UPDATE audits SET status = 'complete', completed_at = ?").run(at);
    for (const a of audits) {
      let prevHash: string | null = null;
      definition.touchpoints.forEach((tp, t) => {
        tp.criteria.forEach((c, ci) => {
          // Later waves score a little better: the improvement loop the charts should show.
          const value = JSON.stringify(answerFor(c.scale.type, t * 31 + ci * 7 + a.site + a.wave * 3));
          insertAnswer.run(randomUUID(), a.id, tp.id, c.id, value, '', at);
          prevHash = insertChained(db, {
            audit_id: a.id,
            at,
            field: 'answer',
            touchpoint_id: tp.id,
            criterion_id: c.id,
            old_json: 'null',
            new_json: value,
            actor: 'Bench auditor',
            device: 'bench',
            reason: null,
            photo_sha256: null,
            prev_hash: prevHash,
          }).hash;
          answers++;
        });
        insertRecord.run(
          a.id,
          tp.id,
          1 + ((t + a.site + a.wave) % 5),
          t % 17 === 0 ? `Pain point at ${tp.name}` : '',
          at,
        );
      });
    }
  })();
  db.close();

  // Opening stores the roll-ups of audits written behind the app's back, as an import does in its transaction.
  const inProcess = createBackend({ dataDir, host: 'web', version: 'bench' });
  inProcess.close();
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  const [baseline, followUp] = [
    audits.find((a) => a.site === 7 && a.wave === 0)!,
    audits.find((a) => a.site === 7 && a.wave === 3)!,
  ];

  // Floors on the same file: one aggregate query over every answer; the per-criterion join of two audits.
  const aggregateFloor = queryFloor(file, 'floor: one aggregate query over the answers (score per audit)', 5, (db) =>
    db
      .prepare(
        `SELECT a.site, a.id, count(*) AS answered,
                avg(CASE json_extract(n.value_json, '$.kind') WHEN 'yesno' THEN json_extract(n.value_json, '$.value')
                    WHEN 'scale' THEN json_extract(n.value_json, '$.value') / 10.0 ELSE 0.5 END) AS score
         FROM answers n JOIN audits a ON a.id = n.audit_id WHERE a.client_id = ? GROUP BY a.id ORDER BY a.audit_date`,
      )
      .all(client.id),
  );
  const joinFloor = queryFloor(file, 'floor: per-criterion join of the two audits, values parsed', 20, (db) =>
    (
      db
        .prepare(
          `SELECT b.touchpoint_id, b.criterion_id, b.value_json AS before, f.value_json AS after
           FROM answers b JOIN answers f ON f.audit_id = ? AND f.touchpoint_id = b.touchpoint_id AND f.criterion_id = b.criterion_id
           WHERE b.audit_id = ?`,
        )
        .all(followUp.id, baseline.id) as { before: string; after: string }[]
    ).map((r) => [JSON.parse(r.before), JSON.parse(r.after)]),
  );

  // Each cold sample is the first dashboard of a backend just opened on the file (nothing of it cached); the last
  // one stays open for the warm samples.
  const coldSamples: number[] = [];
  let measured!: ReturnType<typeof createBackend>;
  for (let start = 0; start < COLD_STARTS; start++) {
    if (start > 0) measured.close();
    measured = createBackend({ dataDir, host: 'web', version: 'bench' });
    const t0 = performance.now();
    await unwrap(measured.dispatch('insights.client', { clientId: client.id }));
    coldSamples.push(performance.now() - t0);
  }
  // Each start's figure on stderr: whether the median came from a collection or a stall in one of them.
  console.error(`history: first dashboards after a start ${coldSamples.map((s) => s.toFixed(2)).join(', ')} ms`);
  const cold = rowOf(`insights.client, cold (${answers.toLocaleString('en')} answers, measured)`, coldSamples);
  const warm = await time('insights.client, warm (measured)', 20, () =>
    unwrap(measured.dispatch('insights.client', { clientId: client.id })),
  );
  rows.push(withGoal(cold, { figure: 'median', ratio: 2 }, { ...warm, operation: `floor: ${warm.operation}` }));
  rows.push(
    withGoal(
      { ...cold, operation: 'insights.client, cold, against the query floor' },
      { figure: 'median', ratio: 0.25 },
      aggregateFloor,
    ),
  );
  rows.push(withGoal(warm, { figure: 'median', ratio: 0.25 }, aggregateFloor));
  rows.push(
    withGoal(
      await time('insights.compare 120 x 8 baseline/follow-up (measured)', 20, () =>
        unwrap(measured.dispatch('insights.compare', { baselineId: baseline.id, followUpId: followUp.id })),
      ),
      { figure: 'median', ratio: 3 },
      joinFloor,
    ),
  );
  // The data export of the whole client, every answer, as the export buttons ask for it: a download, timed until the
  // finished file is ready for the page to fetch (from its one-time address; taken and removed here, untimed).
  // Three rounds of CSV then XLSX, interleaved, so a burst of load on the shared machine falls on both alike.
  const samples = { csv: [] as number[], xlsx: [] as number[] };
  const sizes = { csv: 0, xlsx: 0 };
  for (let round = 0; round < 3; round++) {
    for (const format of ['csv', 'xlsx'] as const) {
      const t0 = performance.now();
      const result = await unwrap<DataExportResult>(
        measured.dispatch('exports.data', {
          scope: { clientId: client.id },
          format,
          destination: { kind: 'download' },
        }),
      );
      samples[format].push(performance.now() - t0);
      sizes[format] = result.bytes;
      const file = takeDownload(result.download!.url);
      if (file) fs.rmSync(file.path, { force: true });
    }
  }
  const exported = Object.fromEntries(
    (['csv', 'xlsx'] as const).map((format) => [
      format,
      rowOf(
        `exports.data ${format}, whole client (${answers.toLocaleString('en')} answers, measured), ${(sizes[format] / 1e6).toFixed(1)} MB`,
        samples[format],
      ),
    ]),
  ) as Record<'csv' | 'xlsx', Row>;
  rows.push(
    withGoal(
      exported.xlsx!,
      { figure: 'median', ratio: 2 },
      { ...exported.csv!, operation: `floor: ${exported.csv!.operation}` },
    ),
  );
  measured.close();

  // The same work in the web host process, as the app runs it off the window's thread; this
  // process's event loop stands in for the window and must keep turning while it waits.
  const host = await startWebHostProcess(dataDir);
  // A host that dies says why.
  host.child.stderr!.on('data', (d: Buffer) => process.stderr.write(`web host: ${d}`));
  host.child.on('exit', (code, signal) => code !== 0 && process.stderr.write(`web host exited: ${code} ${signal}\n`));
  try {
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    rows.push(
      await time('insights.client, cold (web host, over HTTP)', 1, () =>
        callHost(host.origin, host.token, 'insights.client', { clientId: client.id }),
      ),
    );
    rows.push(
      await time('insights.client, warm (web host, over HTTP)', 20, () =>
        callHost(host.origin, host.token, 'insights.client', { clientId: client.id }),
      ),
    );
    rows.push(
      await time('insights.compare (web host, over HTTP)', 20, () =>
        callHost(host.origin, host.token, 'insights.compare', {
          baselineId: baseline.id,
          followUpId: followUp.id,
          threshold: 5,
        }),
      ),
    );
    loop.disable();
    rows.push(
      withGoal(once('caller event loop: longest stall while the host computed', loop.max / 1e6), {
        figure: 'median',
        max: 50,
      }),
    );
  } finally {
    await host.stop();
  }
  rows.push(...(await windowRows(dataDir, client.id, baseline.id, followUp.id)));
  return rows;
}

/**
 * The real window: Chromium's main thread, watched with the Long Tasks API while the dashboard and
 * the comparison of this history load and draw, first on a host that just started, then warm. Each
 * row is the median of WINDOW_ROUNDS rounds, each with a fresh host and a fresh window.
 */
async function windowRows(dataDir: string, clientId: string, baselineId: string, followUpId: string): Promise<Row[]> {
  const samples = new Map<string, number[]>();
  for (let round = 0; round < WINDOW_ROUNDS; round++)
    for (const [label, value] of await windowRound(dataDir, clientId, baselineId, followUpId))
      samples.set(label, [...(samples.get(label) ?? []), value]);
  return [...samples].map(([label, values]) => {
    const row = rowOf(`window: ${label}`, values);
    if (label === 'first screen interactive after the page request')
      return withGoal(row, { figure: 'median', max: 1000 });
    if (label.endsWith('longest main-thread task')) return withGoal(row, { figure: 'median', max: 50 });
    return label.endsWith('warm, shown') ? withGoal(row, { figure: 'median', max: 300 }) : row;
  });
}

/** One round of the window rows: [label, ms] in the order they are printed. */
async function windowRound(
  dataDir: string,
  clientId: string,
  baselineId: string,
  followUpId: string,
): Promise<[string, number][]> {
  const figures: [string, number][] = [];
  const fresh = await startWebHostProcess(dataDir);
  const chromium = await launchChromium();
  try {
    const page = await chromium.browser.newPage({ viewport: { width: 1440, height: 1000 } });
    page.setDefaultTimeout(60_000);
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({
        type: 'longtask',
        buffered: true,
      });
    });
    const requested = Date.now();
    await page.goto(fresh.openUrl);
    await page.getByTestId('client-list').waitFor();
    figures.push(['first screen interactive after the page request', Date.now() - requested]);
    const longTasks = () => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));
    const show = async (label: string, hash: string, testIds: string[]) => {
      await page.evaluate(() => (window.location.hash = '#/'));
      await page.getByTestId('client-list').waitFor();
      await longTasks();
      const t0 = Date.now();
      await page.evaluate((h) => (window.location.hash = h), hash);
      try {
        for (const id of testIds) await page.getByTestId(id).first().waitFor();
      } catch (error) {
        fs.mkdirSync('test-output/screenshots', { recursive: true });
        await page.screenshot({ path: `test-output/screenshots/bench-${label.replace(/\W+/g, '-')}.png` });
        throw error;
      }
      const ms = Date.now() - t0;
      // Charts that mount after the first paint still count: wait for the page to settle before reading the tasks.
      await page.waitForTimeout(500);
      const tasks = await longTasks();
      figures.push([`${label}, shown`, ms], [`${label}, longest main-thread task`, Math.max(0, ...tasks)]);
    };
    const dashboard = `#/dashboard/${clientId}`;
    const compare = `#/compare/${clientId}/${baselineId}/${followUpId}`;
    await show('dashboard (measured just started)', dashboard, ['latest-score', 'heat-table']);
    await show('dashboard, warm', dashboard, ['latest-score', 'heat-table']);
    await show('comparison (960 criteria), first', compare, ['criteria-table']);
    await show('comparison (960 criteria), warm', compare, ['criteria-table']);
  } finally {
    await chromium.close();
    await fresh.stop();
  }
  return figures;
}
