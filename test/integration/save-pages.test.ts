import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { LIMITS } from '../../shared/rules/limits';
import { dispatchOk } from '../support/dispatch';
import { createTestAudit } from '../support/test-audit';
import { tempDir } from '../support/temp-dir';

/** WAL frames in use, from the wal-index header (walformat.html: mxFrame at offset 16). */
function walFrames(file: string): number {
  const header = Buffer.alloc(20);
  const fd = fs.openSync(`${file}-shm`, 'r');
  try {
    fs.readSync(fd, header, 0, 20, 0);
  } finally {
    fs.closeSync(fd);
  }
  return header.readUInt32LE(16);
}

/** Which b-tree each WAL frame from `from` on is a page of (walformat.html: a frame's page number opens its header). */
function pagesWritten(db: Database.Database, from: number, to: number): string[] {
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const owners = new Map(
    (
      db.prepare('SELECT pageno, name, pagetype FROM dbstat').all() as {
        pageno: number;
        name: string;
        pagetype: string;
      }[]
    ).map((r) => [r.pageno, `${r.name}${r.pagetype === 'overflow' ? ' (overflow)' : ''}`]),
  );
  const fd = fs.openSync(`${db.name}-wal`, 'r');
  const header = Buffer.alloc(4);
  const pages: string[] = [];
  try {
    for (let frame = from; frame < to; frame++) {
      fs.readSync(fd, header, 0, 4, 32 + frame * (24 + pageSize));
      const page = header.readUInt32BE(0);
      pages.push(owners.get(page) ?? `page ${page}`);
    }
  } finally {
    fs.closeSync(fd);
  }
  return pages.sort();
}

/** The pages each of an audit's first answers writes, with the audit row's prose as given. */
async function pagesPerAnswer(prose: { scenario: string; review_comment: string; persona: string }) {
  const backend = createBackend({ dataDir: tempDir('ja-save-pages-'), host: 'web', version: 'test' });
  const { audit } = await createTestAudit(backend, { client: 'Pages' });
  const db = backend.database!.db;
  db.prepare('UPDATE audits SET scenario = ?, review_comment = ?, persona = ? WHERE id = ?').run(
    prose.scenario,
    prose.review_comment,
    prose.persona,
    audit.id,
  );
  await dispatchOk(backend, 'audits.open', { id: audit.id });
  const saves: string[][] = [];
  for (const value of [true, false, true, false, true, false]) {
    const before = walFrames(db.name);
    await dispatchOk(backend, 'audits.setAnswer', {
      auditId: audit.id,
      touchpointId: 'branch',
      criterionId: 'greeting',
      value: { kind: 'yesno', value },
    });
    saves.push(pagesWritten(db, before, walFrames(db.name)));
  }
  const indexOverflow = db
    .prepare("SELECT count(*) FROM dbstat WHERE name = 'audits_loaded' AND pagetype = 'overflow'")
    .pluck()
    .get();
  backend.close();
  return { saves, indexOverflow };
}

describe('the pages a save writes', () => {
  it("hold one page of the loaded audits' index, whatever prose the audit carries (none of it is in that index)", async () => {
    const short = await pagesPerAnswer({ scenario: '', review_comment: '', persona: '' });
    // Arabic: two bytes a character, each field at its limit.
    const long = await pagesPerAnswer({
      scenario: 'ب'.repeat(LIMITS.visit.scenario),
      review_comment: 'ت'.repeat(LIMITS.visit.reviewComment),
      persona: 'ث'.repeat(LIMITS.audit.persona),
    });
    expect(long.indexOverflow).toBe(0);
    for (const { saves } of [short, long])
      for (const pages of saves) expect(pages.filter((p) => p.startsWith('audits_loaded'))).toEqual(['audits_loaded']);
    // A changed answer once the row's padding has settled: the audit row and its roll-up's changed page, its entry in
    // the loaded audits' index, the answer, the change-log row and its index, the sequence page.
    for (const pages of short.saves.slice(1)) expect(pages.length).toBeLessThanOrEqual(8);
  });
});
