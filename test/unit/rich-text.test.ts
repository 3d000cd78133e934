import { describe, expect, it } from 'vitest';
import { parseRichText, parseSpans } from '../../shared/reports/rich-text';

const plain = (text: string) => ({ text, bold: false });

describe('the report text markup', () => {
  it('makes paragraphs, headings, bulleted and numbered lists', () => {
    const blocks = parseRichText(
      '## Overview\nThe branch is **clean**.\nStaff are friendly.\n\n- Greet within 30 s\n- Fix the sign\n\n1. Train\n2) Measure\n',
    );
    expect(blocks).toEqual([
      { type: 'heading', line: [plain('Overview')] },
      {
        type: 'paragraph',
        lines: [[plain('The branch is '), { text: 'clean', bold: true }, plain('.')], [plain('Staff are friendly.')]],
      },
      { type: 'bullets', items: [[plain('Greet within 30 s')], [plain('Fix the sign')]] },
      { type: 'numbers', items: [[plain('Train')], [plain('Measure')]] },
    ]);
  });

  it('keeps markup-looking text as text: no HTML is ever produced', () => {
    const blocks = parseRichText('<img src=x onerror=alert(1)> and <script>x</script>');
    expect(blocks).toEqual([
      { type: 'paragraph', lines: [[plain('<img src=x onerror=alert(1)> and <script>x</script>')]] },
    ]);
  });

  it('leaves an unmatched ** as written, and handles Arabic and CRLF', () => {
    expect(parseSpans('5 ** 2')).toEqual([plain('5 ** 2')]);
    expect(parseRichText('- **مهم** جدًا\r\n- ثانيًا')).toEqual([
      { type: 'bullets', items: [[{ text: 'مهم', bold: true }, plain(' جدًا')], [plain('ثانيًا')]] },
    ]);
  });

  it('gives nothing for empty or blank text', () => {
    expect(parseRichText('')).toEqual([]);
    expect(parseRichText(' \n\n  ')).toEqual([]);
  });
});
