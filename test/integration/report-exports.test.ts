import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { DataExportResult } from '../../shared/api/exports-api';
import type { MethodInput, MethodName } from '../../shared/contract';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';
import { dispatchOk } from '../support/dispatch';
import { downloadedBytes } from '../support/downloaded';

/** The report of an audit and its data exports must carry the same facts: actions, records, visit moments. */
let backend: Backend;
const now = new Date('2027-07-01T09:00:00Z');
const call = <M extends MethodName>(method: M, input: MethodInput<M>) => dispatchOk(backend, method, input);

beforeEach(() => {
  backend = createBackend({ dataDir: tempDir('ja-report-exports-'), host: 'web', version: 'test', now: () => now });
});
afterEach(() => backend.close());

const decode = (r: DataExportResult) => downloadedBytes(r);
const csvRecords = (r: DataExportResult) =>
  parse(decode(r), { bom: true, columns: true, skip_empty_lines: false }) as Record<string, string>[];
async function sheets(r: DataExportResult): Promise<Record<string, Record<string, ExcelJS.CellValue>[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(decode(r) as unknown as ArrayBuffer);
  const out: Record<string, Record<string, ExcelJS.CellValue>[]> = {};
  for (const sheet of wb.worksheets) {
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
    const rows: Record<string, ExcelJS.CellValue>[] = [];
    for (let i = 2; i <= sheet.rowCount; i++)
      rows.push(Object.fromEntries(header.map((h, c) => [h, sheet.getRow(i).getCell(c + 1).value ?? null])));
    out[sheet.name] = rows;
  }
  return out;
}

async function clientAndTemplate() {
  const client = await call('clients.create', { name: 'Cedar Bank' });
  const template = await call('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
  return { client, template };
}

describe('one rule for the actions of a report', () => {
  it("a follow-up's spreadsheet lists the same actions as its PDF: the baseline's, its own and the client-wide ones", async () => {
    const { client, template } = await clientAndTemplate();
    const base = { clientId: client.id, templateId: template.id, site: 'Main St' };
    const baseline = await call('audits.create', { ...base, title: 'Baseline', auditDate: '2027-01-10' });
    const followUp = await call('audits.create', { ...base, title: 'Follow-up', auditDate: '2027-06-10' });
    const other = await call('audits.create', { ...base, title: 'Other', site: 'Elsewhere', auditDate: '2027-03-01' });
    const a1 = await call('actions.create', { clientId: client.id, auditId: baseline.id, title: 'Greet faster' });
    const a2 = await call('actions.create', { clientId: client.id, auditId: baseline.id, title: 'Fix the sign' });
    const a3 = await call('actions.create', { clientId: client.id, title: 'Client-wide plan' });
    await call('actions.create', { clientId: client.id, auditId: other.id, title: 'Belongs elsewhere' });

    const report = await call('reports.data', { auditId: followUp.id, photos: false });
    expect(report.baseline?.audit.id).toBe(baseline.id);
    const inPdf = report.actions.map((a) => a.id).sort();
    expect(inPdf).toEqual([a1.id, a2.id, a3.id].sort());

    const xlsx = await call('exports.data', {
      scope: { auditId: followUp.id },
      format: 'xlsx',
      destination: { kind: 'download' },
    });
    const inXlsx = (await sheets(xlsx)).Actions!.map((a) => a.action_id as string).sort();
    expect(inXlsx).toEqual(inPdf);
  });
});

describe('exports carry what the PDF knows', () => {
  it("writes each touchpoint's emotion, pain points, what worked and recommendation, and values in words beside codes", async () => {
    const { client, template } = await clientAndTemplate();
    const audit = await call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Spring',
      site: 'Main St',
      auditDate: '2027-01-10',
    });
    await call('audits.setAnswer', {
      auditId: audit.id,
      touchpointId: 'branch',
      criterionId: 'greeting',
      value: { kind: 'yesno', value: false },
    });
    await call('audits.setAnswer', {
      auditId: audit.id,
      touchpointId: 'branch',
      criterionId: 'wait',
      value: { kind: 'option', optionId: 'long' },
    });
    const record = { auditId: audit.id, touchpointId: 'branch' };
    await call('audits.setRecord', { ...record, field: 'emotion', value: 2 });
    await call('audits.setRecord', { ...record, field: 'painPoints', value: 'Queue of 12, one teller' });
    await call('audits.setRecord', { ...record, field: 'worked', value: 'Clean hall' });
    await call('audits.setRecord', { ...record, field: 'recommendation', value: '=Open a second desk' });

    const csv = csvRecords(
      await call('exports.data', {
        scope: { auditId: audit.id },
        format: 'csv',
        destination: { kind: 'download' },
        language: 'ro',
      }),
    );
    const branch = csv.filter((r) => r.touchpoint_id === 'branch');
    expect(branch.length).toBe(4);
    for (const row of branch)
      expect(row).toMatchObject({
        emotion: '2',
        emotion_label: 'Frustrat',
        pain_points: 'Queue of 12, one teller',
        worked: 'Clean hall',
        recommendation: "'=Open a second desk",
        kind: 'human',
        kind_label: 'Uman',
      });
    const greeting = branch.find((r) => r.criterion_id === 'greeting')!;
    expect([greeting.answer_code, greeting.answer, greeting.state, greeting.state_label]).toEqual([
      'no',
      'Nu',
      'answered',
      'Răspuns',
    ]);
    const wait = branch.find((r) => r.criterion_id === 'wait')!;
    expect([wait.answer_code, wait.answer]).toEqual(['long', 'Over 5 min']);
    // A touchpoint with no record has empty record cells, never a guessed emotion.
    expect(csv.find((r) => r.touchpoint_id === 'website')).toMatchObject({ emotion: '', pain_points: '' });

    const xlsx = await sheets(
      await call('exports.data', {
        scope: { auditId: audit.id },
        format: 'xlsx',
        destination: { kind: 'download' },
        language: 'ar',
      }),
    );
    expect(Object.keys(xlsx)).toEqual(['Summary', 'Answers', 'Touchpoints', 'Visits', 'Actions', 'Metrics']);
    const tp = xlsx.Touchpoints!.find((r) => r.touchpoint_id === 'branch')!;
    expect(tp).toMatchObject({ emotion: 2, emotion_label: 'محبط', kind_label: 'بشرية', worked: 'Clean hall' });
    // Branch: greeting is critical and failed, so the touchpoint scores 0 whatever the rest.
    expect(tp).toMatchObject({ knockout_failed: true, score: 0 });
    expect(xlsx.Touchpoints!.map((r) => r.touchpoint_id)).toEqual(['website', 'branch', 'signage']);
    expect(xlsx.Visits).toEqual([]);
  });

  it('writes a visit’s wave, shopper, scenario, tapped moments and the times between them', async () => {
    const { client, template } = await clientAndTemplate();
    const visit = await call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Visit 1',
      auditType: 'mystery-shop',
      auditDate: '2027-02-01',
    });
    const wave = await call('waves.create', { clientId: client.id, name: 'Wave 1' });
    const site = await call('sites.create', { clientId: client.id, name: 'Cluj Center', region: 'North' });
    await call('visits.update', {
      auditId: visit.id,
      changes: { waveId: wave.id, siteId: site.id, shopper: 'Ioana', scenario: 'Open an account' },
    });
    const stamps: [string, string][] = [
      ['entered', '2027-02-01T10:00:00.000Z'],
      ['greeted', '2027-02-01T10:03:30.000Z'],
      ['served', '2027-02-01T10:15:00.000Z'],
      ['left', '2027-02-01T10:20:05.000Z'],
    ];
    for (const [moment, at] of stamps)
      await call('visits.stamp', { auditId: visit.id, moment: moment as 'entered', at });

    const csv = csvRecords(
      await call('exports.data', { scope: { auditId: visit.id }, format: 'csv', destination: { kind: 'download' } }),
    );
    // 3 min 30 s waiting; 11 min 30 s service (greeted → served); 20 min 5 s in all.
    expect(csv[0]).toMatchObject({
      audit_type: 'mystery-shop',
      wave_id: wave.id,
      wave_name: 'Wave 1',
      shopper: 'Ioana',
      scenario: 'Open an account',
      entered_at: '2027-02-01T10:00:00.000Z',
      greeted_at: '2027-02-01T10:03:30.000Z',
      paid_at: '',
      waiting_seconds: '210',
      service_seconds: '690',
      total_seconds: '1205',
    });
    const xlsx = await sheets(
      await call('exports.data', { scope: { auditId: visit.id }, format: 'xlsx', destination: { kind: 'download' } }),
    );
    expect(xlsx.Visits).toHaveLength(1);
    expect(xlsx.Visits![0]).toMatchObject({
      site_id: site.id,
      region: 'North',
      wave_name: 'Wave 1',
      shopper: 'Ioana',
      waiting_seconds: 210,
      service_seconds: 690,
      total_seconds: 1205,
      moments_out_of_order: false,
    });

    // A mis-tap (greeted before entered) is flagged in the sheet, and no waiting time is invented.
    await call('visits.stamp', { auditId: visit.id, moment: 'greeted', at: '2027-02-01T09:59:00.000Z' });
    const again = await sheets(
      await call('exports.data', { scope: { auditId: visit.id }, format: 'xlsx', destination: { kind: 'download' } }),
    );
    expect(again.Visits![0]).toMatchObject({ moments_out_of_order: true, waiting_seconds: null });
  });
});
