import { describe, expect, it } from 'vitest';
import { triangulate, type TriangulationData, type TriangulationPoint } from '../../../shared/stats/triangulation';

const Y = [1, 3, 2, 5, 4, 7, 6, 9, 8, 10];
function point(i: number, over: Partial<TriangulationPoint> = {}): TriangulationPoint {
  return {
    auditId: `a${i}`,
    title: `Audit ${i}`,
    auditDate: '2027-01-01',
    site: i % 2 ? 'North' : 'South',
    overall: (i + 1) * 10,
    stages: { during: 100 - i * 10, before: null },
    metrics: { nps: Y[i]!, csat: null, ces: 4, cesScale: 5 },
    ...over,
  };
}

const data = (points: TriangulationPoint[]): TriangulationData => ({
  stages: [
    { id: 'before', name: 'Before' },
    { id: 'during', name: 'During' },
  ],
  sites: ['North', 'South'],
  points,
});

describe('scores against a customer metric', () => {
  it("pairs each audit's overall score with its NPS and gives r by hand: 78.5 / 82.5", () => {
    // x deviations −4.5..4.5 (×10), y deviations from 5.5: Σ dx·dy = 78.5, Σ dx² = Σ dy² = 82.5.
    const t = triangulate(data(Y.map((_, i) => point(i))), { score: 'overall', metric: 'nps', site: null });
    expect(t.pairs.map((p) => [p.score, p.metric])).toEqual(Y.map((y, i) => [(i + 1) * 10, y]));
    expect(t.correlation.status).toBe('shown');
    if (t.correlation.status !== 'shown') return;
    expect(t.correlation.r).toBeCloseTo(78.5 / 82.5, 12);
    expect(t.correlation.n).toBe(10);
    // Fisher z: tanh(atanh(r) ± 1.96 / √7).
    const z = Math.atanh(78.5 / 82.5);
    expect(t.correlation.low).toBeCloseTo(Math.tanh(z - 1.959963984540054 / Math.sqrt(7)), 12);
  });

  it("a stage's score runs the other way: r = −78.5 / 82.5", () => {
    const t = triangulate(data(Y.map((_, i) => point(i))), { score: { stageId: 'during' }, metric: 'nps', site: null });
    expect(t.correlation.status === 'shown' && t.correlation.r).toBeCloseTo(-78.5 / 82.5, 12);
  });

  it('leaves out audits without the score or the metric, and shows no r below 10 pairs or without variation', () => {
    const points = Y.map((_, i) =>
      point(i, i === 3 ? { metrics: { nps: null, csat: null, ces: null, cesScale: null } } : {}),
    );
    const t = triangulate(data(points), { score: 'overall', metric: 'nps', site: null });
    expect(t.leftOut).toBe(1);
    expect(t.correlation).toEqual({ status: 'too-few', n: 9, minimum: 10 });
    expect(triangulate(data(points), { score: { stageId: 'before' }, metric: 'nps', site: null }).leftOut).toBe(10);
    const north = triangulate(data(Y.map((_, i) => point(i))), { score: 'overall', metric: 'nps', site: 'North' });
    expect(north.pairs.every((p) => p.site === 'North')).toBe(true);
    expect(north.correlation).toEqual({ status: 'too-few', n: 5, minimum: 10 });
    const flat = triangulate(data([...Y, ...Y].map((_, i) => point(i % 10, { auditId: `b${i}` }))), {
      score: 'overall',
      metric: 'ces',
      site: null,
    });
    expect(flat.correlation).toEqual({ status: 'no-variation', n: 20 });
  });

  it('names mixed CES scales', () => {
    const points = Y.map((_, i) => point(i, { metrics: { nps: null, csat: null, ces: i, cesScale: i < 5 ? 5 : 7 } }));
    expect(triangulate(data(points), { score: 'overall', metric: 'ces', site: null }).cesScales).toEqual([5, 7]);
  });
});
