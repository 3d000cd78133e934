import os from 'node:os';
import path from 'node:path';
import { startWebHost } from './web-host';

export interface WebCliOptions {
  dataDir: string;
  port: number;
  rendererDir: string;
  restoreLatest: boolean;
}

/** Flags win over environment; the default data folder lives in the user's home. */
export function parseWebArgs(argv: readonly string[], env: NodeJS.ProcessEnv, rendererDir: string): WebCliOptions {
  const flag = (name: string): string | undefined => {
    const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    if (i < 0) return undefined;
    const arg = argv[i]!;
    return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
  };
  const dataDir = flag('data-dir') ?? env.JOURNEY_AUDIT_DATA_DIR ?? path.join(os.homedir(), '.journey-audit');
  const portText = flag('port') ?? env.JOURNEY_AUDIT_PORT ?? '0';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a number from 0 to 65535, not "${portText}".`);
  return { dataDir: path.resolve(dataDir), port, rendererDir, restoreLatest: argv.includes('--restore-latest') };
}

export async function runWebCli(rendererDir: string): Promise<void> {
  const options = parseWebArgs(process.argv.slice(2), process.env, rendererDir);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const host = await startWebHost(options);
  if (options.restoreLatest)
    say('Restored the newest good backup; the data file it replaced was kept in the backups folder.');
  say('Journey Audit (browser mode)');
  say(`Data folder: ${options.dataDir}`);
  if (host.backend.startupError) say(`Warning: ${host.backend.startupError.message}`);
  say(`Open: ${host.openUrl}`);
  say('Only this computer can reach it. Press Ctrl+C to stop.');
  const stop = () => host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
