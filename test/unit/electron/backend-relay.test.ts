import { describe, expect, it } from 'vitest';
import { startBackendRelay } from '../../../electron/main/backend-relay';
import { FakeUtilityProcess } from '../../support/electron-mock';

function setup() {
  const children: FakeUtilityProcess[] = [];
  const relay = startBackendRelay(
    () => {
      const c = new FakeUtilityProcess();
      children.push(c);
      return c as never;
    },
    '/x/backend.cjs',
    '/data',
  );
  return { relay, children };
}

describe('backend relay', () => {
  it('matches answers to calls by id, whatever order they come back in', async () => {
    const { relay, children } = setup();
    const a = relay.call('clients.list', {});
    const b = relay.call('app.info', {});
    children[0]!.emit('message', { kind: 'result', id: 2, result: { ok: true, value: 'B' } });
    children[0]!.emit('message', { kind: 'result', id: 1, result: { ok: true, value: 'A' } });
    expect(await a).toEqual({ ok: true, value: 'A' });
    expect(await b).toEqual({ ok: true, value: 'B' });
    expect(children).toHaveLength(1);
  });

  it('answers waiting calls with a clear error when the backend dies, then starts a new one', async () => {
    const { relay, children } = setup();
    const waiting = relay.call('clients.create', { name: 'X' });
    children[0]!.emit('exit', 1);
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'BACKEND_UNAVAILABLE' } });
    void relay.call('clients.list', {});
    expect(children).toHaveLength(2);
  });

  it('stops the backend on quit and refuses new calls', async () => {
    const { relay, children } = setup();
    void relay.call('clients.list', {});
    relay.stop();
    expect(children[0]!.killed).toBe(true);
    expect(await relay.call('clients.list', {})).toMatchObject({ ok: false, error: { code: 'BACKEND_UNAVAILABLE' } });
  });
});
