import type { Lang } from '../../schemas/lang.ts';

/**
 * How resolutions are printed in one language: the fixed lines around the text and
 * the labels of paragraphs. Importers read documents through these, so a new language
 * is a new file here, not a change to the stages.
 */
export interface Conventions {
  lang: Lang;
  /** The session line of the first page ("2015 年会议", "2015 session"); group 1 is the session as printed. */
  session: RegExp;
  /** The agenda line ("议程项目 18(b)", "Agenda item 18 (b)"); group 1 is the item as printed. */
  agendaItem: RegExp;
  /** The "please recycle" line beside the barcode. */
  recycle: RegExp;
  /** Other masthead lines of the first page ("Distr.: General", "Original: English"), dropped. */
  masthead: RegExp[];
  /** The adoption line: "2015 年 7 月 22 日经济及社会理事会决议", "Resolution adopted by the … on 22 July 2015". */
  adoptionLine: RegExp;
  /** The formula that opens the preamble: "经济及社会理事会，", "The Economic and Social Council,". */
  formula: RegExp;
  /**
   * The words that open a preambular paragraph ("Recalling", "Noting with concern", 回顾, 又回顾):
   * a line that starts with one after a line that closes a clause starts a new paragraph.
   */
  leadWord: RegExp;
  /** The line that opens an annex: "Annex", "Annex II", "附件". */
  annex: RegExp;
  /** The letter heading a part of a resolution in several parts: "A", "B" ("ألف", "باء" in Arabic). */
  part: RegExp;
  /** The closing meeting line; group 1 is the meeting number in digits (see `meetingNumber`). */
  meeting: RegExp;
  /** Reads a match of `meeting` where the number may be spelled in words ("Octava sesión plenaria"); by default group 1. */
  meetingNumber?(match: RegExpMatchArray): number | null;
  /** A date as printed, anywhere in a line; the first match is read by `parseDate`. */
  date: RegExp;
  /** Reads a match of `date` into an ISO date, or null when it is not a real date. */
  parseDate(match: RegExpMatchArray): string | null;
  /** The organ named by an adoption or formula line. */
  organ(text: string): 'ECOSOC' | 'GA' | null;
  /**
   * The note of a document issued again under the same symbol, corrected ("* Reissued for
   * technical reasons on 3 August 2015.", "* 因技术原因于2015年8月3日重新印发。"): of two versions
   * of one resolution, the reissue is the one to keep (scripts/lib/choose-version.ts).
   */
  reissue: RegExp;
  /** Footnote marks are printed in brackets, "(1)", as in Arabic, rather than as bare superscript digits. */
  bracketedMarks?: boolean;
  /** Paragraphs open in lower case ("напоминая…", "постановляет…"), as in Russian: a lower-case line may open one. */
  lowerCaseParagraphs?: boolean;
  /** Numbers take a decimal comma ("5,3 milliards"), so a digit glued after a comma that follows a digit is no mark. */
  decimalComma?: boolean;
}

/** What footnote lifting needs to know of a language. */
export type MarkConventions = Pick<Conventions, 'bracketedMarks' | 'decimalComma'>;

/** Formats year, month and day as an ISO date, or null when the day does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
