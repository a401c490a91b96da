import type { Conventions } from '../conventions/types.ts';
import type { SourceLine } from './source-line.ts';

/** What page furniture told about the document before it was taken out. */
export interface Furniture {
  /** The session line as printed ("2015 年会议"). */
  session: string | null;
  /** The agenda item as printed ("18(b)"). */
  agendaItem: string | null;
  /** The UN job number of the document ("15-13833 (C)"). */
  jobNumber: string | null;
}

/** The body lines, with furniture gone and footnote separators tagged, and what the furniture said. */
export interface WithoutFurniture {
  lines: SourceLine[];
  furniture: Furniture;
}

// Furniture the UN prints on every page, in every language.
const JOB_NUMBER = /^\s*(\d{2}-\d{5}[A-Z]?\s*\([A-Z]\))(?:\s+\d{6}){0,2}\s*$/;
const BARCODE = /^\s*\*\d{7,8}\*\s*(.*)$/;
const PAGE_NUMBER = /^\s*\d{1,3}\s*\/\s*\d{1,3}\s*$/;
const RESOLUTION_SYMBOL_HEADER = /^\s*[AE]\/RES\/\d+\/\d+(?:\s*[A-Z])?\s*$/;
// The rule above a page's footnotes: extracted as a long run of spaces or of underscores.
const SEPARATOR = /^(?:[ \t\u3000]{20,}|\s*[_\u2014\u2015\u2500-]{5,}\s*)$/;
// The title block ("2015/26.评估…") ends the first-page header.
const TITLE_NUMBER = /^\s*\d{1,4}\/\d+(?:\s*[A-Z])?\s*[.．]/;

/**
 * Takes page furniture out of the text: job numbers, barcodes, "please recycle", page
 * numbers, running symbol headers, and the first page's masthead, session and agenda lines
 * (kept as metadata). Footnote separator rules stay, tagged, for liftFootnotes.
 */
export function stripPageFurniture(lines: SourceLine[], conventions: Conventions): WithoutFurniture {
  const furniture: Furniture = { session: null, agendaItem: null, jobNumber: null };
  const out: SourceLine[] = [];
  let inHeader = true;
  for (const line of lines) {
    const text = line.text;
    if (inHeader && (conventions.adoptionLine.test(text.trim()) || TITLE_NUMBER.test(text))) inHeader = false;
    const job = JOB_NUMBER.exec(text);
    if (job) {
      furniture.jobNumber ??= (job[1] ?? '').replace(/\s+/g, ' ');
      continue;
    }
    const barcode = BARCODE.exec(text);
    if (barcode) {
      const rest = (barcode[1] ?? '').trim();
      if (rest === '' || conventions.recycle.test(rest)) continue;
      out.push({ ...line, text: rest });
      continue;
    }
    if (conventions.recycle.test(text) || PAGE_NUMBER.test(text) || RESOLUTION_SYMBOL_HEADER.test(text)) continue;
    if (SEPARATOR.test(text)) {
      out.push({ ...line, text: '', separator: true });
      continue;
    }
    if (inHeader) {
      const session = conventions.session.exec(text);
      if (session && furniture.session === null) {
        furniture.session = (session[1] ?? '').trim();
        continue;
      }
      const agenda = conventions.agendaItem.exec(text);
      if (agenda && furniture.agendaItem === null) {
        furniture.agendaItem = (agenda[1] ?? '').trim();
        continue;
      }
      if (conventions.masthead.some((pattern) => pattern.test(text))) continue;
    }
    out.push(line);
  }
  return { lines: out, furniture };
}
