import path from 'node:path';
import { createBackend, DATABASE_FILE_NAME } from '../../electron/backend/backend';
import { summariseCalibration, type RaterAnswer } from '../../shared/calibration/calibration-summary';
import type { WaveView } from '../../shared/api/visits-api';
import { templateDefinitionSchema } from '../../shared/domain/template';
import { answerFor, generateTemplate } from './generate';
import { queryFloor } from './floors';
import { time, withGoal, type Row, unwrap } from './measure';

const SITES = 50;
const WAVES = 4;
const VISITS = 5;

/**
 * The wave view with its statistics (n, 95% intervals, Welch change verdicts, other-method ranks,
 * quartile bands) over 50 sites x 4 waves x 5 visits, and the calibration summary (agreement per
 * criterion, Krippendorff's alpha, accuracy against consensus) for 10 raters x 200 criteria.
 */
export async function numbersBench(root: string): Promise<Row[]> {
  const rows: Row[] = [];
  const backend = createBackend({ dataDir: path.join(root, 'numbers'), host: 'web', version: 'bench' });
  const call = <T>(method: string, input: unknown) =>
    unwrap<T>(backend.dispatch(method as never, input as never) as Promise<{ ok: boolean; value?: unknown }>);
  const definition = generateTemplate(4, 3);
  const template = await call<{ id: string }>('templates.import', {
    fileName: 'waves.json',
    text: JSON.stringify(definition),
  });
  const client = await call<{ id: string }>('clients.create', { name: 'Wave client' });
  const sites: string[] = [];
  for (let s = 0; s < SITES; s++)
    sites.push(
      (await call<{ id: string }>('sites.create', { clientId: client.id, name: `Site ${s}`, region: `R${s % 5}` })).id,
    );
  const waves: string[] = [];
  for (let w = 0; w < WAVES; w++)
    waves.push(
      (
        await call<{ id: string }>('waves.create', {
          clientId: client.id,
          name: `Wave ${w + 1}`,
          startsOn: `2027-${String(1 + w * 3).padStart(2, '0')}-01`,
          endsOn: null,
        })
      ).id,
    );
  const parsed = templateDefinitionSchema.parse(definition);
  let n = 0;
  for (let w = 0; w < WAVES; w++)
    for (let s = 0; s < SITES; s++)
      for (let v = 0; v < VISITS; v++) {
        const audit = await call<{ id: string }>('audits.create', {
          clientId: client.id,
          templateId: template.id,
          title: `W${w} S${s} V${v}`,
          auditType: 'mystery-shop',
          auditDate: `2027-${String(1 + w * 3).padStart(2, '0')}-1${v}`,
        });
        await call('visits.update', {
          auditId: audit.id,
          changes: { siteId: sites[s], waveId: waves[w], shopper: `P${v}` },
        });
        for (const tp of parsed.touchpoints)
          for (const c of tp.criteria)
            await call('audits.setAnswer', {
              auditId: audit.id,
              touchpointId: tp.id,
              criterionId: c.id,
              value: answerFor(c.scale.type, n++ * 7 + s + w),
            });
        await call('audits.complete', { id: audit.id });
      }
  const view = await call<WaveView>('waves.view', { waveId: waves[WAVES - 1] });
  if (view.sites.length !== SITES || view.sites.some((s) => s.stats.interval.n !== VISITS))
    throw new Error('the wave view bench did not see 50 sites with 5 visits each');
  const waveRow = await time(
    `waves.view with statistics (${SITES} sites x ${WAVES} waves x ${VISITS} visits, backend)`,
    20,
    () => call('waves.view', { waveId: waves[WAVES - 1] }),
  );
  backend.close();
  // The least a league table with intervals needs: n, mean and variance of the stored visit scores per site and
  // wave in one grouped query (the wave view also rescores each visit with the other method, times and filters).
  const waveFloor = queryFloor(
    path.join(root, 'numbers', DATABASE_FILE_NAME),
    'floor: one grouped query (n, mean, variance of stored visit scores per site and wave)',
    20,
    (db) =>
      db
        .prepare(
          `SELECT site_id, wave_id, count(*) AS n, avg(rollup_percent) AS mean,
             avg(rollup_percent * rollup_percent) - avg(rollup_percent) * avg(rollup_percent) AS variance
           FROM audits WHERE client_id = ? AND wave_id IS NOT NULL AND status = 'complete' GROUP BY site_id, wave_id`,
        )
        .all(client.id),
  );
  rows.push(withGoal(waveRow, { figure: 'median', ratio: 60, max: 250 }, waveFloor));

  // Calibration: 10 raters x 200 criteria (40 touchpoints x 5), every scale type.
  const big = templateDefinitionSchema.parse(generateTemplate(40, 5));
  const raters = Array.from({ length: 10 }, (_, i) => `Rater ${i + 1}`);
  const answers: RaterAnswer[] = [];
  let k = 0;
  for (const rater of raters)
    for (const tp of big.touchpoints)
      for (const c of tp.criteria)
        answers.push({ rater, touchpointId: tp.id, criterionId: c.id, value: answerFor(c.scale.type, k++ % 11) });
  const consensus = big.touchpoints.flatMap((tp) =>
    tp.criteria.map((c, i) => ({
      touchpointId: tp.id,
      criterionId: c.id,
      value: answerFor(c.scale.type, i),
      note: '',
    })),
  );
  // The least per-criterion agreement needs: one pass grouping the answers by criterion, then counting agreeing pairs.
  const calibrationFloor = await time('floor: one pass grouping 2,000 answers, agreeing pairs counted', 50, () => {
    const byKey = new Map<string, string[]>();
    for (const a of answers) {
      const key = `${a.touchpointId}/${a.criterionId}`;
      const list = byKey.get(key) ?? [];
      list.push(JSON.stringify(a.value));
      byKey.set(key, list);
    }
    let same = 0;
    for (const list of byKey.values())
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (list[i] === list[j]) same++;
    return same;
  });
  rows.push(
    withGoal(
      await time('calibration summary (10 raters x 200 criteria: agreement, alpha x3, accuracy)', 50, () =>
        summariseCalibration({ definition: big, raters, answers, consensus }),
      ),
      { figure: 'median', ratio: 10, max: 100 },
      calibrationFloor,
    ),
  );
  return rows;
}
