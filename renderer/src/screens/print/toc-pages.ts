/**
 * Page numbers for the table of contents, computed from the laid-out report before printing.
 *
 * The report is laid out on screen at exactly the printed text width (A4 less the @page margins),
 * so every block has the height it will have on paper. Each section starts on a new page (forced
 * break), so a section's first page is 1 + the pages of the sections before it. A section's page
 * count is found by replaying the browser's fragmentation over its blocks that must not be cut
 * (charts, photos, cards, table rows: `.pb-avoid`, and headings kept with what follows:
 * `.pb-keep`): a block that would straddle a page boundary moves whole to the next page, pushing
 * everything after it down; a block taller than a page is cut anyway, so its inner blocks are
 * replayed instead. A table's header row is repeated at the top of each page it continues on.
 */

/** A4 297 mm less 16 mm top and 18 mm bottom margin, in CSS px (96 per inch). Keep in step with print.css. */
export const PAGE_CONTENT_HEIGHT_PX = ((297 - 16 - 18) * 96) / 25.4;
/** A4 210 mm less 14 mm each side, in CSS px. */
export const PAGE_CONTENT_WIDTH_PX = ((210 - 28) * 96) / 25.4;

export interface Block {
  /** Offset from the section's top, in px, as laid out without page breaks. */
  top: number;
  height: number;
  /** A heading that must stay on the page of the block after it. */
  keepWithNext?: boolean;
  /** Height of a table header repeated when this block (a row) starts a new page of its table; 0 otherwise. */
  repeatedHeader?: number;
  /** Offset of the table (or other container) this block continues, to tell a continuation from its first page. */
  containerTop?: number;
}

/** Pages a section of `height` px fills once its unbreakable blocks are moved past page ends. */
export function paginate(height: number, blocks: readonly Block[], pageHeight = PAGE_CONTENT_HEIGHT_PX): number {
  return layOut(height, blocks, pageHeight).pages;
}

/** The pages a section fills, and how far down its last page it ends (px). */
export function layOut(
  height: number,
  blocks: readonly Block[],
  pageHeight = PAGE_CONTENT_HEIGHT_PX,
): { pages: number; end: number } {
  const sorted = [...blocks].sort((a, b) => a.top - b.top);
  // Sub-pixel rounding in layout must not invent a page: allow 1 px of slack at every boundary.
  const slack = 1;
  const pageOf = (y: number) => Math.floor((y + slack) / pageHeight);
  let shift = 0;
  for (let i = 0; i < sorted.length; i++) {
    const block = sorted[i]!;
    const prev = i > 0 ? sorted[i - 1]! : null;
    // Where the previous block ended up (shift has not changed since it was placed).
    const prevTop = prev ? prev.top + shift : 0;
    let top = block.top + shift;
    let page = pageOf(top);
    const fits = block.height <= pageHeight;
    if (fits && top + block.height > (page + 1) * pageHeight + slack) {
      // Moves to the next page; a heading just before it on the same page goes along.
      const from =
        prev?.keepWithNext && pageOf(prevTop) === page && prevTop + prev.height <= top + slack ? prevTop : top;
      shift += (page + 1) * pageHeight - from;
      top = block.top + shift;
      page = pageOf(top);
    } else if (block.keepWithNext && i + 1 < sorted.length) {
      // A heading at the foot of a page whose next block will not fit under it goes to the next page too.
      const next = sorted[i + 1]!;
      const nextTop = next.top + shift;
      if (
        pageOf(nextTop) === page &&
        next.height <= pageHeight &&
        nextTop + next.height > (page + 1) * pageHeight + slack &&
        top > page * pageHeight + slack
      ) {
        shift += (page + 1) * pageHeight - top;
        top = block.top + shift;
        page = pageOf(top);
      }
    }
    // The first row of a table on a page after the table's first: the header row is repeated above it.
    if (block.repeatedHeader && prev && prev.containerTop === block.containerTop && pageOf(prevTop) < page) {
      shift += block.repeatedHeader;
    }
  }
  const pages = Math.max(1, Math.ceil((height + shift - slack) / pageHeight));
  return { pages, end: height + shift - (pages - 1) * pageHeight };
}

export interface TocEntry {
  section: string;
  /** First page of the section, counting the cover as page 1. */
  page: number;
  pages: number;
  /** Printed on under the section before, on its last page, which has room for all of it (no mostly blank pages). */
  flows?: boolean;
}

/** Space above a section that flows on under the one before (keep in step with print.css `[data-flows]`). */
export const FLOW_GAP_PX = 40;
/** Room kept free at the foot of a page a section flows onto: a measuring error must not push its end over. */
const FLOW_SLACK_PX = 12;

/** What print.css keeps whole (break-inside: avoid) and what it keeps with the next block (break-after: avoid). */
export const AVOID_SELECTOR =
  '.pb-avoid, .pb-keep, .report-scoring-help tr, .report-scoring-help p, .report-scoring-help li, .report-scoring-help h1, .report-scoring-help h2, .report-scoring-help h3';
const KEEP_SELECTOR = '.pb-keep, .report-scoring-help h1, .report-scoring-help h2, .report-scoring-help h3';

/**
 * Blocks of a laid-out section: the outermost kept-whole elements that fit a page, and inside taller ones, theirs.
 * One pass over each list in document order (an element inside the last outermost one is not outermost), and
 * each table measured once: a report has thousands of rows.
 */
export function sectionBlocks(section: HTMLElement, pageHeight = PAGE_CONTENT_HEIGHT_PX): Block[] {
  const origin = section.getBoundingClientRect().top;
  const blocks: Block[] = [];
  const tables = new Map<HTMLTableElement, { header: number; top: number } | null>();
  const tableOf = (table: HTMLTableElement) => {
    let known = tables.get(table);
    if (known === undefined) {
      const head = table.tHead;
      known = head
        ? { header: head.getBoundingClientRect().height, top: table.getBoundingClientRect().top - origin }
        : null;
      tables.set(table, known);
    }
    return known;
  };
  const visit = (root: Element) => {
    let outer: Element | null = null;
    for (const el of Array.from(root.querySelectorAll<HTMLElement>(AVOID_SELECTOR))) {
      // Only the outermost under `root`: inner ones are visited when their container is too tall.
      if (outer?.contains(el)) continue;
      outer = el;
      const rect = el.getBoundingClientRect();
      if (rect.height === 0) continue;
      if (rect.height > pageHeight && el.querySelector(AVOID_SELECTOR)) {
        visit(el);
        continue;
      }
      const block: Block = { top: rect.top - origin, height: rect.height, keepWithNext: el.matches(KEEP_SELECTOR) };
      const table = el.tagName === 'TR' ? el.closest('table') : null;
      const measured = table ? tableOf(table) : null;
      if (table && measured && el.parentElement !== table.tHead) {
        block.repeatedHeader = measured.header;
        block.containerTop = measured.top;
      }
      blocks.push(block);
    }
  };
  visit(section);
  return blocks;
}

/**
 * The table of contents' page numbers for the sections in document order. A section starts a new
 * page, unless the previous section's last page has room for the whole of it (a short section such as
 * an empty action plan): then it flows on under it. The cover, the contents and the first section
 * after them always start their page.
 */
export function computeToc(sections: readonly HTMLElement[], pageHeight = PAGE_CONTENT_HEIGHT_PX): TocEntry[] {
  return placeSections(
    sections.map((el) => ({
      section: el.dataset.section ?? '',
      height: el.getBoundingClientRect().height,
      blocks: sectionBlocks(el, pageHeight),
    })),
    pageHeight,
  );
}

/** computeToc's placing, on measured sections. */
export function placeSections(
  sections: readonly { section: string; height: number; blocks: readonly Block[] }[],
  pageHeight = PAGE_CONTENT_HEIGHT_PX,
): TocEntry[] {
  let next = 1;
  let last = 1;
  let end = pageHeight;
  return sections.map(({ section, height, blocks }, i) => {
    if (i >= 3 && end + FLOW_GAP_PX + height <= pageHeight - FLOW_SLACK_PX) {
      end += FLOW_GAP_PX + height;
      return { section, page: last, pages: 1, flows: true };
    }
    const laid = layOut(height, blocks, pageHeight);
    const entry = { section, page: next, pages: laid.pages };
    last = next + laid.pages - 1;
    next = last + 1;
    end = laid.end;
    return entry;
  });
}
