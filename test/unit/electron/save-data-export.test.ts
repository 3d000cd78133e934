import { describe, expect, it } from 'vitest';
import { saveDataExport } from '../../../electron/main/save-data-export';
import { ok } from '../../../shared/result';

const request = {
  scope: { auditId: '6f1c1b9e-4d7a-4c55-9d0e-3a2b1c0d9e8f' },
  format: 'xlsx',
  destination: { kind: 'download' },
};

describe('desktop data export: the save dialog decides where', () => {
  it('asks where to save, then has the backend write exactly there', async () => {
    const calls: unknown[] = [];
    const asked: string[] = [];
    const result = await saveDataExport(
      request,
      async (i) => (calls.push(i), ok({ path: '/home/ana/out.xlsx' })),
      async (name) => (asked.push(name), '/home/ana/out.xlsx'),
    );
    expect(asked).toEqual(['journey-audit-export.xlsx']);
    expect(calls).toEqual([{ ...request, destination: { kind: 'file', path: '/home/ana/out.xlsx' } }]);
    expect(result).toEqual(ok({ path: '/home/ana/out.xlsx' }));
  });

  it('writes nothing when the dialog is closed', async () => {
    const calls: unknown[] = [];
    const result = await saveDataExport(
      request,
      async (i) => (calls.push(i), ok({})),
      async () => null,
    );
    expect(calls).toEqual([]);
    expect(result).toEqual(ok({ fileName: '', bytes: 0, rows: 0, cancelled: true }));
  });

  it('refuses a path chosen by the page itself', async () => {
    const calls: unknown[] = [];
    const result = await saveDataExport(
      { ...request, destination: { kind: 'file', path: '/etc/passwd' } },
      async (i) => (calls.push(i), ok({})),
      async () => '/x',
    );
    expect(calls).toEqual([]);
    expect(result.ok ? null : result.error.code).toBe('NOT_ALLOWED');
  });
});
