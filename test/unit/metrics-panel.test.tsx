import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogs } from '../../renderer/src/i18n/catalogs';

const { en, ar, ro } = catalogs;
import { MetricsComparisonView } from '../../renderer/src/screens/metrics/MetricsComparison';
import { MetricsForm } from '../../renderer/src/screens/metrics/MetricsPanel';
import { cesBoxes, draftToInputs, inputsToDraft } from '../../renderer/src/screens/metrics/metrics-form';
import { compareMetrics, computeMetrics } from '../../shared/metrics/compute-metrics';
import type { MetricInputs } from '../../shared/metrics/metric-inputs';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    resources: { en: { translation: en }, ar: { translation: ar }, ro: { translation: ro } },
    interpolation: { escapeValue: false },
  });
});

const inputs: MetricInputs = {
  npsMode: 'raw',
  npsAnswers: [10, 9, 9, 8, 7, 6, 3, 0, 10, 5],
  csatCounts: [0, 0, 1, 1, 2],
  cesScale: 7,
  cesCounts: [0, 0, 0, 1, 1, 1, 1],
  fcrResolved: 45,
  fcrContacts: 60,
  ttrHours: 26.5,
  customersStart: 200,
  customersEnd: 210,
  customersNew: 30,
};
const render = (readOnly = false) =>
  renderToStaticMarkup(
    <MetricsForm
      auditId="a1"
      initial={inputs}
      readOnly={readOnly}
      save={{ kind: 'idle' }}
      saveInputs={async () => undefined}
    />,
  );
// Signed numbers are wrapped in Unicode isolates so they read right inside Arabic text.
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/[\u2066\u2069]/g, '')
    .replace(/\s+/g, ' ');

describe('the metrics form', () => {
  it('round-trips stored inputs through the form unchanged', () => {
    const back = draftToInputs(inputsToDraft(inputs));
    expect(back.errors).toEqual({});
    expect(back.inputs).toEqual({ ...inputs, cesMode: 'counts', fcrMode: 'counts' });
  });

  it('names wrong fields, keeps computing the others, and treats empty boxes beside filled ones as 0', () => {
    const draft = {
      ...inputsToDraft(inputs),
      promoters: '-3',
      npsMode: 'counts' as const,
      csatCounts: ['', '', '2', '', '2'],
      fcrResolved: '61',
    };
    const r = draftToInputs(draft);
    expect(r.inputs).toBeNull();
    expect(r.errors).toEqual({
      promoters: { key: 'whole' },
      fcrResolved: { key: 'fcrResolved', values: { scale: 7 } },
    });
    // NPS and FCR are left out of the live figures; CSAT is computed: 2 of 4 → 50 %.
    const live = computeMetrics(r.partial);
    expect(live.nps.value).toBeNull();
    expect(live.fcr.value).toBeNull();
    expect(live.csat.value).toBe(50);
    expect(live.ces.value).toBe(5.5);
  });

  it('keeps CES boxes beyond a smaller scale visible, and refuses them until cleared', () => {
    const draft = { ...inputsToDraft(inputs), cesScale: 5 as const };
    expect(cesBoxes(draft)).toBe(7);
    expect(draftToInputs(draft).errors.cesCounts).toEqual({ key: 'cesCounts', values: { scale: 5 } });
    const cleared = { ...draft, cesCounts: ['1', '2', '3', '4', '5', '', ''] };
    expect(cesBoxes(cleared)).toBe(5);
    expect(draftToInputs(cleared).inputs?.cesCounts).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows each figure next to its inputs, in English', async () => {
    await i18next.changeLanguage('en');
    const out = text(render());
    expect(out).toContain('NPS, net promoter score');
    // Shares in the app's one percent format, one decimal like every score.
    expect(out).toContain('Promoters: 40.0% (4)');
    expect(out).toContain('5.5 / 7');
    expect(out).toContain('75.0%');
    expect(out).toContain('26.5 h');
    expect(out).toContain('90.0%');
    // Churn worked out from the other figures: 200 − 180 = 20 lost → 10 %.
    expect(out).toContain('10.0%');
    // The panel's save state in the header's one wording.
    expect(out).toContain('Saved');
    expect(out).not.toContain('All changes saved');
    expect(out).toContain('10 answers read.');
    expect(render()).toContain('dir="auto"');
  });

  it('reads in Arabic and Romanian, with their number formats', async () => {
    await i18next.changeLanguage('ar');
    expect(text(render())).toContain('من 7');
    expect(text(render(true))).toContain('للقراءة فقط');
    await i18next.changeLanguage('ro');
    expect(text(render())).toContain('26,5 h');
    await i18next.changeLanguage('en');
  });
});

describe('the comparison table', () => {
  it('shows metric, before, after and change, with the movement in words', async () => {
    await i18next.changeLanguage('en');
    const baseline = computeMetrics({
      npsMode: 'counts',
      promoters: 40,
      passives: 30,
      detractors: 30,
      ttrHours: 30,
      cesScale: 5,
      cesMean: 3,
    });
    const followUp = computeMetrics({
      npsMode: 'counts',
      promoters: 50,
      passives: 30,
      detractors: 20,
      ttrHours: 24,
      cesScale: 7,
      cesMean: 5,
    });
    const html = renderToStaticMarkup(
      <MetricsComparisonView data={{ baseline, followUp, deltas: compareMetrics(baseline, followUp) }} />,
    );
    const out = text(html);
    expect(out).toContain('+10 +30 ▲ +20 points better');
    // TTR went down (▼), which is better.
    expect(out).toContain('30 h 24 h ▼ -6 h better');
    expect(html).toContain('\u2066+20\u2069 points');
    expect(out).toContain('Different scales');
    expect(out).toContain('No data');
    const empty = text(
      renderToStaticMarkup(
        <MetricsComparisonView data={{ baseline: null, followUp: null, deltas: compareMetrics(null, null) }} />,
      ),
    );
    expect(empty).toContain('No customer metrics were entered for either audit.');
  });
});
