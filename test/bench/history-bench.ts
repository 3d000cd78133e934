import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import path from 'node:path';
import { createBackend, DATABASE_FILE_NAME } from '../../electron/backend/backend';
import { callApi } from '../support/api-over-http';
import { launchChromium } from '../support/browser';
import { startWebHostProcess } from '../support/web-host-process';
import { answerFor, generateTemplate } from './generate';
import { time, type Row, unwrap } from './measure';

export const SITES = 50;
export const AUDITS_PER_SITE = 4;
export const TOUCHPOINTS = 120;
export const CRITERIA = 8;

export interface MainThreadFigure {
  check: string;
  ms: number;
}

/**
 * A client with 50 sites audited 4 times on a 120 x 8 template (192,000 answers), then the
 * dashboard and a baseline/follow-up comparison, timed in the backend and over HTTP, while the
 * caller's main thread and Chromium's window thread are watched for blocking.
 */
export async function historyBench(
  dataDir: string,
): Promise<{ rows: Row[]; mainThread: MainThreadFigure[]; answers: number }> {
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
  // save at a time would only measure the save path again.
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
    for (const a of audits) {
      definition.touchpoints.forEach((tp, t) => {
        tp.criteria.forEach((c, ci) => {
          // Later waves score a little better: the improvement loop the charts should show.
          insertAnswer.run(
            randomUUID(),
            a.id,
            tp.id,
            c.id,
            JSON.stringify(answerFor(c.scale.type, t * 31 + ci * 7 + a.site + a.wave * 3)),
            '',
            at,
          );
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

  const inProcess = createBackend({ dataDir, host: 'web', version: 'bench' });
  const [baseline, followUp] = [
    audits.find((a) => a.site === 7 && a.wave === 0)!,
    audits.find((a) => a.site === 7 && a.wave === 3)!,
  ];
  rows.push(
    await time(`insights.client, cold (${answers.toLocaleString('en')} answers, backend)`, 1, () =>
      unwrap(inProcess.dispatch('insights.client', { clientId: client.id })),
    ),
  );
  rows.push(
    await time('insights.client, warm (backend)', 20, () =>
      unwrap(inProcess.dispatch('insights.client', { clientId: client.id })),
    ),
  );
  rows.push(
    await time('insights.compare 120 x 8 baseline/follow-up (backend)', 20, () =>
      unwrap(inProcess.dispatch('insights.compare', { baselineId: baseline.id, followUpId: followUp.id })),
    ),
  );
  // The data export of the whole client, every answer, as the export buttons ask for it (a download, base64).
  for (const format of ['csv', 'xlsx'] as const) {
    let bytes = 0;
    const row = await time(
      `exports.data ${format}, whole client (${answers.toLocaleString('en')} answers, backend)`,
      1,
      async () => {
        bytes = (
          await unwrap<{ bytes: number }>(
            inProcess.dispatch('exports.data', {
              scope: { clientId: client.id },
              format,
              destination: { kind: 'download' },
            }),
          )
        ).bytes;
      },
    );
    rows.push({ ...row, operation: `${row.operation}, ${(bytes / 1e6).toFixed(1)} MB` });
  }
  inProcess.close();

  // The same work in the web host process, as the app runs it off the window's thread; this
  // process's event loop stands in for the window and must keep turning while it waits.
  const host = await startWebHostProcess(dataDir);
  const mainThread: MainThreadFigure[] = [];
  try {
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    rows.push(
      await time('insights.client, cold (web host, over HTTP)', 1, () =>
        callApi(host.origin, host.token, 'insights.client', { clientId: client.id }),
      ),
    );
    rows.push(
      await time('insights.client, warm (web host, over HTTP)', 20, () =>
        callApi(host.origin, host.token, 'insights.client', { clientId: client.id }),
      ),
    );
    rows.push(
      await time('insights.compare (web host, over HTTP)', 20, () =>
        callApi(host.origin, host.token, 'insights.compare', {
          baselineId: baseline.id,
          followUpId: followUp.id,
          threshold: 5,
        }),
      ),
    );
    loop.disable();
    mainThread.push({ check: 'caller event loop, longest stall while the host computed', ms: loop.max / 1e6 });

    // The real window: Chromium's main thread, watched with the Long Tasks API while the dashboard
    // and the comparison of this history load and draw (a fresh host, so the backend starts cold).
    await host.stop();
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
      await page.goto(fresh.openUrl);
      await page.getByTestId('client-list').waitFor();
      const longTasks = () =>
        page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));
      await longTasks();
      const t0 = Date.now();
      await page.evaluate((id) => (window.location.hash = `#/dashboard/${id}`), client.id);
      await page.getByTestId('latest-score').waitFor();
      await page.getByTestId('heat-table').waitFor();
      const dashboardMs = Date.now() - t0;
      const dashboardTasks = await longTasks();
      const t1 = Date.now();
      await page.evaluate(([c, b, f]) => (window.location.hash = `#/compare/${c}/${b}/${f}`), [
        client.id,
        baseline.id,
        followUp.id,
      ] as const);
      await page.getByTestId('criteria-table').waitFor();
      const compareMs = Date.now() - t1;
      const compareTasks = await longTasks();
      mainThread.push({ check: 'window: dashboard shown (cold backend), wall time', ms: dashboardMs });
      mainThread.push({
        check: 'window: longest main-thread task while the dashboard loads',
        ms: Math.max(0, ...dashboardTasks),
      });
      mainThread.push({ check: 'window: comparison (960 criteria table) shown, wall time', ms: compareMs });
      mainThread.push({
        check: 'window: longest main-thread task while the comparison loads',
        ms: Math.max(0, ...compareTasks),
      });
    } finally {
      await chromium.close();
      await fresh.stop();
    }
  } finally {
    await host.stop();
  }
  return { rows, mainThread, answers };
}
