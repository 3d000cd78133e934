import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesced } from '../../renderer/src/lib/coalesce';

describe('coalesced (event-triggered reads)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once after a burst has been quiet for the wait', () => {
    const run = vi.fn();
    const call = coalesced(run, 250, 2000);
    call();
    vi.advanceTimersByTime(100);
    call();
    vi.advanceTimersByTime(249);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at the latest the max wait after the first call of a burst that never pauses', () => {
    const run = vi.fn();
    const call = coalesced(run, 250, 2000);
    for (let t = 0; t < 1900; t += 100) {
      call();
      vi.advanceTimersByTime(100);
    }
    expect(run).not.toHaveBeenCalled();
    call(); // at 1900 ms: 100 ms left before the max wait
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a call after a run starts a new burst (no change is left unread)', () => {
    const run = vi.fn();
    const call = coalesced(run, 250, 2000);
    call();
    vi.advanceTimersByTime(250);
    call();
    vi.advanceTimersByTime(250);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
