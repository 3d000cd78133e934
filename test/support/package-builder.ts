import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readPackage } from '../../electron/backend/exchange/read-package';
import { writeZip, type ZipEntryInput } from '../../electron/backend/exchange/zip';
import { RECORD_KINDS, recordEntryPath, type PackageManifest } from '../../shared/exchange/package-format';

export type Rows = Record<string, Record<string, unknown>[]>;

const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * A package taken apart (its records as plain rows, its photos) so a test can edit it by hand
 * and zip it again with a manifest whose checksums match: what a person editing an export would do.
 */
export function packageEditor(exported: Buffer) {
  const read = readPackage(exported);
  const records = JSON.stringify(read.records);
  return {
    records: () => JSON.parse(records) as Rows,
    /** Zipped again after `edit` (the records, and the photos' entries in package order, which it may change). */
    build(edit: (r: Rows, photos: ZipEntryInput[]) => void = () => {}): Buffer {
      const r = JSON.parse(records) as Rows;
      const photos: ZipEntryInput[] = [...read.photos].map(([s, p]) => ({
        name: `evidence/${s}.${p.ext}`,
        data: p.bytes(),
        method: 0,
      }));
      edit(r, photos);
      const entries: ZipEntryInput[] = [
        ...RECORD_KINDS.map((k) => ({ name: recordEntryPath(k), data: Buffer.from(JSON.stringify(r[k])) })),
        ...photos,
      ];
      const manifest: PackageManifest = {
        format: 'journey-audit.package',
        formatVersion: 1,
        createdAt: '2027-03-02T10:00:00.000Z',
        appVersion: 'test',
        name: 'Edited by hand',
        entries: entries.map((e) => ({ path: e.name, sha256: sha(e.data), bytes: e.data.length })),
        counts: Object.fromEntries(RECORD_KINDS.map((k) => [k, r[k]!.length])) as PackageManifest['counts'],
      };
      return writeZip([{ name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest)) }, ...entries]);
    },
  };
}

/** Every file (by content hash) and every folder under `dir`: equal snapshots mean byte-identical (an empty folder counts). */
export function snapshotDir(dir: string, ignore: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const rel = path.relative(dir, p);
      if (ignore.includes(rel)) continue;
      if (e.isDirectory()) {
        out[`${rel}/`] = 'folder';
        walk(p);
      }
      // The -shm file is SQLite's shared-memory index of the WAL (read marks), not data.
      else if (!e.name.endsWith('-shm')) out[rel] = createHash('sha256').update(fs.readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}
