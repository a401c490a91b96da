import { plainText, type PdfLine } from './group-lines.ts';
import type { PdfPage } from './read-pdf.ts';

/** Where on its page a line stands, and so what it is. */
export type Region = 'masthead' | 'header' | 'body' | 'separator' | 'footnotes' | 'footer';

/** The measures of the document's body text, learnt from the document itself. */
export interface Layout {
  /** Font size of the body text, in points. */
  bodySize: number;
  /** Left edge of the text column (where wrapped lines start), in points. */
  left: number;
  /** Right edge of the text column (where full lines end), in points. */
  right: number;
}

/** Every line with its region, and the layout the regions were told by. */
export interface Regions {
  lines: { line: PdfLine; region: Region }[];
  layout: Layout;
}

// Running headers and footers stand in the top and bottom bands of a page (a fraction of its
// height), and apart from the text by a gap wider than this many times their font size.
const BAND = 0.15;
const FURNITURE_GAP = 1.6;
// Furniture is a line or two (job number and barcode, symbol and running title), never a paragraph.
const FURNITURE_LINES = 3;
// The rule above a page's footnotes, when the PDF draws it as text.
const SEPARATOR = /^[_\u2014\u2015\u2500-]{5,}$/;
// Footnotes are set smaller than the body text.
const FOOTNOTE_SIZE = 0.92;

/**
 * Sorts each page's lines into regions by where they stand and how they are set: the
 * running header and the footer (symbol, running title, page number, job number, barcode)
 * in the top and bottom bands, apart from the text; the first page's masthead (down to the
 * end of the column left of the text: session, agenda item and title); the footnote area
 * below its rule, or else the numbered small type at the page bottom; the body between.
 */
export function classifyRegions(lines: PdfLine[], pages: PdfPage[]): Regions {
  const layout = measureLayout(lines);
  const out: Regions['lines'] = [];
  for (const page of pages) {
    const onPage = lines.filter((line) => line.page === page.n);
    const regions: Region[] = onPage.map(() => 'body');
    const footer = footerStart(onPage, page.height);
    for (let i = footer; i < onPage.length; i++) regions[i] = 'footer';
    const top = page.n === 1 ? mastheadEnd(onPage.slice(0, footer), layout) : headerEnd(onPage.slice(0, footer), page.height);
    for (let i = 0; i < top; i++) regions[i] = page.n === 1 ? 'masthead' : 'header';
    const notes = footnoteStart(onPage, top, footer, layout);
    for (let i = notes; i < footer; i++) regions[i] = SEPARATOR.test(plainText(onPage[i] as PdfLine).replace(/\s/g, '')) ? 'separator' : 'footnotes';
    onPage.forEach((line, i) => out.push({ line, region: regions[i] ?? 'body' }));
  }
  return { lines: out, layout };
}

function measureLayout(lines: PdfLine[]): Layout {
  const sizes = new Map<number, number>();
  for (const line of lines) sizes.set(line.size, (sizes.get(line.size) ?? 0) + plainText(line).length);
  const bodySize = [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
  const body = lines.filter((line) => Math.abs(line.size - bodySize) < 0.05 * bodySize);
  const lefts = new Map<number, number>();
  for (const line of body) lefts.set(Math.round(line.x), (lefts.get(Math.round(line.x)) ?? 0) + 1);
  const left = [...lefts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const rights = body.map((line) => line.right).sort((a, b) => a - b);
  return { bodySize, left, right: rights[Math.floor(rights.length * 0.9)] ?? 0 };
}

/** Index of the first footer line: the lines at the page bottom, apart from all above them. */
function footerStart(lines: PdfLine[], height: number): number {
  let start = lines.length;
  while (start > 0) {
    const line = lines[start - 1] as PdfLine;
    if (line.y < height * (1 - BAND)) break;
    const below = lines[start];
    if (below && below.y - line.y > FURNITURE_GAP * line.size) break;
    start--;
  }
  // The footer ends where a gap wider than furniture spacing sets it apart from the text.
  const above = lines[start - 1];
  const first = lines[start];
  if (start < lines.length && above && first && first.y - above.y <= FURNITURE_GAP * above.size) return lines.length;
  return lines.length - start > FURNITURE_LINES ? lines.length : start;
}

/** Number of running-header lines: the lines at the page top, apart from the text below them. */
function headerEnd(lines: PdfLine[], height: number): number {
  let end = 0;
  while (end < lines.length) {
    const line = lines[end] as PdfLine;
    if (line.y > height * BAND) break;
    const above = lines[end - 1];
    if (above && line.y - above.y > FURNITURE_GAP * above.size) break;
    end++;
  }
  const last = lines[end - 1];
  const next = lines[end];
  if (end > 0 && last && next && next.y - last.y <= FURNITURE_GAP * last.size) return 0;
  return end > FURNITURE_LINES ? 0 : end;
}

/**
 * Number of masthead lines on the first page. The masthead ends with the column set left of
 * the text (session, agenda item, agenda title); where there is no such column, only the
 * top band apart from the text is masthead.
 */
function mastheadEnd(lines: PdfLine[], layout: Layout): number {
  const leftmost = Math.min(...lines.map((line) => line.x));
  if (!(leftmost < layout.left - 2 * layout.bodySize)) return headerEnd(lines, Infinity);
  let end = 0;
  lines.forEach((line, i) => {
    if (line.x - leftmost <= 0.5 * layout.bodySize) end = i + 1;
  });
  return end;
}

/**
 * Index of the first line of the page's footnote area: its rule when the PDF draws one as
 * text; else the run of small type at the page bottom that opens with a footnote number.
 */
function footnoteStart(lines: PdfLine[], top: number, footer: number, layout: Layout): number {
  for (let i = top; i < footer; i++) if (SEPARATOR.test(plainText(lines[i] as PdfLine).replace(/\s/g, ''))) return i;
  let start = footer;
  while (start > top && (lines[start - 1] as PdfLine).size < FOOTNOTE_SIZE * layout.bodySize) start--;
  while (start < footer && !opensWithNumber(lines[start] as PdfLine)) start++;
  return start;
}

function opensWithNumber(line: PdfLine): boolean {
  const first = line.items[0];
  return first !== undefined && first.raised && /^\d{1,3}$/.test(first.text.trim());
}
