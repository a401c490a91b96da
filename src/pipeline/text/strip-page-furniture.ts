import type { Conventions } from '../conventions/types.ts';
import { joinTexts } from './join-text.ts';
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
const TITLE_NUMBER = /^\s*\d{1,4}\/\d+(?:\s*[A-Z])?\s*[.．]/;
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
  const runningTitles = findRunningTitles(lines, edge);
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
    if (isEdgeFurniture(text) || conventions.recycle.test(text) || runningTitles.has(i)) {
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
function findRunningTitles(lines: SourceLine[], edge: boolean[]): Set<number> {
  const normal = (text: string) => text.replace(/^\s*\d{1,4}\/\d+(?:\s*[A-Z])?\s*[.．]/, '').replace(/\s+/g, ' ').trim();
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = normal(line.text);
    if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const bodyStart = firstBodyLine(lines);
  // The running title is the title, cut into one or two lines: its start, or its end.
  const title = lines.slice(bodyStart, bodyStart + 6).map((l) => normal(l.text)).join(' ');
  const isRunningTitle = (key: string) => (counts.get(key) ?? 0) >= 2 || (key.length >= 12 && (title.startsWith(key) || title.endsWith(key)));
  const found = new Set<number>();
  edge.forEach((isEdge, i) => {
    if (!isEdge || i < bodyStart) return;
    for (const step of [-1, 1]) {
      let reach = 0;
      for (let j = i + step; j >= 0 && j < lines.length && reach < RUNNING_TITLE_REACH; j += step) {
        const line = lines[j] as SourceLine;
        if (isBlank(line) || isEdgeFurniture(line.text)) continue;
        reach++;
        if (isRunningTitle(normal(line.text)) && !/[,;:，；：]\s*$/.test(line.text)) found.add(j);
        else break;
      }
    }
  });
  return found;
}

// Running titles start with the second page; the first page's masthead is read on its own.
function firstBodyLine(lines: SourceLine[]): number {
  const title = lines.findIndex((l) => TITLE_NUMBER.test(l.text));
  return title < 0 ? 0 : title;
}
