import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const WEB_HOST_BUNDLE = path.resolve('dist/web/web-host.cjs');

export interface RunningWebHost {
  child: ChildProcess;
  /** Address with the token in its fragment, as printed for the user. */
  openUrl: string;
  origin: string;
  token: string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the built web host exactly as `npm run web` does and reads the URL it prints. */
export function startWebHostProcess(
  dataDir: string,
  extraArgs: string[] = [],
  /** A command the host runs under, e.g. strace with its options. */
  wrapper: string[] = [],
): Promise<RunningWebHost> {
  const command = [...wrapper, process.execPath, WEB_HOST_BUNDLE, '--data-dir', dataDir, ...extraArgs];
  const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${out}\n${err}`)), 15000);
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`web host exited with ${code}:\n${out}\n${err}`)));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/)#token=(\S+)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      const [, origin, token] = match as unknown as [string, string, string];
      resolve({
        child,
        openUrl: `${origin}#token=${token}`,
        origin,
        token,
        stop: (signal = 'SIGTERM') =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill(signal);
          }),
      });
    });
  });
}
