// npm run faults: fault injection through the real, built web host (not part of npm test: it takes
// minutes). Prints a table of runs, acknowledged writes, lost writes and integrity failures.
//
//   npm run faults -- --cycles 1000 --lanes 2
//
// 1. SIGKILL cycles on the answer-save path: start the host, save answers and notes as fast as
//    acknowledgements come, kill -9 at a random moment, reopen the file and check that every
//    acknowledged write is there and integrity_check is ok.
// 2. Disk full and 3. read-only: the data folder on a small tmpfs (needs root to mount); saves are
//    refused in words while the fault lasts (on a full disk, once the WAL's room is used up), resume
//    after it, and nothing acknowledged is lost.
import Database from 'better-sqlite3';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATABASE_FILE_NAME } from '../../electron/backend/backend';
import { testTemplate } from '../support/test-template';
import { WEB_HOST_BUNDLE } from '../support/web-host-process';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CYCLES = arg('cycles', 1000);
const LANES = arg('lanes', 2);

interface Row {
  case: string;
  runs: number;
  acknowledged: number;
  lost: number;
  integrityFailures: number;
  note: string;
}

interface Host {
  child: ChildProcess;
  origin: string;
  token: string;
}

function startHost(dataDir: string): Promise<Host> {
  const child = spawn(process.execPath, [WEB_HOST_BUNDLE, '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${out} ${err}`)), 20_000);
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`web host exited (${code}): ${err}`)));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Open: (http:\/\/127\.0\.0\.1:\d+\/)#token=(\S+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ child, origin: m[1]!, token: m[2]! });
    });
  });
}

/** SIGKILL, then wait until the process is gone (its exit event, or the pid no longer exists). */
async function kill(host: Host): Promise<void> {
  const pid = host.child.pid!;
  const gone = () => {
    if (host.child.exitCode !== null || host.child.signalCode !== null) return true;
    try {
      process.kill(pid, 0);
      return false;
    } catch {
      return true;
    }
  };
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
  while (!gone()) await new Promise((r) => setTimeout(r, 10));
}

type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
async function call(host: Host, method: string, input: unknown): Promise<Answer> {
  const res = await fetch(`${host.origin}api/${method}`, {
    method: 'POST',
    signal: AbortSignal.timeout(20_000),
    headers: { 'Content-Type': 'application/json', 'x-journey-token': host.token },
    body: JSON.stringify(input),
  });
  return (await res.json()) as Answer;
}
async function must<T>(host: Host, method: string, input: unknown): Promise<T> {
  const r = await call(host, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

async function setUpAudit(host: Host): Promise<string> {
  const client = await must<{ id: string }>(host, 'clients.create', { name: 'Fault Bank' });
  const template = await must<{ id: string }>(host, 'templates.import', {
    fileName: 't.json',
    text: JSON.stringify(testTemplate()),
  });
  const audit = await must<{ id: string }>(host, 'audits.create', {
    clientId: client.id,
    templateId: template.id,
    title: 'Faults',
    auditDate: '2027-05-01',
  });
  return audit.id;
}

/** Write k of a lane: even = the answer (0..10), odd = the note; both on one criterion, so the last one wins. */
const saveInput = (auditId: string, k: number) =>
  k % 2 === 0
    ? {
        method: 'audits.setAnswer',
        input: {
          auditId,
          touchpointId: 'branch',
          criterionId: 'nps-like',
          value: { kind: 'scale', value: (k / 2) % 11 },
        },
      }
    : {
        method: 'audits.setNote',
        input: { auditId, touchpointId: 'branch', criterionId: 'nps-like', note: `write ${k}` },
      };

/** What the file says the last committed write was (the note's number, the answer's value), and integrity_check. */
function readState(dataDir: string, auditId: string): { note: number; value: number | null; integrity: boolean } {
  const db = new Database(path.join(dataDir, DATABASE_FILE_NAME));
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) === 'ok';
    const row = db
      .prepare(
        "SELECT note, value_json FROM answers WHERE audit_id = ? AND touchpoint_id = 'branch' AND criterion_id = 'nps-like'",
      )
      .get(auditId) as { note: string; value_json: string | null } | undefined;
    const note = row?.note ? Number(/write (\d+)/.exec(row.note)?.[1] ?? -1) : -1;
    const value = row?.value_json ? (JSON.parse(row.value_json) as { value: number }).value : null;
    return { note, value, integrity };
  } finally {
    db.close();
  }
}

/**
 * After a kill, the file must hold every acknowledged write: the last acknowledged note (or the one
 * in flight after it) and the answer value of the last acknowledged answer write (or the one in flight).
 */
function lostAfter(state: ReturnType<typeof readState>, lastAcked: number): number {
  if (lastAcked < 0) return 0;
  const lastNote = lastAcked % 2 === 1 ? lastAcked : lastAcked - 1;
  const lastAnswer = lastAcked % 2 === 0 ? lastAcked : lastAcked - 1;
  let lost = 0;
  if (lastNote >= 1 && state.note < lastNote) lost += (lastNote - Math.max(state.note, -1) + 1) >> 1;
  const inFlight = lastAcked + 1 + (lastAcked % 2 === 0 ? 1 : 0); // the next answer write
  const okValues = [(lastAnswer / 2) % 11, (inFlight / 2) % 11];
  if (lastAnswer >= 0 && (state.value === null || !okValues.includes(state.value))) lost += 1;
  return lost;
}

/** Where each lane is, printed every minute, so a stall is visible. */
const progress = new Map<number, string>();

async function sigkillLane(lane: number, cycles: number, row: Row): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `ja-faults-${lane}-`));
  let host = await startHost(dataDir);
  const auditId = await setUpAudit(host);
  await kill(host);
  let k = 0;
  let lastAcked = -1;
  for (let c = 0; c < cycles; c++) {
    progress.set(lane, `cycle ${c}: starting`);
    host = await startHost(dataDir);
    progress.set(lane, `cycle ${c}: saving`);
    const killAt = Date.now() + 30 + Math.random() * 300;
    const killed = new Promise<void>((r) => setTimeout(() => void kill(host).then(r), killAt - Date.now()));
    let alive = true;
    void killed.then(() => (alive = false));
    while (alive) {
      const { method, input } = saveInput(auditId, k);
      try {
        const r = await call(host, method, input);
        if (!r.ok) throw new Error(`${method} refused: ${r.error.code} ${r.error.message}`);
        lastAcked = k;
        row.acknowledged++;
        k++;
      } catch (error) {
        if (alive && !(error instanceof TypeError)) throw error;
        break; // the connection died with the process: that write was never acknowledged
      }
    }
    progress.set(lane, `cycle ${c}: waiting for the kill`);
    await killed;
    progress.set(lane, `cycle ${c}: checking`);
    const state = readState(dataDir, auditId);
    row.runs++;
    if (!state.integrity) row.integrityFailures++;
    row.lost += lostAfter(state, lastAcked);
    // The next run continues after whatever committed (a write in flight may have landed).
    k = Math.max(k, state.note + 1, lastAcked + 1);
    if (k % 2 !== lastAcked % 2 && k === lastAcked + 1) k = lastAcked + 1;
    if ((c + 1) % 100 === 0) process.stderr.write(`lane ${lane}: ${c + 1}/${cycles} kills\n`);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}

function tryMount(dir: string, sizeMb: number): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Disk full or read-only: saves are refused in words during the fault, resume after it; nothing acknowledged is lost. */
async function fsFault(kind: 'disk full' | 'read-only', row: Row): Promise<void> {
  const mountDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ja-faults-fs-'));
  // Room for the database, its backups and the WAL's room (25 MB, made when the writes begin) before the disk is filled.
  if (!tryMount(mountDir, 64)) {
    row.note = 'skipped: mounting a tmpfs needs root';
    fs.rmSync(mountDir, { recursive: true, force: true });
    return;
  }
  const dataDir = path.join(mountDir, 'data');
  let current: Host | null = null;
  const roomTaken: string[] = [];
  try {
    for (let run = 0; run < 5; run++) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      let host = await startHost(dataDir);
      current = host;
      const auditId = await setUpAudit(host);
      let k = 0;
      let lastAcked = -1;
      const save = async () => {
        const { method, input } = saveInput(auditId, k);
        const r = await call(host, method, input);
        if (r.ok) {
          lastAcked = k;
          row.acknowledged++;
        }
        k++;
        return r;
      };
      for (let i = 0; i < 10; i++) if (!(await save()).ok) throw new Error('a save failed before the fault');
      const walBytes = fs.statSync(path.join(dataDir, `${DATABASE_FILE_NAME}-wal`)).size;
      const filler = path.join(mountDir, 'filler');
      if (kind === 'disk full') {
        const fd = fs.openSync(filler, 'w');
        const block = Buffer.alloc(64 * 1024, 1);
        try {
          for (;;) fs.writeSync(fd, block);
        } catch {
          // ENOSPC: the disk is full now
        }
        fs.closeSync(fd);
      } else {
        // A folder that turns read-only (a locked card, a remounted share) is met at the next start:
        // a file system with a file open for writing cannot be remounted read-only.
        await kill(host);
        execFileSync('mount', ['-o', 'remount,ro', mountDir]);
        host = current = await startHost(dataDir);
      }
      // On a full disk the first saves still go into the WAL's room (made when the writes began), durable as any:
      // saves go on until the disk refuses them, then 20 more.
      const codes = new Set<string>();
      let refused = 0;
      let tookRoom = 0;
      let afterRefusal = 0;
      for (let i = 0; i < 3_000 && refused < 20; i++) {
        const r = await save();
        if (!r.ok) {
          codes.add(r.error.code);
          refused++;
        } else if (refused === 0) tookRoom++;
        else afterRefusal++;
      }
      // Once refused, a save may still go through only when a checkpoint has made room again; any is reported.
      if (afterRefusal) row.note = `${afterRefusal} saves went through between refusals`;
      const expected = kind === 'disk full' ? 'DISK_FULL' : 'READ_ONLY';
      if (![...codes].every((c) => c === expected) || codes.size === 0)
        row.note = `refusals: ${[...codes].join(', ') || 'none'} (expected ${expected})`;
      if (kind === 'disk full') fs.rmSync(filler);
      else {
        await kill(host);
        execFileSync('mount', ['-o', 'remount,rw', mountDir]);
        host = current = await startHost(dataDir);
      }
      let resumed = 0;
      for (let i = 0; i < 10; i++) if ((await save()).ok) resumed++;
      if (resumed < 10) row.note = `only ${resumed} of 10 saves resumed after the fault`;
      await kill(host);
      const state = readState(dataDir, auditId);
      row.runs++;
      if (!state.integrity) row.integrityFailures++;
      row.lost += lostAfter(state, lastAcked);
      if (kind === 'disk full') roomTaken.push(`${tookRoom} (WAL ${(walBytes / 1e6).toFixed(1)} MB)`);
      if (!row.note) row.note = `refused during the fault with ${expected}, resumed after`;
    }
    if (kind === 'disk full')
      row.note += ` (saves before the first refusal, into the WAL's room: ${roomTaken.join(', ')})`;
  } catch (error) {
    row.note = `stopped: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    if (current) await kill(current);
    try {
      execFileSync('umount', ['-l', mountDir], { stdio: 'ignore' });
      fs.rmSync(mountDir, { recursive: true, force: true });
    } catch {
      // left for the system's temporary-file cleaning
    }
  }
}

function printTable(rows: Row[], started: number): void {
  const cols = ['case', 'runs', 'acknowledged', 'lost', 'integrity failures', 'note'];
  const cells = rows.map((r) => [r.case, r.runs, r.acknowledged, r.lost, r.integrityFailures, r.note].map(String));
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: string[]) => `| ${values.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(cols));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
  console.log(`\n${Math.round((Date.now() - started) / 1000)} s`);
}

async function main(): Promise<void> {
  if (!fs.existsSync(WEB_HOST_BUNDLE)) throw new Error('Build first: npm run build');
  const started = Date.now();
  const kills: Row = {
    case: 'SIGKILL, answer saves',
    runs: 0,
    acknowledged: 0,
    lost: 0,
    integrityFailures: 0,
    note: '',
  };
  const full: Row = { case: 'disk full', runs: 0, acknowledged: 0, lost: 0, integrityFailures: 0, note: '' };
  const ro: Row = { case: 'read-only', runs: 0, acknowledged: 0, lost: 0, integrityFailures: 0, note: '' };
  const rows = [kills, full, ro];
  // Stopped early (Ctrl+C, a time limit): the table of what ran so far is still printed.
  const stopEarly = () => {
    kills.note = `stopped early after ${kills.runs} of ${CYCLES} kills; ${LANES} lanes`;
    printTable(rows, started);
    process.exit(rows.some((r) => r.lost || r.integrityFailures) ? 1 : 3);
  };
  process.once('SIGINT', stopEarly);
  process.once('SIGTERM', stopEarly);
  // The file-system faults first: they are short, and an early stop then still reports them.
  await fsFault('disk full', full);
  await fsFault('read-only', ro);
  const ticker = setInterval(
    () => process.stderr.write(`${[...progress].map(([l, p]) => `lane ${l}: ${p}`).join('; ')}\n`),
    60_000,
  );
  ticker.unref();
  const per = Math.ceil(CYCLES / LANES);
  await Promise.all(Array.from({ length: LANES }, (_, lane) => sigkillLane(lane, per, kills)));
  kills.note = `${LANES} lanes, killed 30-330 ms after it is ready`;
  printTable(rows, started);
  process.exitCode = rows.some((r) => r.lost || r.integrityFailures) ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
