import { describe, expect, it } from 'vitest';
import { isPastRetention, retentionCutoff, shopperKey } from '../../../shared/rules/retention';

describe('retentionCutoff', () => {
  it('counts whole months back, across year ends', () => {
    expect(retentionCutoff('2027-05-10', 1)).toBe('2027-04-10');
    expect(retentionCutoff('2027-01-15', 1)).toBe('2026-12-15');
    expect(retentionCutoff('2027-12-31', 12)).toBe('2026-12-31');
    expect(retentionCutoff('2027-05-10', 24)).toBe('2025-05-10');
    expect(retentionCutoff('2027-03-09', 14)).toBe('2026-01-09');
    expect(retentionCutoff('2027-12-01', 11)).toBe('2027-01-01');
    expect(retentionCutoff('2027-01-01', 120)).toBe('2017-01-01');
  });

  it('clamps to the last day of a shorter month, leap years included', () => {
    expect(retentionCutoff('2027-03-31', 1)).toBe('2027-02-28');
    expect(retentionCutoff('2024-03-31', 1)).toBe('2024-02-29');
    expect(retentionCutoff('2027-07-31', 1)).toBe('2027-06-30');
    expect(retentionCutoff('2027-08-31', 1)).toBe('2027-07-31');
    expect(retentionCutoff('2027-03-30', 1)).toBe('2027-02-28');
    expect(retentionCutoff('2027-03-28', 1)).toBe('2027-02-28');
    expect(retentionCutoff('2027-03-01', 1)).toBe('2027-02-01');
  });

  it('writes four-digit years and two-digit months and days', () => {
    expect(retentionCutoff('0012-02-05', 2)).toBe('0011-12-05');
    expect(retentionCutoff('2027-11-09', 1)).toBe('2027-10-09');
  });
});

describe('isPastRetention', () => {
  it('only a visit strictly before the cutoff is past', () => {
    expect(isPastRetention('2027-02-27', '2027-02-28')).toBe(true);
    expect(isPastRetention('2027-02-28', '2027-02-28')).toBe(false);
    expect(isPastRetention('2027-03-01', '2027-02-28')).toBe(false);
    expect(isPastRetention('2026-12-31', '2027-01-01')).toBe(true);
  });
});

describe('shopperKey', () => {
  it('folds spaces, case and Unicode form; keeps letters with diacritics apart', () => {
    expect(shopperKey('Ana  Pop')).toBe('ana pop');
    expect(shopperKey('  ANA\t\nPop ')).toBe('ana pop');
    expect(shopperKey('Ana\u0306')).toBe(shopperKey('Ană'));
    expect(shopperKey('Ana\u0306')).toBe('ană');
    expect(shopperKey('Ană')).not.toBe(shopperKey('Ana'));
    expect(shopperKey('')).toBe('');
    expect(shopperKey('محمد  علي')).toBe('محمد علي');
  });
});
