import type { Conventions } from '../conventions/types.ts';
import { joinTexts } from '../text/join-text.ts';
import { stripPageFurniture } from '../text/strip-page-furniture.ts';
import type { Layout } from './classify-regions.ts';
import { plainText, type PdfLine } from './group-lines.ts';

/** What the first page's masthead and footer say about the document. */
export interface Masthead {
  /** The symbol printed at the top ("A/RES/79/3"). */
  symbol: string | null;
  /** The resolution's number within that symbol ("79/3"). */
  number: string | null;
  /** The session line as printed ("Seventy-ninth session"). */
  session: string | null;
  /** The agenda item as printed ("143", "125 (b)"). */
  agendaItem: string | null;
  /** The title of the agenda item, wrapped lines joined. */
  agendaTitle: string | null;
  /** The UN job number ("24-18683 (E)"). */
  jobNumber: string | null;
}

const SYMBOL = /\b([AE])\s*\/\s*RES\s*\/\s*(\d{1,4}\s*\/\s*\d+(?:\s?[A-Z](?![a-z]))?)/;

/**
 * Reads the masthead. Its left column holds, in order, the session, the agenda item and the
 * agenda item's title; the symbol stands at the top right. The job number comes from the
 * first page's footer, read as the text importer reads page furniture.
 */
export function readMasthead(masthead: PdfLine[], footer: PdfLine[], layout: Layout, conventions: Conventions): Masthead {
  const texts = masthead.map(plainText);
  const symbol = texts.map((text) => SYMBOL.exec(text)).find((match) => match !== null) ?? null;
  const leftmost = Math.min(...masthead.map((line) => line.x));
  const column = leftmost < layout.left - 2 * layout.bodySize ? masthead.filter((line) => line.x - leftmost <= 0.5 * layout.bodySize).map(plainText) : [];
  const agendaAt = column.findIndex((text) => conventions.agendaItem.test(text));
  const agenda = agendaAt >= 0 ? conventions.agendaItem.exec(column[agendaAt] as string) : texts.map((text) => conventions.agendaItem.exec(text)).find((m) => m !== null);
  const sessionLine = texts.map((text) => conventions.session.exec(text)).find((m) => m !== null);
  // The session is the first line of the column when the conventions do not know its wording.
  const session = sessionLine?.[1]?.trim() ?? (agendaAt > 0 ? (column[0] as string) : null);
  const titleLines = agendaAt >= 0 ? column.slice(agendaAt + 1) : [];
  const footerLines = footer.map((line) => ({ n: line.n, text: plainText(line) }));
  const number = symbol ? (symbol[2] ?? '').replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ') : null;
  return {
    symbol: symbol ? `${symbol[1]}/RES/${number}` : null,
    number,
    session,
    agendaItem: agenda?.[1]?.trim() ?? null,
    agendaTitle: titleLines.length > 0 ? titleLines.reduce(joinTexts) : null,
    jobNumber: stripPageFurniture(footerLines, conventions).furniture.jobNumber,
  };
}
