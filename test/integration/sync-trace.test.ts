import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callApi } from '../support/api-over-http';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { startWebHostProcess, WEB_HOST_BUNDLE } from '../support/web-host-process';

const SAVES = 60;
const hasStrace = (() => {
  try {
    execFileSync('strace', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** fsync / fdatasync calls that completed, as strace -f wrote them so far. */
const syncsIn = (trace: string) =>
  fs
    .readFileSync(trace, 'utf8')
    .split('\n')
    .filter((l) => /\b(fsync|fdatasync)\(\d+\)\s+= 0/.test(l) || /<\.\.\. (fsync|fdatasync) resumed>.*= 0/.test(l))
    .length;

/**
 * A SIGKILL keeps the OS cache, so it cannot tell synchronous=FULL from OFF; a power cut can. What
 * can be observed is whether each acknowledged commit was flushed: with FULL, SQLite syncs the WAL
 * at every commit; with NORMAL it syncs only at checkpoints, with OFF never. So the backend is run
 * under strace and each acknowledged save must be matched by at least one sync.
 */
describe.skipIf(!hasStrace || !fs.existsSync(WEB_HOST_BUNDLE))('durability: a sync per acknowledged commit', () => {
  it(`the web host flushes to disk before it acknowledges each of ${SAVES} answer saves`, async () => {
    const work = tempDir('ja-strace-');
    const trace = path.join(work, 'trace.txt');
    const host = await startWebHostProcess(
      path.join(work, 'data'),
      [],
      ['strace', '-f', '-e', 'trace=fsync,fdatasync', '-o', trace],
    );
    try {
      const call = ((method: string, input: unknown) =>
        callApi(host.origin, host.token, method as never, input as never)) as <T>(m: string, i: unknown) => Promise<T>;
      const client = await call<{ id: string }>('clients.create', { name: 'Sync Bank' });
      const template = await call<{ id: string }>('templates.import', {
        fileName: 't.json',
        text: JSON.stringify(testTemplate()),
      });
      const audit = await call<{ id: string }>('audits.create', {
        clientId: client.id,
        templateId: template.id,
        title: 'Traced',
        auditDate: '2027-04-01',
      });
      const before = syncsIn(trace);
      for (let i = 0; i < SAVES; i++)
        await call('audits.setAnswer', {
          auditId: audit.id,
          touchpointId: 'branch',
          criterionId: 'nps-like',
          value: { kind: 'scale', value: i % 11 },
        });
      const during = syncsIn(trace) - before;
      // Each acknowledged save was preceded by its own flush; NORMAL or OFF gives (almost) none here.
      expect(during, `${during} syncs for ${SAVES} acknowledged saves`).toBeGreaterThanOrEqual(SAVES);
    } finally {
      // strace detaches from a tracee when it is killed itself: end the traced host first, by its own id.
      const tracee = Number(
        fs.readFileSync(`/proc/${host.child.pid}/task/${host.child.pid}/children`, 'utf8').trim().split(/\s+/)[0],
      );
      if (tracee > 0) process.kill(tracee, 'SIGKILL');
      await host.stop('SIGKILL');
    }
  });
});
