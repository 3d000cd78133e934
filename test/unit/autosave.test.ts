import { describe, expect, it } from 'vitest';
import { installUnloadFlush, registerFlush } from '../../renderer/src/lib/autosave/flush-registry';
import { createWriteQueue } from '../../renderer/src/lib/autosave/write-queue';
import { headerState, useSaveStatus } from '../../renderer/src/stores/save-status-store';

const base = { inFlight: 0, fields: {}, lastError: null, savedAt: null };

describe('the header state comes from the real queue', () => {
  it('says Saved only when no field is waiting, sending, wrong or refused and nothing is in flight', () => {
    expect(headerState(base)).toEqual({ kind: 'idle' });
    expect(headerState({ ...base, savedAt: 5 })).toEqual({ kind: 'saved', at: 5 });
    expect(headerState({ ...base, savedAt: 5, fields: { a: { kind: 'dirty' } } })).toEqual({ kind: 'saving' });
    expect(headerState({ ...base, savedAt: 5, fields: { a: { kind: 'sending' } } })).toEqual({ kind: 'saving' });
    expect(headerState({ ...base, savedAt: 5, inFlight: 1 })).toEqual({ kind: 'saving' });
    expect(headerState({ ...base, savedAt: 5, fields: { a: { kind: 'dirty' }, b: { kind: 'invalid' } } })).toEqual({
      kind: 'invalid',
    });
    const error = { code: 'VALIDATION' as const, message: 'too long' };
    expect(headerState({ ...base, fields: { b: { kind: 'invalid' }, c: { kind: 'failed', error } } })).toEqual({
      kind: 'failed',
      error,
    });
  });

  it('a write that succeeds does not hide a field still holding a wrong value', async () => {
    const store = useSaveStatus.getState();
    store.setField('metrics:1:invalid', { kind: 'invalid' });
    await store.track(Promise.resolve(1));
    expect(useSaveStatus.getState().state).toEqual({ kind: 'invalid' });
    store.setField('metrics:1:invalid', null);
    expect(useSaveStatus.getState().state.kind).toBe('saved');
  });
});

describe('the write queue', () => {
  it('sends one write at a time in the order made, and starts an idle one at once', async () => {
    const enqueue = createWriteQueue();
    const started: string[] = [];
    const release: (() => void)[] = [];
    const write = (name: string) =>
      enqueue(() => {
        started.push(name);
        return new Promise<string>((resolve) => release.push(() => resolve(name)));
      });
    const a = write('a');
    const b = write('b');
    expect(started).toEqual(['a']); // synchronously, before any await
    release.shift()!();
    expect(await a).toBe('a');
    await Promise.resolve();
    expect(started).toEqual(['a', 'b']);
    release.shift()!();
    expect(await b).toBe('b');
  });

  it('on pagehide flushes every waiting field and starts every queued write without waiting', () => {
    const win = Object.assign(new EventTarget(), {
      document: Object.assign(new EventTarget(), { visibilityState: 'visible' }),
    });
    installUnloadFlush(win as unknown as Window);
    const enqueue = createWriteQueue();
    const started: string[] = [];
    void enqueue(() => (started.push('in flight'), new Promise(() => undefined)));
    void enqueue(() => (started.push('queued'), new Promise(() => undefined)));
    const off = registerFlush(() => void enqueue(() => (started.push('typed'), new Promise(() => undefined))));
    expect(started).toEqual(['in flight']);
    win.dispatchEvent(new Event('pagehide'));
    // Queued writes first, then what was typed: a field's older value never lands after its newer one.
    expect(started).toEqual(['in flight', 'queued', 'typed']);
    off();
    win.dispatchEvent(new Event('pageshow'));
  });
});
