import { APP_VERSION } from '../app-version';
import type { FromBackend, ToBackend } from '../relay-protocol';
import { createBackend } from './backend';

/** The slice of Electron's ParentPort we use; typed here so the backend never imports electron. */
interface ParentPortLike {
  on(event: 'message', listener: (message: { data: unknown }) => void): void;
  postMessage(message: FromBackend): void;
}

const port = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
if (!port) throw new Error('The backend must be started as an Electron utility process.');

const dataDirIndex = process.argv.indexOf('--data-dir');
const dataDir = dataDirIndex >= 0 ? process.argv[dataDirIndex + 1] : undefined;
if (!dataDir) throw new Error('The backend needs --data-dir.');

const backend = createBackend({ dataDir, host: 'desktop', version: APP_VERSION, scheduledBackups: true });
backend.onEvent((event, payload) => port.postMessage({ kind: 'event', event, payload }));

port.on('message', ({ data }) => {
  const message = data as ToBackend;
  if (message?.kind !== 'call' || typeof message.id !== 'number') return;
  void backend
    .dispatch(message.method, message.input)
    .then((result) => port.postMessage({ kind: 'result', id: message.id, result }));
});
port.postMessage({ kind: 'ready', startupError: backend.startupError?.message ?? null });
