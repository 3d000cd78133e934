import { describe, expect, it } from 'vitest';
import {
  comparableSeries,
  seriesKeyOf,
  siteChange,
  siteKeyOf,
  type SeriesAudit,
} from '../../../shared/comparison/series';

let n = 0;
const audit = (over: Partial<SeriesAudit>): SeriesAudit => ({
  id: `a${++n}`,
  title: 'Visit',
  templateId: 't1',
  templateName: 'Branch visit',
  auditType: 'walkthrough',
  siteId: null,
  site: 'Main street',
  auditDate: '2027-01-01',
  status: 'complete',
  overall: 50,
  ...over,
});

describe('site and series keys', () => {
  it('a registry site is its id; a label is trimmed and folded to lower case', () => {
    expect(siteKeyOf({ siteId: 'site-7', site: 'Ignored' })).toBe('site-7');
    expect(siteKeyOf({ siteId: null, site: '  Main Street ' })).toBe('label:main street');
    expect(siteKeyOf({ siteId: null, site: 'MAIN STREET' })).toBe(siteKeyOf({ siteId: null, site: 'main street' }));
    expect(siteKeyOf({ siteId: '', site: 'x' })).toBe('');
  });

  it('walkthroughs form one series per template; visits one per template and site', () => {
    expect(seriesKeyOf({ templateId: 't1', auditType: 'walkthrough', siteId: 's1', site: 'A' })).toBe('t1|walkthrough');
    expect(seriesKeyOf({ templateId: 't1', auditType: 'mystery-shop', siteId: 's1', site: 'A' })).toBe('t1|visits|s1');
    expect(seriesKeyOf({ templateId: 't2', auditType: 'mystery-shop', siteId: null, site: ' Mall ' })).toBe(
      't2|visits|label:mall',
    );
  });
});

describe('comparableSeries', () => {
  it('groups audits by series in first-appearance order, keeping their order inside each', () => {
    const w1 = audit({ templateId: 'w', templateName: 'Walk', siteId: 's1', site: 'A' });
    const v1 = audit({ templateId: 'v', templateName: 'Visit', auditType: 'mystery-shop', siteId: 's1', site: 'A' });
    const w2 = audit({ templateId: 'w', templateName: 'Walk (renamed)', siteId: 's2', site: 'B' });
    const v2 = audit({ templateId: 'v', templateName: 'Visit', auditType: 'mystery-shop', siteId: 's2', site: 'B' });
    const v3 = audit({ templateId: 'v', templateName: 'Visit', auditType: 'mystery-shop', siteId: 's1', site: 'A' });
    const series = comparableSeries([w1, v1, w2, v2, v3]);
    expect(series).toEqual([
      { key: 'w|walkthrough', templateName: 'Walk', auditType: 'walkthrough', site: null, audits: [w1, w2] },
      { key: 'v|visits|s1', templateName: 'Visit', auditType: 'mystery-shop', site: 'A', audits: [v1, v3] },
      { key: 'v|visits|s2', templateName: 'Visit', auditType: 'mystery-shop', site: 'B', audits: [v2] },
    ]);
    expect(comparableSeries([])).toEqual([]);
  });
});

describe('siteChange', () => {
  it('the first audit of a site has nothing to compare with', () => {
    const only = audit({});
    expect(siteChange([only])).toEqual({
      latest: only,
      previous: null,
      change: null,
      reason: 'first-audit',
      otherTemplates: [],
    });
  });

  it('earlier audits on other templates are named once each, in order', () => {
    const a = audit({ templateId: 'x', templateName: 'Old form' });
    const b = audit({ templateId: 'y', templateName: 'Pilot' });
    const c = audit({ templateId: 'x', templateName: 'Old form' });
    const latest = audit({ templateId: 't1' });
    expect(siteChange([a, b, c, latest])).toEqual({
      latest,
      previous: null,
      change: null,
      reason: 'other-template',
      otherTemplates: ['Old form', 'Pilot'],
    });
  });

  it('compares with the latest earlier audit of the same series, in points', () => {
    const older = audit({ overall: 10 });
    const other = audit({ templateId: 'x', overall: 99 });
    const previous = audit({ overall: 62.5 });
    const latest = audit({ overall: 70 });
    const result = siteChange([older, previous, other, latest]);
    expect(result.previous).toBe(previous);
    expect(result.change).toBe(7.5);
    expect(result.reason).toBeNull();
    expect(result.otherTemplates).toEqual([]);
    expect(siteChange([audit({ overall: 80 }), audit({ overall: 60 })]).change).toBe(-20);
  });

  it('a missing score on either side is said, not treated as 0', () => {
    const prevScored = audit({ overall: 40 });
    const latestNone = audit({ overall: null });
    expect(siteChange([prevScored, latestNone])).toMatchObject({
      previous: prevScored,
      change: null,
      reason: 'no-score',
      otherTemplates: [],
    });
    const prevNone = audit({ overall: null });
    const latestScored = audit({ overall: 40 });
    expect(siteChange([prevNone, latestScored])).toMatchObject({
      previous: prevNone,
      change: null,
      reason: 'previous-no-score',
      otherTemplates: [],
    });
    expect(siteChange([audit({ overall: 0 }), audit({ overall: 0 })])).toMatchObject({ change: 0, reason: null });
  });

  it('visits at another site of the same template are another series', () => {
    const here = audit({ auditType: 'mystery-shop', siteId: 's1', overall: 30 });
    const there = audit({ auditType: 'mystery-shop', siteId: 's2', overall: 90 });
    const latest = audit({ auditType: 'mystery-shop', siteId: 's1', overall: 45 });
    expect(siteChange([here, there, latest])).toMatchObject({ previous: here, change: 15, reason: null });
    expect(siteChange([there, latest])).toMatchObject({
      previous: null,
      reason: 'other-template',
      otherTemplates: ['Branch visit'],
    });
  });
});
