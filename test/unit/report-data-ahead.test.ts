import { describe, expect, it } from 'vitest';
import { reportDataAhead } from '../../electron/pdf/report-data-ahead';
import { ok, type Result } from '../../shared/result';

const AUDIT = '6f1c1b9e-4d7a-4c55-9d0e-3a2b1c0d9e8f';
const BASE = '0b7e4a8e-2f1d-4c3b-9a5e-6d7c8b9a0f1e';

function setup() {
  let clock = 1_000;
  const asked: unknown[] = [];
  const ahead = reportDataAhead(
    async (input): Promise<Result<unknown>> => (asked.push(input), ok({ worked: asked.length })),
    () => clock,
  );
  return { ahead, asked, advance: (ms: number) => (clock += ms) };
}

describe('report data worked out while the export browser starts', () => {
  it('is worked out after the current task, then taken once by the print view asking for the same report', async () => {
    const { ahead, asked } = setup();
    ahead.prepare({ auditId: AUDIT, baselineId: BASE });
    // Not in the task that starts the export (that task goes on to start the browser).
    expect(asked).toEqual([]);
    const taken = ahead.take({ auditId: AUDIT, baselineId: BASE, photos: false });
    expect(await taken).toEqual(ok({ worked: 1 }));
    expect(asked).toEqual([{ auditId: AUDIT, baselineId: BASE, photos: false }]);
    expect(ahead.take({ auditId: AUDIT, baselineId: BASE, photos: false })).toBeNull();
  });

  it('names the baseline as the print view does: left out = the audit own one, null = none', async () => {
    const { ahead, asked } = setup();
    ahead.prepare({ auditId: AUDIT });
    expect(ahead.take({ auditId: AUDIT, baselineId: null, photos: false })).toBeNull();
    expect(await ahead.take({ auditId: AUDIT, photos: false })).toEqual(ok({ worked: 1 }));
    expect(asked).toEqual([{ auditId: AUDIT, photos: false }]);
    ahead.prepare({ auditId: AUDIT, baselineId: null });
    expect(ahead.take({ auditId: AUDIT, photos: false })).toBeNull();
    expect(await ahead.take({ auditId: AUDIT, baselineId: null, photos: false })).toEqual(ok({ worked: 2 }));
  });

  it('is not given to another call (photos asked for, another audit) nor after half a minute', async () => {
    const { ahead, advance } = setup();
    ahead.prepare({ auditId: AUDIT, baselineId: BASE });
    expect(ahead.take({ auditId: AUDIT, baselineId: BASE, photos: true })).toBeNull();
    expect(ahead.take({ auditId: BASE, baselineId: BASE, photos: false })).toBeNull();
    expect(ahead.take(null)).toBeNull();
    advance(30_001);
    expect(ahead.take({ auditId: AUDIT, baselineId: BASE, photos: false })).toBeNull();
  });

  it("waits for what it is told to wait for (a page's first files), unless the print view asks first", async () => {
    const { ahead, asked } = setup();
    let letGo!: () => void;
    ahead.prepare({ auditId: AUDIT, baselineId: BASE }, new Promise<void>((resolve) => (letGo = resolve)));
    await new Promise((r) => setTimeout(r, 5));
    expect(asked).toEqual([]);
    letGo();
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toHaveLength(1);
    expect(await ahead.take({ auditId: AUDIT, baselineId: BASE, photos: false })).toEqual(ok({ worked: 1 }));

    // Asked for before the wait is over: worked out at once, and once.
    ahead.prepare({ auditId: AUDIT, baselineId: BASE }, new Promise<void>((resolve) => (letGo = resolve)));
    expect(await ahead.take({ auditId: AUDIT, baselineId: BASE, photos: false })).toEqual(ok({ worked: 2 }));
    letGo();
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toHaveLength(2);
  });
});
