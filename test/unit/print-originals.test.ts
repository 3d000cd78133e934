import { describe, expect, it } from 'vitest';
import { printHash } from '../../shared/reports/report-sections';
import { parseRoute } from '../../renderer/src/stores/route-store';

describe('the print address and the originals tick', () => {
  it('carries the tick for one export only, and nothing else reads as it', () => {
    const id = '6f1c2f63-1a7e-4c3b-9d1e-0f6c2d6b7a10';
    const ticked = printHash({ auditId: id, baselineId: null, sections: ['cover', 'findings'], originals: true });
    expect(ticked).toBe(`#/print/${id}/-/cover,findings/originals`);
    expect(parseRoute(ticked)).toEqual({
      name: 'print',
      auditId: id,
      baselineId: null,
      sections: ['cover', 'findings'],
      originals: true,
    });
    const plain = printHash({ auditId: id, sections: ['findings'] });
    expect(plain).toBe(`#/print/${id}/auto/findings`);
    expect(parseRoute(plain)).not.toHaveProperty('originals');
    expect(parseRoute(`#/print/${id}/auto/findings/original`)).not.toHaveProperty('originals');
  });
});
