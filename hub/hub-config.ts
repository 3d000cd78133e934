/** How the hub is started: by flags, else by environment. */
export interface HubConfig {
  databaseUrl: string;
  host: string;
  port: number;
  behindProxy: boolean;
}

export const DEFAULT_HUB_PORT = 8470;
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
export const isLoopback = (host: string) => LOOPBACK.has(host) || /^127\./.test(host);

export function parseHubArgs(argv: string[], env: NodeJS.ProcessEnv): HubConfig {
  const flags = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}".`);
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (name === 'behind-proxy') switches.add(name);
    else if (inline !== undefined) flags.set(name, inline);
    else if (argv[i + 1] !== undefined) flags.set(name, argv[++i]!);
    else throw new Error(`--${name} needs a value.`);
  }
  for (const name of flags.keys())
    if (!['database-url', 'host', 'port'].includes(name)) throw new Error(`Unknown option --${name}.`);
  const databaseUrl = flags.get('database-url') ?? env.JOURNEY_HUB_DATABASE_URL ?? env.DATABASE_URL;
  if (!databaseUrl)
    throw new Error('Give the PostgreSQL connection string: --database-url postgres://… or JOURNEY_HUB_DATABASE_URL.');
  const port = Number(flags.get('port') ?? env.JOURNEY_HUB_PORT ?? DEFAULT_HUB_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port must be a port number.');
  const host = flags.get('host') ?? env.JOURNEY_HUB_HOST ?? '127.0.0.1';
  const behindProxy = switches.has('behind-proxy') || env.JOURNEY_HUB_BEHIND_PROXY === '1';
  if (!isLoopback(host) && !behindProxy)
    throw new Error(
      'The hub speaks plain HTTP, so it listens only on this computer (127.0.0.1) unless it sits behind a TLS ' +
        'reverse proxy: put it behind one and start it with --behind-proxy, or keep --host 127.0.0.1.',
    );
  return { databaseUrl, host, port, behindProxy };
}
