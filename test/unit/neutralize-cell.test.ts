import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../electron/backend/exports/csv-export';
import { cellText, FORMULA_TRIGGERS, neutralizeCell, neutralizeText } from '../../shared/exports/neutralize-cell';

describe('neutralising spreadsheet text', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2 min', "'-2 min"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['＝1+1', "'＝1+1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
  ])('prefixes %j with a quote', (text, expected) => {
    expect(neutralizeText(text)).toBe(expected);
  });

  it.each([
    '<img src=x onerror=alert(1)>',
    'a = b + c',
    'price: -5',
    "'already quoted",
    '',
    ' =1+1 (leading space is text)',
    'استقبال ممتاز',
    'Banca Carpați',
  ])('leaves %j as it is', (text) => {
    expect(neutralizeText(text)).toBe(text);
  });

  it('covers every trigger OWASP lists', () => {
    for (const c of ['=', '+', '-', '@', '\t', '\r']) expect(FORMULA_TRIGGERS).toContain(c);
    for (const c of FORMULA_TRIGGERS) expect(neutralizeText(`${c}x`)).toBe(`'${c}x`);
  });

  it('never touches numbers, booleans or empty cells', () => {
    expect(neutralizeCell(-5)).toBe(-5);
    expect(neutralizeCell(0.75)).toBe(0.75);
    expect(neutralizeCell(false)).toBe(false);
    expect(neutralizeCell(null)).toBeNull();
    expect(neutralizeCell('-5')).toBe("'-5");
  });

  it('makes line breaks LF after neutralising', () => {
    expect(cellText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(cellText('\r\n=1')).toBe("'\n=1");
  });
});

describe('CSV fields (RFC 4180)', () => {
  it('quotes text, doubles quotes, writes numbers and booleans bare and null as nothing', () => {
    expect(csvField('plain')).toBe('"plain"');
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField(-1.5)).toBe('-1.5');
    expect(csvField(2 / 3)).toBe(String(2 / 3));
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('""');
  });

  it('writes a BOM, a header of column ids and CRLF after every record', () => {
    const csv = toCsv({
      name: 't',
      columns: [
        { id: 'id', kind: 'text' },
        { id: 'n', kind: 'number' },
      ],
      rows: [
        { id: 'a', n: 1 },
        { id: '@b', n: null },
      ],
    }).toString('utf8');
    expect(csv).toBe('\uFEFF"id","n"\r\n"a",1\r\n"\'@b",\r\n');
  });
});
