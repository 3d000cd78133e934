import type { ColumnKind } from '../../../shared/exports/export-table';
import { cellText, type CellValue } from '../../../shared/exports/neutralize-cell';
import { AppError } from '../../../shared/result';
import type { ExportFile } from './export-file';
import { ZipWriter, type ZipEntry } from './zip-writer';

export interface XlsxOptions {
  /** Sheets read right to left (the export language is Arabic). */
  rightToLeft: boolean;
  /** Stamped as the workbook's creation time. */
  createdAt: Date;
  /**
   * zlib level, 1 (fast) to 9 (small). 1 by default: the XML of shared-string cells is so repetitive
   * that level 1 already makes the file smaller than the CSV, and higher levels cost more time than
   * they save in bytes (measured on 192,000 answers).
   */
  compression?: number;
}

/** Excel's last row: 1,048,576 including the header. */
export const XLSX_MAX_ROWS = 1_048_575;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Rows read to size the columns (held until the sheet's head is written). */
const WIDTH_SAMPLE = 500;
/**
 * Distinct texts kept in the shared-string table, and the longest text shared. The same names,
 * questions and labels repeat on every row, so a cell becomes a short index; past this many (free
 * text, timestamps) cells carry their text inline, which keeps the writer's memory bounded.
 */
const MAX_SHARED = 50_000;
const MAX_SHARED_LENGTH = 200;

/** Cell styles (cellXfs in styles.xml): 0 plain, 1 bold header, 2 percent with one decimal. */
const STYLE_HEADER = 1;
const STYLE_PERCENT = 2;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;

/** Text as XML character data; characters XML cannot hold at all are written as OOXML's _xHHHH_ escapes. */
function xmlText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return (
    text
      // Excel reads "_xHHHH_" as the character HHHH ("_x003D_" as "="): a literal one is written with its "_" escaped,
      // so the text stays the text (and the formula guard's quote stays in front of what reads as "=").
      .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(
        /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
        (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
      )
  );
}

const inlineCell = (open: string, xml: string) =>
  `${open} t="inlineStr"><is><t xml:space="preserve">${xml}</t></is></c>`;

/** Column letters: 0 -> A, 25 -> Z, 26 -> AA. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A column as a sheet writes it. */
export interface XlsxColumn {
  id: string;
  kind: ColumnKind;
}

/**
 * An XLSX workbook written by hand as SpreadsheetML straight into an export file, sheet by sheet
 * as the rows come: the stable column ids form a bold header row, frozen and with an autofilter;
 * text is a string cell (neutralised, never a formula) from the shared-string table, numbers are
 * numbers, fractions carry a percent format, booleans are TRUE / FALSE, null and empty text no cell. Memory
 * stays flat in the number of rows: a few compressed pieces, the column sample and the bounded
 * shared-string table. Sheets appear in the order they were opened.
 */
export class XlsxWriter {
  private readonly zip: ZipWriter;
  /** Text -> the end of its cell (`" t="s"><v>12</v></c>`): a cell is its opening, its row number and this. */
  private readonly shared = new Map<string, string>();
  private readonly sharedXml: string[] = [];
  private readonly sheets: XlsxSheet[] = [];

  constructor(
    file: ExportFile,
    private readonly options: XlsxOptions,
  ) {
    this.zip = new ZipWriter(file, options.createdAt, options.compression ?? 1);
  }

  /**
   * Opens a sheet. A `direct` sheet streams into the file (one at a time: the big one); others are
   * kept compressed until the end. `inline` columns (free text, timestamps: nearly one value a row)
   * write their text in the cell, where sharing would only fill the table.
   */
  sheet(
    name: string,
    columns: readonly XlsxColumn[],
    { direct = false, inline = [] }: { direct?: boolean; inline?: readonly string[] } = {},
  ): XlsxSheet {
    const index = this.sheets.length + 1;
    const sheet = new XlsxSheet(
      this,
      name,
      columns,
      this.zip.entry(`xl/worksheets/sheet${index}.xml`, { direct }),
      this.options.rightToLeft,
      new Set(inline),
    );
    this.sheets.push(sheet);
    return sheet;
  }

  /** @internal A text cell (`open` is `<c r="B7"` and its style): its shared string, or its text inline once the table is full. */
  textCell(open: string, value: string): string {
    let tail = this.shared.get(value);
    if (tail === undefined) {
      const xml = xmlText(cellText(value));
      if (this.sharedXml.length >= MAX_SHARED || value.length > MAX_SHARED_LENGTH) return inlineCell(open, xml);
      tail = ` t="s"><v>${this.sharedXml.length}</v></c>`;
      this.shared.set(value, tail);
      this.sharedXml.push(xml);
    }
    return open + tail;
  }

  /** Ends every sheet and writes the workbook's other parts and the ZIP directory. */
  async finish(): Promise<void> {
    for (const s of this.sheets) await s.end();
    const zip = this.zip;
    const sheets = this.sheets.map((s, i) => ({ name: s.name, file: `sheet${i + 1}.xml`, rel: `rId${i + 1}` }));
    const strings = zip.entry('xl/sharedStrings.xml');
    strings.write(`${XML_HEAD}<sst xmlns="${MAIN_NS}" uniqueCount="${this.sharedXml.length}">`);
    for (const xml of this.sharedXml) strings.write(`<si><t xml:space="preserve">${xml}</t></si>`);
    strings.write('</sst>');
    await strings.end();
    await zip.add(
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        sheets
          .map(
            (s) =>
              `<Override PartName="/xl/worksheets/${s.file}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    );
    await zip.add(
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        '</Relationships>',
    );
    const created = this.options.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
    await zip.add(
      'docProps/core.xml',
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        '<dc:creator>Journey Audit</dc:creator>' +
        `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified>` +
        '</cp:coreProperties>',
    );
    await zip.add(
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
        sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="${s.rel}"/>`).join('') +
        '</sheets></workbook>',
    );
    await zip.add(
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets
          .map((s) => `<Relationship Id="${s.rel}" Type="${REL_NS}/worksheet" Target="worksheets/${s.file}"/>`)
          .join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId${sheets.length + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` +
        '</Relationships>',
    );
    await zip.add(
      'xl/styles.xml',
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>' +
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
        '</styleSheet>',
    );
    zip.finish();
  }
}

/** One sheet being written: rows go in one by one, in order. */
export class XlsxSheet {
  private readonly ids: string[];
  private readonly kinds: ColumnKind[];
  /** `<c r="AB` of each column: the row number follows. */
  private readonly opens: string[];
  private readonly styles: string[];
  private readonly inline: boolean[];
  private readonly lastColumn: string;
  /** Each column's last value written without an address, and that cell's XML. */
  private readonly lastValue: CellValue[] = [];
  private readonly lastXml: string[] = [];
  private sample: object[] | null = [];
  private rows = 0;
  private ended = false;

  constructor(
    private readonly book: XlsxWriter,
    readonly name: string,
    columns: readonly XlsxColumn[],
    private readonly entry: ZipEntry,
    private readonly rightToLeft: boolean,
    inline: ReadonlySet<string>,
  ) {
    this.ids = columns.map((c) => c.id);
    this.inline = this.ids.map((id) => inline.has(id));
    this.kinds = columns.map((c) => c.kind);
    const letters = columns.map((_, i) => columnName(i));
    this.opens = letters.map((l) => `<c r="${l}`);
    this.styles = this.kinds.map((k) => (k === 'percent' ? ` s="${STYLE_PERCENT}"` : ''));
    this.lastColumn = letters[letters.length - 1] ?? 'A';
  }

  /** Adds a row (an object keyed by column id). */
  add(row: object): void {
    if (++this.rows > XLSX_MAX_ROWS)
      throw new AppError(
        'FILE_TOO_LARGE',
        `The ${this.name} sheet would have more than ${XLSX_MAX_ROWS.toLocaleString('en')} rows, ` +
          'more than a spreadsheet holds. Export fewer audits at a time, or use CSV.',
      );
    if (this.sample) {
      this.sample.push(row);
      if (this.sample.length === WIDTH_SAMPLE) this.writeHead();
      return;
    }
    this.entry.write(this.rowXml(row, this.rows + 1));
  }

  /** Waits for the compressor to catch up (bounded memory); call between batches of rows. */
  drain(): Promise<void> {
    return this.entry.drain();
  }

  /**
   * A row's XML. A cell names its address only after an empty one (and the first): a cell without
   * `r` is the next column (SpreadsheetML's `r` is optional). That halves the XML of a long sheet,
   * and with it the time to write and compress it.
   */
  private rowXml(row: object, r: number): string {
    const cells = row as Record<string, CellValue>;
    const lastValue = this.lastValue;
    const lastXml = this.lastXml;
    let xml = `<row r="${r}">`;
    let next = false;
    for (let c = 0; c < this.ids.length; c++) {
      const value = cells[this.ids[c]!];
      // Empty text is no cell either (a reader may skip an empty inline string without counting its column).
      if (
        value === null ||
        value === undefined ||
        value === '' ||
        (typeof value === 'number' && !Number.isFinite(value))
      ) {
        next = false;
        continue;
      }
      // A cell without an address is the same XML as the one above it when its value is: rows of one
      // audit and touchpoint repeat most of their columns, so most cells are written once and reused.
      if (next && value === lastValue[c]) {
        xml += lastXml[c]!;
        continue;
      }
      const open = next ? '<c' : `${this.opens[c]}${r}"`;
      const cell =
        typeof value === 'string'
          ? this.inline[c]
            ? inlineCell(open, xmlText(cellText(value)))
            : this.book.textCell(open, value)
          : typeof value === 'number'
            ? `${open}${this.styles[c]}><v>${value}</v></c>`
            : `${open} t="b"><v>${value ? 1 : 0}</v></c>`;
      if (next) {
        lastValue[c] = value;
        lastXml[c] = cell;
      }
      next = true;
      xml += cell;
    }
    return `${xml}</row>`;
  }

  /** Widths from the header and the sampled rows, then the sheet's head, header row and the sampled rows. */
  private writeHead(): void {
    const sample = this.sample!;
    this.sample = null;
    const widths = this.ids.map((id, c) => {
      let longest = id.length + 2;
      for (const row of sample) {
        const v = (row as Record<string, CellValue>)[id] ?? null;
        const len =
          v === null
            ? 0
            : typeof v === 'number'
              ? this.kinds[c] === 'percent'
                ? 6
                : Math.min(String(v).length, 12)
              : String(v).length;
        if (len + 1 > longest) longest = len + 1;
      }
      return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, longest));
    });
    let header = '<row r="1">';
    for (let c = 0; c < this.ids.length; c++)
      header += this.book.textCell(`${this.opens[c]}1" s="${STYLE_HEADER}"`, this.ids[c]!);
    this.entry.write(
      `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews>` +
        `<sheetView workbookViewId="0"${this.rightToLeft ? ' rightToLeft="1"' : ''}>` +
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
        '<sheetFormatPr defaultRowHeight="15"/><cols>' +
        widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('') +
        `</cols><sheetData>${header}</row>`,
    );
    sample.forEach((row, i) => this.entry.write(this.rowXml(row, i + 2)));
  }

  async end(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    if (this.sample) this.writeHead();
    this.entry.write(`</sheetData><autoFilter ref="A1:${this.lastColumn}1"/></worksheet>`);
    await this.entry.end();
  }
}
