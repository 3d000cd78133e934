import { describe, expect, it } from 'vitest';
import {
  paginate,
  PAGE_CONTENT_HEIGHT_PX,
  PAGE_CONTENT_WIDTH_PX,
  placeSections,
} from '../../renderer/src/screens/print/toc-pages';

describe('page count of a report section, replaying the print fragmentation', () => {
  it('uses the A4 text area of print.css: 297 x 210 mm less 16 / 18 mm and 14 / 14 mm margins, at 96 px per inch', () => {
    expect(PAGE_CONTENT_HEIGHT_PX).toBeCloseTo(994.02, 2);
    expect(PAGE_CONTENT_WIDTH_PX).toBeCloseTo(687.87, 2);
  });

  it('fills pages with flowing text alone', () => {
    expect(paginate(0, [], 1000)).toBe(1);
    expect(paginate(999, [], 1000)).toBe(1);
    expect(paginate(1000.6, [], 1000)).toBe(1); // sub-pixel rounding does not make a page
    expect(paginate(2500, [], 1000)).toBe(3);
  });

  it('moves a block that would be cut to the next page, pushing what follows', () => {
    // 900 px of text, then a 300 px chart (would straddle 1000), then 750 px more: the chart starts at 1000, the section ends at 2050.
    expect(paginate(1950, [{ top: 900, height: 300 }], 1000)).toBe(3);
    // The same without the push would have fitted two pages.
    expect(paginate(1950, [{ top: 600, height: 300 }], 1000)).toBe(2);
  });

  it('cuts a block taller than a page where it stands', () => {
    expect(paginate(1800, [{ top: 500, height: 1300 }], 1000)).toBe(2);
  });

  it('takes a heading along with the block it is kept with', () => {
    // Heading 940-970, its table 970-1170: both move to 1000 (shift 60), so the section ends at 1260 + 740 = 2060.
    const blocks = [
      { top: 940, height: 30, keepWithNext: true },
      { top: 970, height: 200 },
    ];
    expect(paginate(1945, blocks, 1000)).toBe(3);
    expect(paginate(1935, blocks, 1000)).toBe(2);
  });

  it('moves a heading left alone at the foot of a page', () => {
    // Heading 960-990 fits, the card 990-1290 does not: the card moves, and the heading with it.
    const blocks = [
      { top: 960, height: 30, keepWithNext: true },
      { top: 990, height: 300 },
    ];
    // Shift = 1000 - 960 = 40: a section of 1965 px becomes 2005 px, three pages.
    expect(paginate(1965, blocks, 1000)).toBe(3);
  });

  it('repeats a table header on each page the table continues on', () => {
    // A table from 0 with a 20 px header and 50 px rows: rows at 20, 70, ... The row at 970 would straddle 1000 and moves
    // to 1000; the header is repeated above it (so it starts at 1020) and the rows after shift by 50 in all.
    const rows = Array.from({ length: 30 }, (_, i) => ({
      top: 20 + i * 50,
      height: 50,
      repeatedHeader: 20,
      containerTop: 0,
    }));
    const height = 20 + 30 * 50; // 1520
    // Rows 0..18 fill 20..970; row 19 (970-1020) moves to 1000 then under the header to 1020; the table ends at 1520 + 50 = 1570.
    expect(paginate(height, rows, 1000)).toBe(2);
    expect(paginate(height + 440, rows, 1000)).toBe(3);
  });
});

describe('short sections flow on under the one before (no mostly blank pages)', () => {
  const s = (section: string, height: number) => ({ section, height, blocks: [] });
  it('places a section on the last page of the one before when all of it fits there, else on a new page', () => {
    // Page 1000 px, gap 40, slack 12: findings end 300 px down their third page; 200 + 40 fits, so does
    // the next 100 + 40 (ending at 680); 400 more does not (1120 > 988), so it starts page 7.
    expect(
      placeSections(
        [
          s('cover', 900),
          s('contents', 500),
          s('summary', 200),
          s('findings', 2300),
          s('failing', 200),
          s('actions', 100),
          s('appendix', 400),
        ],
        1000,
      ),
    ).toEqual([
      { section: 'cover', page: 1, pages: 1 },
      { section: 'contents', page: 2, pages: 1 },
      { section: 'summary', page: 3, pages: 1 },
      { section: 'findings', page: 4, pages: 3 },
      { section: 'failing', page: 6, pages: 1, flows: true },
      { section: 'actions', page: 6, pages: 1, flows: true },
      { section: 'appendix', page: 7, pages: 1 },
    ]);
  });

  it('never flows the first section after the contents onto the contents page', () => {
    expect(placeSections([s('cover', 900), s('contents', 100), s('summary', 100)], 1000)[2]).toEqual({
      section: 'summary',
      page: 3,
      pages: 1,
    });
  });
});
