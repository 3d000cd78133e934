import { describe, expect, it } from 'vitest';
import { isSavedFileMethod, namesAPath, saveToChosenFile } from '../../../electron/main/save-to-chosen-file';
import { ok } from '../../../shared/result';

const exportRequest = {
  scope: { auditId: '6f1c1b9e-4d7a-4c55-9d0e-3a2b1c0d9e8f' },
  format: 'xlsx',
  destination: { kind: 'download' },
};

describe('desktop files: the save dialog decides where, never the page', () => {
  it('asks where to save a data export, then has the backend write exactly there', async () => {
    const calls: unknown[] = [];
    const asked: string[] = [];
    const result = await saveToChosenFile(
      'exports.data',
      exportRequest,
      async (i) => (calls.push(i), ok({ path: '/home/ana/out.xlsx' })),
      async (name) => (asked.push(name), '/home/ana/out.xlsx'),
    );
    expect(asked).toEqual(['journey-audit-export.xlsx']);
    expect(calls).toEqual([{ ...exportRequest, destination: { kind: 'file', path: '/home/ana/out.xlsx' } }]);
    expect(result).toEqual(ok({ path: '/home/ana/out.xlsx' }));
    await saveToChosenFile(
      'exports.data',
      { ...exportRequest, format: 'csv' },
      async () => ok({}),
      async (n) => (asked.push(n), null),
    );
    expect(asked[1]).toBe('journey-audit-export.csv');
  });

  it('writes nothing when the dialog is closed', async () => {
    const calls: unknown[] = [];
    expect(
      await saveToChosenFile(
        'exports.data',
        exportRequest,
        async (i) => (calls.push(i), ok({})),
        async () => null,
      ),
    ).toEqual(ok({ fileName: '', bytes: 0, rows: 0, cancelled: true }));
    expect(
      await saveToChosenFile(
        'packages.export',
        { name: 'Wave', destination: { kind: 'download' } },
        async (i) => (calls.push(i), ok({})),
        async () => null,
      ),
    ).toEqual(ok({ fileName: '', bytes: 0, counts: {}, cancelled: true }));
    expect(calls).toEqual([]);
  });

  it('names a package file after the package', async () => {
    const asked: string[] = [];
    await saveToChosenFile(
      'packages.export',
      { name: 'Spring wave', destination: { kind: 'download' } },
      async () => ok({}),
      async (n) => (asked.push(n), null),
    );
    await saveToChosenFile(
      'packages.export',
      { destination: { kind: 'download' } },
      async () => ok({}),
      async (n) => (asked.push(n), null),
    );
    expect(asked).toEqual(['Spring wave.zip', 'journey-audit-package.zip']);
  });

  it('refuses a path chosen by the page itself, and passes malformed input on to be refused by validation', async () => {
    const calls: unknown[] = [];
    const result = await saveToChosenFile(
      'exports.data',
      { ...exportRequest, destination: { kind: 'file', path: '/etc/passwd' } },
      async (i) => (calls.push(i), ok({})),
      async () => '/x',
    );
    expect(calls).toEqual([]);
    expect(result.ok ? null : result.error.code).toBe('NOT_ALLOWED');
    await saveToChosenFile(
      'exports.data',
      null,
      async (i) => (calls.push(['raw', i]), ok({})),
      async () => '/x',
    );
    await saveToChosenFile(
      'exports.data',
      'text',
      async (i) => (calls.push(['raw', i]), ok({})),
      async () => '/x',
    );
    expect(calls).toEqual([
      ['raw', null],
      ['raw', 'text'],
    ]);
  });

  it('knows which methods make files and which inputs name a path', () => {
    expect(isSavedFileMethod('exports.data')).toBe(true);
    expect(isSavedFileMethod('packages.export')).toBe(true);
    expect(isSavedFileMethod('clients.list')).toBe(false);
    expect(isSavedFileMethod('toString')).toBe(false);
    expect(namesAPath({ destination: { kind: 'file', path: '/a' } })).toBe(true);
    expect(namesAPath({ destination: { kind: 'download' } })).toBe(false);
    expect(namesAPath({ destination: null })).toBe(false);
    expect(namesAPath({})).toBe(false);
    expect(namesAPath(null)).toBe(false);
  });
});
