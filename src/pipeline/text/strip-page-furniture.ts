import type { Conventions } from '../conventions/types.ts';
import { displayWidth } from './display-width.ts';
import { joinTexts } from './join-text.ts';
import { LABEL_ONLY } from './labels.ts';
import { isBlank, type SourceLine } from './source-line.ts';

/** What page furniture told about the document before it was taken out. */
export interface Furniture {
  /** The session line as printed ("2015 年会议"). */
  session: string | null;
  /** The agenda item as printed ("18(b)"). */
  agendaItem: string | null;
  /** The UN job number of the document ("15-13833 (C)"). */
  jobNumber: string | null;
  /** The symbol printed at the top of the pages ("A/RES/79/9"). */
  symbol: string | null;
  /** The agenda item's title, printed under the agenda line. */
  agendaTitle: string | null;
}

/** The body lines, with furniture gone and footnote separators tagged, and what the furniture said. */
export interface WithoutFurniture {
  lines: SourceLine[];
  furniture: Furniture;
}

// Furniture the UN prints on every page, in every language.
const JOB_NUMBER = /^\s*(\d{2}-\d{5}[A-Z]?(?:\s*\([A-Z]\))?)(?:\s+\d{6}){0,2}\s*$/;
const BARCODE = /^\s*\*\d{7,8}\*\s*(.*)$/;
const PAGE_NUMBER = /^\s*\d{1,3}\s*\/\s*\d{1,3}\s*$/;
const SYMBOL_HEADER = /^\s*[AE]\/RES\/\d+\/\d+(?:\s*[A-Z])?\s*$/;
// The rule above a page's footnotes: extracted as a long run of spaces or of underscores.
const SEPARATOR = /^(?:[ \t\u3000]{20,}|\s*[_\u2014\u2015\u2500-]{5,}\s*)$/;
// The title block ("2015/26.评估…", "79/3.") ends the first page's masthead.
const TITLE_NUMBER = /^\s*\d{1,4}\/\d+(?:\s*[A-Z])?(?:\s*[.．]|\s+[-–]\s)/;
// How far from a page's edge furniture (symbol, job number, page number) a running title may stand.
const RUNNING_TITLE_REACH = 3;

/**
 * Takes page furniture out of the text: job numbers, barcodes, "please recycle", page
 * numbers, the symbol and the running title repeated at the top of each page, and the first
 * page's masthead, with its session and agenda lines kept as metadata. Footnote separator
 * rules stay, tagged, for liftFootnotes.
 */
export function stripPageFurniture(lines: SourceLine[], conventions: Conventions): WithoutFurniture {
  const furniture: Furniture = { session: null, agendaItem: null, jobNumber: null, symbol: null, agendaTitle: null };
  const edge = lines.map((line) => line.pageStart === true || isEdgeFurniture(line.text));
  const runningTitles = findRunningTitles(lines, edge, conventions);
  const out: SourceLine[] = [];
  let inHeader = true;
  let afterAgenda = false;
  // A page start that was furniture passes its mark on to the first line kept after it.
  let pageStartPending = false;
  lines.forEach((original, i) => {
    const line = pageStartPending && !isBlank(original) ? { ...original, pageStart: true } : original;
    if (line !== original) pageStartPending = false;
    const text = line.text;
    if (inHeader && (conventions.adoptionLine.test(text.trim()) || /^\s*\[/.test(text) || TITLE_NUMBER.test(text))) inHeader = false;
    const job = JOB_NUMBER.exec(text);
    if (job) furniture.jobNumber ??= (job[1] ?? '').replace(/\s+/g, ' ');
    if (SYMBOL_HEADER.test(text)) furniture.symbol ??= text.trim().replace(/\s+/g, ' ');
    const barcode = BARCODE.exec(text);
    if (barcode && (barcode[1] ?? '').trim() !== '' && !conventions.recycle.test(barcode[1] ?? '')) {
      out.push({ ...line, text: barcode[1] ?? '' });
      return;
    }
    // A barcode with "please recycle" beside it ("*1513833* 请回收") is furniture whole.
    const barcodeAndRecycle = barcode !== null && conventions.recycle.test(barcode[1] ?? '');
    if (isEdgeFurniture(text) || barcodeAndRecycle || conventions.recycle.test(text) || runningTitles.has(i)) {
      // Furniture stands at a page's edge: what follows it may be the top of the next page.
      pageStartPending ||= !inHeader;
      return;
    }
    if (SEPARATOR.test(text)) {
      out.push({ ...line, text: '', separator: true });
      return;
    }
    if (inHeader && !isBlank(line)) {
      const session = conventions.session.exec(text);
      const agenda = conventions.agendaItem.exec(text);
      if (session && furniture.session === null) furniture.session = (session[1] ?? '').trim();
      else if (agenda && furniture.agendaItem === null) {
        furniture.agendaItem = (agenda[1] ?? '').trim();
        afterAgenda = true;
      }
      // The masthead, and the agenda item's title printed under it, are not the resolution's text.
      const masthead = conventions.masthead.some((pattern) => pattern.test(text));
      if (afterAgenda && !agenda && !masthead) furniture.agendaTitle = furniture.agendaTitle === null ? text.trim() : joinTexts(furniture.agendaTitle, text);
      if (session || agenda || afterAgenda || masthead) return;
    }
    out.push(line);
  });
  return { lines: out, furniture };
}

function isEdgeFurniture(text: string): boolean {
  return JOB_NUMBER.test(text) || PAGE_NUMBER.test(text) || SYMBOL_HEADER.test(text) || (BARCODE.exec(text)?.[1] ?? 'x').trim() === '';
}

/**
 * The running title: lines next to a page's edge furniture that also stand elsewhere in the
 * document (the running title of another page), or that are part of the first page's title.
 * Text next to the edge that stands nowhere else is body text that crossed the page, and stays.
 */
function findRunningTitles(lines: SourceLine[], edge: boolean[], conventions: Conventions): Set<number> {
  const normal = (text: string) => text.replace(TITLE_NUMBER, '').replace(/\s+/g, ' ').trim();
  const bodyStart = firstBodyLine(lines);
  // The lines within reach of each page edge, in order outwards from it.
  const nearEdges: number[][] = [];
  edge.forEach((isEdge, i) => {
    if (!isEdge || i < bodyStart) return;
    for (const step of [-1, 1]) {
      const near: number[] = [];
      for (let j = i + step; j >= 0 && j < lines.length && near.length < RUNNING_TITLE_REACH; j += step) {
        const line = lines[j] as SourceLine;
        if (!isBlank(line) && !isEdgeFurniture(line.text)) near.push(j);
      }
      nearEdges.push(near);
    }
  });
  // A running title stands by the furniture of several pages, or repeats the first page's
  // masthead and title; a body line that merely repeats elsewhere in the text ("…on a
  // system-wide basis;") is no running title.
  const counts = new Map<string, Set<number>>();
  const head = lines.slice(0, bodyStart + 6).map((_, j) => j);
  for (const j of [...head, ...nearEdges.flat()]) {
    const key = normal((lines[j] as SourceLine).text);
    if (key !== '') counts.set(key, (counts.get(key) ?? new Set()).add(j));
  }
  // The running title is the title (the lines from its number to the formula, however they were
  // wrapped), cut into one or two lines: its start, or its end. Words from its middle may be body
  // text that crossed the page ("…the outcomes of the World Summit on the").
  const formula = lines.findIndex((l, j) => j > bodyStart && conventions.formula.test(l.text.trim()));
  const titleLines = lines.slice(bodyStart, formula > bodyStart ? Math.min(formula, bodyStart + 8) : bodyStart + 6);
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  const title = squeeze(titleLines.map((l) => normal(l.text)).join(''));
  // A short line ("and 2025") is taken for the title's end only next to a line of the title.
  const inTitle = (key: string, short: boolean) => (short || displayWidth(key) >= 12) && (title.startsWith(squeeze(key)) || title.endsWith(squeeze(key)));
  // A line that repeats by the edges of several pages is a running title unless it reads as body
  // text: a label alone ("(a)"), or a line that ends a clause; the title's own lines may end with one.
  const isRunningTitle = (text: string, afterTitle: boolean) => inTitle(normal(text), afterTitle) || ((counts.get(normal(text))?.size ?? 0) >= 2 && !/[,;:，；：،؛]\s*$/.test(text) && !LABEL_ONLY.test(text));
  const found = new Set<number>();
  for (const near of nearEdges) {
    let afterTitle = false;
    for (const j of near) {
      if (!isRunningTitle((lines[j] as SourceLine).text, afterTitle)) break;
      found.add(j);
      afterTitle = true;
    }
  }
  return found;
}

// Running titles start with the second page; the first page's masthead is read on its own.
function firstBodyLine(lines: SourceLine[]): number {
  const title = lines.findIndex((l) => TITLE_NUMBER.test(l.text));
  return title < 0 ? 0 : title;
}
