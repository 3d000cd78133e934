import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE_NAME } from '../../electron/backend/backend';
import { foldText } from '../../shared/search/fold-text';
import { dispatchOk } from '../support/dispatch';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';

/**
 * A user's database is theirs: it must open in the sqlite3 their system has (Debian 12 ships 3.40, whose parser has
 * a fixed stack), not only in the SQLite this app bundles. CI installs Debian's `sqlite3`; the file is read there
 * and written there, so every trigger the schema holds is parsed and run by that SQLite.
 */
const sqlite3 = (file: string, sql: string) =>
  execFileSync('sqlite3', ['-batch', file, sql], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

describe("the app's database in the system's sqlite3", () => {
  it('opens, checks whole, and takes a note whose Arabic marks the findings index folds as the app does', async () => {
    const dataDir = tempDir('ja-older-sqlite-');
    const backend = createBackend({ dataDir, host: 'web', version: 'test' });
    const client = await dispatchOk(backend, 'clients.create', { name: 'بنك الأرز' });
    const template = await dispatchOk(backend, 'templates.import', {
      fileName: 't.json',
      text: JSON.stringify(testTemplate()),
    });
    const audit = await dispatchOk(backend, 'audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'زيارة',
      auditDate: '2027-01-15',
    });
    const at = { auditId: audit.id, touchpointId: 'website', criterionId: 'ease' };
    await dispatchOk(backend, 'audits.setNote', { ...at, note: 'مَرْحَبًا بِكُمْ' });
    backend.close();
    const file = path.join(dataDir, DATABASE_FILE_NAME);

    const version = sqlite3(file, 'SELECT sqlite_version()');
    expect(version).toMatch(/^3\.\d+\.\d+$/);
    expect(sqlite3(file, 'PRAGMA integrity_check')).toBe('ok');
    expect(sqlite3(file, 'SELECT shown FROM findings_fts WHERE findings_fts MATCH \'"مرحبا"*\'')).toBe('مَرْحَبًا بِكُمْ');

    // Written by that SQLite: the triggers it runs fold as foldText does, and the app reads what it wrote.
    const written = 'إِلى اللِّقَاءِ، شُكْرًا';
    sqlite3(file, `UPDATE answers SET note = '${written}' WHERE audit_id = '${audit.id}'`);
    expect(sqlite3(file, 'SELECT body FROM findings_fts')).toBe(foldText(written));
    const reopened = createBackend({ dataDir, host: 'web', version: 'test' });
    const hits = await dispatchOk(reopened, 'search.findings', { query: 'الي شكرا', clientId: client.id });
    expect(hits.map((h) => h.text)).toEqual([written]);
    reopened.close();
  });
});
