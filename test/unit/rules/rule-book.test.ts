import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../../shared/domain/template';
import {
  answerRefusal,
  asSentence,
  auditLock,
  baselineRefusal,
  comparisonRefusal,
  daysInMonth,
  hasForbiddenLineCharacters,
  hasForbiddenProseCharacters,
  inEnglish,
  isCalendarDate,
  suggestedFileName,
  unknownScopeStages,
  withoutForbiddenCharacters,
  LIMITS,
} from '../../../shared/rules';
import { exportFileName } from '../../../electron/backend/exports/export-data';
import { packageFileName } from '../../../electron/backend/exchange/export-package';
import { reportFileName } from '../../../renderer/src/screens/reports/ExportDialog';

const criterion = (scale: Criterion['scale'], allowNa = true): Criterion => ({
  id: 'c',
  question: 'Q?',
  guidance: '',
  family: 'general',
  scale,
  weight: 1,
  critical: false,
  allowNa,
});

describe('calendar dates', () => {
  it('knows which days exist', () => {
    expect(isCalendarDate('2025-02-28')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-30')).toBe(false);
    expect(isCalendarDate('2025-04-31')).toBe(false);
    expect(isCalendarDate('2025-04-30')).toBe(true);
    expect(isCalendarDate('2025-12-31')).toBe(true);
    expect(isCalendarDate('2025-01-31')).toBe(true);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2025-00-10')).toBe(false);
    expect(isCalendarDate('2025-01-00')).toBe(false);
    expect(isCalendarDate('2025-1-01')).toBe(false);
    expect(isCalendarDate('<img src=x onerror=alert(1)>')).toBe(false);
    expect(isCalendarDate('x2025-01-01')).toBe(false);
    expect(isCalendarDate('2025-01-01x')).toBe(false);
    expect([1, 3, 5, 7, 8, 10, 12].map((m) => daysInMonth(2025, m))).toEqual([31, 31, 31, 31, 31, 31, 31]);
    expect([4, 6, 9, 11].map((m) => daysInMonth(2025, m))).toEqual([30, 30, 30, 30]);
    expect([2023, 2024, 2100, 2400].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29]);
  });
});

describe('text', () => {
  it('refuses controls and bidi overrides, keeps direction marks, and lets prose hold line breaks', () => {
    for (const bad of ['a\u0000', '\u0007', 'x\u001f', '\u007f', '\u0085', '\u202a', '\u202e', '\u2066', '\u2069'])
      expect(hasForbiddenLineCharacters(bad), JSON.stringify(bad)).toBe(true);
    for (const good of ['Cedar Bank', 'بنك \u200f', '\u200e', 'ş ț ă', '\u2065', '\u202f', '\u00a0'])
      expect(hasForbiddenLineCharacters(good), JSON.stringify(good)).toBe(false);
    expect(hasForbiddenLineCharacters('a\nb')).toBe(true);
    expect(hasForbiddenProseCharacters('a\nb\r\n\tc')).toBe(false);
    for (const bad of ['\u0000', '\u0008', '\u000b', '\u000c', '\u000e', '\u001f', '\u007f', '\u202e', '\u2068'])
      expect(hasForbiddenProseCharacters(bad), JSON.stringify(bad)).toBe(true);
    expect(withoutForbiddenCharacters('In\u0000voice\u202efdp.exe')).toBe('Invoicefdp.exe');
  });

  it('one file-name rule for CSV, XLSX, package and PDF names', () => {
    expect(suggestedFileName(['Invoice\u202efdp.exe', '2027'], 'csv', 'f')).toBe('Invoice-fdp.exe - 2027.csv');
    expect(suggestedFileName(['  ', ''], 'zip', 'fallback')).toBe('fallback.zip');
    expect(suggestedFileName(['..hidden', 'a/b:c'], 'pdf', 'f')).toBe('hidden - a-b-c.pdf');
    expect(suggestedFileName(['name. '], 'pdf', 'f')).toBe('name.pdf');
    expect(suggestedFileName(['a   b\u0000c'], 'pdf', 'f')).toBe('a b-c.pdf');
    expect(suggestedFileName(['x'.repeat(500)], 'pdf', 'f')).toBe(`${'x'.repeat(LIMITS.fileName)}.pdf`);
    expect(exportFileName(['Nul\u0000Co', 'Visit\u202e'], 'xlsx')).toBe('Nul-Co - Visit-.xlsx');
    expect(packageFileName('Pack\u202eage')).toBe('Pack-age.zip');
    expect(reportFileName('Cedar', 'Spoof\u202efdp.exe', '2027-01-01', 'pdf')).toBe(
      'Cedar - Spoof-fdp.exe - 2027-01-01.pdf',
    );
  });
});

describe('locks', () => {
  it('reviewed wins over complete; open audits have none', () => {
    expect(auditLock({ status: 'complete', review_status: 'reviewed' })).toBe('reviewed');
    expect(auditLock({ status: 'in_progress', review_status: 'reviewed' })).toBe('reviewed');
    expect(auditLock({ status: 'complete', review_status: 'none' })).toBe('complete');
    expect(auditLock({ status: 'complete' })).toBe('complete');
    expect(auditLock({ status: 'in_progress', review_status: 'returned' })).toBeNull();
    expect(auditLock({ status: 'draft', review_status: null })).toBeNull();
  });
});

describe('audit rules', () => {
  it('an answer fits its criterion', () => {
    expect(answerRefusal(null, criterion({ type: 'yesno' }))).toBeNull();
    expect(answerRefusal({ kind: 'yesno', value: true }, criterion({ type: 'yesno' }))).toBeNull();
    expect(inEnglish(answerRefusal({ kind: 'scale', value: 7 }, criterion({ type: 'scale5' }))!)).toBe(
      'the answer does not fit the scale of "Q?"',
    );
    expect(answerRefusal({ kind: 'scale', value: 0 }, criterion({ type: 'scale5' }))).not.toBeNull();
    expect(answerRefusal({ kind: 'scale', value: 5 }, criterion({ type: 'scale5' }))).toBeNull();
    expect(answerRefusal({ kind: 'scale', value: 0 }, criterion({ type: 'scale10' }))).toBeNull();
    expect(answerRefusal({ kind: 'na' }, criterion({ type: 'yesno' }, false))).toEqual({
      key: 'naNotAllowed',
      params: { question: 'Q?' },
    });
    expect(answerRefusal({ kind: 'na' }, criterion({ type: 'yesno' }, true))).toBeNull();
    expect(answerRefusal({ kind: 'yesno', value: true }, criterion({ type: 'scale10' }))).not.toBeNull();
  });

  it('scope stages exist; a baseline is another audit of the same client', () => {
    const def = { stages: [{ id: 'a' }, { id: 'b' }] } as Parameters<typeof unknownScopeStages>[0];
    expect(unknownScopeStages(def, { stageIds: ['a', 'zz', 'b', 'q'], kinds: ['digital'] })).toEqual(['zz', 'q']);
    expect(unknownScopeStages(def, { stageIds: [], kinds: ['digital'] })).toEqual([]);
    expect(inEnglish(baselineRefusal({ id: '1', clientId: 'c' }, { id: '1', clientId: 'c' })!)).toBe(
      'an audit cannot be its own baseline',
    );
    expect(inEnglish(baselineRefusal({ id: '1', clientId: 'c' }, { id: '2', clientId: 'd' })!)).toBe(
      'the baseline must be an audit of the same client',
    );
    expect(baselineRefusal({ id: '1', clientId: 'c' }, { id: '2', clientId: 'c' })).toBeNull();
    expect(comparisonRefusal({ id: '1', clientId: 'c' }, { id: '2', clientId: 'd' })).not.toBeNull();
    expect(comparisonRefusal({ id: '1', clientId: 'c' }, { id: '2', clientId: 'c' })).toBeNull();
    expect(asSentence(comparisonRefusal({ id: '1', clientId: 'c' }, { id: '2', clientId: 'd' })!)).toBe(
      'Only audits of the same client can be compared.',
    );
  });
});
