import type { PdfItem, PdfPage } from './read-pdf.ts';

/** A run of text on a line; `raised` when it is set smaller and above the line's baseline (a superscript). */
export interface LineItem extends PdfItem {
  raised: boolean;
}

/** One printed line: the runs that share a baseline, left to right, superscripts included. */
export interface PdfLine {
  /** 1-based number of the line in the document's text layer, over all pages in reading order. */
  n: number;
  page: number;
  /** Baseline, in points from the top of the page. */
  y: number;
  /** Left edge of the first run, in points. */
  x: number;
  /** Right edge of the last run, in points. */
  right: number;
  /** The font size most of the line's own text (superscripts aside) is set in. */
  size: number;
  /** Every run of the line's own text is bold. */
  bold: boolean;
  items: LineItem[];
}

// Runs whose baselines differ by less than this share a line (a fraction of the font size).
const SAME_BASELINE = 0.25;
// A superscript is set at most this much smaller than its line…
const SUPERSCRIPT_SIZE = 0.85;
// …and its baseline stands this much above the line's, at most (fractions of the line's size).
const SUPERSCRIPT_RISE = 0.6;
const SUPERSCRIPT_MIN_RISE = 0.15;
// A gap wider than this (a fraction of the font size) between two runs is a space.
const SPACE_GAP = 0.15;

/**
 * Groups the runs of every page into lines: runs on one baseline make a line, and a
 * superscript (a footnote mark, a footnote's own number) joins the line it stands on,
 * marked `raised`. Lines are read top to bottom and numbered through the document, so
 * that a warning can say "line N".
 */
export function groupLines(pages: PdfPage[]): PdfLine[] {
  const lines: PdfLine[] = [];
  for (const page of pages) {
    for (const group of attachSuperscripts(baselineGroups(page.items))) lines.push(toLine(group, page.n, lines.length + 1));
  }
  return lines;
}

/** The text of a line as printed, superscripts and all: for masthead, furniture and language. */
export function plainText(line: PdfLine): string {
  return joinRuns(line.items.map((item) => ({ item, text: item.text })));
}

/** A piece of a line's text: the run it comes from, and what it contributes. */
export interface Run {
  item: PdfItem;
  text: string;
  /** Attached to the text before it with no space, and no measure for the next gap (a superscript). */
  glued?: boolean;
}

/**
 * Joins runs into text: a space where the gap between two runs is a word space, none where
 * the PDF set them touching ("(" and "A/79/390"); white space inside runs is kept, runs of it
 * made one space. A glued run (a superscript) sticks to what precedes it. A hyphen the PDF
 * set apart from its word is closed up again.
 */
export function joinRuns(runs: Run[]): string {
  let text = '';
  let last: PdfItem | null = null;
  for (const { item, text: piece, glued } of runs) {
    if (glued) {
      text = text.replace(/\s+$/, '') + piece;
      continue;
    }
    if (last !== null && item.x - (last.x + last.width) > SPACE_GAP * Math.min(item.size, last.size)) text += ' ';
    text += piece;
    last = item;
  }
  return closeHyphens(text.replace(/\s+/g, ' ').trim());
}

// Justified lines in the UN's PDFs set a hyphen a little apart from the word before it, and
// the text layer reads the gap as a space: "Secretary -General", "well -being", and at a
// line's end "Secretary -". A hyphen-minus between a letter and a letter (or the line end)
// is never spaced on the left in the UN's typography; its dashes are en dashes.
const SPACED_HYPHEN = /(\p{L}) -(?=\p{L}|$)/gu;

function closeHyphens(text: string): string {
  return text.replace(SPACED_HYPHEN, '$1-');
}

interface Group {
  y: number;
  size: number;
  items: LineItem[];
}

function baselineGroups(items: PdfItem[]): Group[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Group[] = [];
  for (const item of sorted) {
    const group = groups.at(-1);
    if (group && item.y - group.y <= SAME_BASELINE * Math.max(item.size, group.size)) {
      group.items.push({ ...item, raised: false });
      // The line's baseline is that of its largest text, not of a small run beside it.
      if (item.size > group.size) Object.assign(group, { y: item.y, size: item.size });
    } else groups.push({ y: item.y, size: item.size, items: [{ ...item, raised: false }] });
  }
  return groups;
}

/**
 * A group set in small type just above another line is that line's superscripts: it joins
 * the line below, its runs marked raised. So do small runs on a shared baseline group that
 * stand clearly above the baseline of the line's main text.
 */
function attachSuperscripts(groups: Group[]): Group[] {
  const out: Group[] = [];
  groups.forEach((group, i) => {
    const below = groups[i + 1];
    const small = group.items.every((item) => item.size < SUPERSCRIPT_SIZE * (below?.size ?? 0));
    if (below && small && below.y - group.y <= SUPERSCRIPT_RISE * below.size && horizontallyWithin(group, below)) {
      below.items.push(...group.items.map((item) => ({ ...item, raised: true })));
      return;
    }
    out.push(group);
  });
  for (const group of out) {
    const main = dominantSize(group.items);
    for (const item of group.items) {
      if (item.size < SUPERSCRIPT_SIZE * main && group.y - item.y > SUPERSCRIPT_MIN_RISE * main) item.raised = true;
    }
  }
  return out;
}

function horizontallyWithin(group: Group, line: Group): boolean {
  const left = Math.min(...line.items.map((item) => item.x)) - 2 * line.size;
  const right = Math.max(...line.items.map((item) => item.x + item.width)) + 2 * line.size;
  return group.items.every((item) => item.x >= left && item.x <= right);
}

function toLine(group: Group, page: number, n: number): PdfLine {
  const items = group.items.sort((a, b) => a.x - b.x);
  const own = items.filter((item) => !item.raised);
  const text = own.length > 0 ? own : items;
  return {
    n,
    page,
    y: group.y,
    x: items[0]?.x ?? 0,
    right: Math.max(...items.map((item) => item.x + item.width)),
    size: dominantSize(text),
    bold: text.every((item) => item.bold),
    items,
  };
}

/** The size most characters are set in, to a tenth of a point. */
export function dominantSize(items: PdfItem[]): number {
  const counts = new Map<number, number>();
  for (const item of items) {
    const size = Math.round(item.size * 10) / 10;
    counts.set(size, (counts.get(size) ?? 0) + item.text.trim().length);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}
