import type { MarkConventions } from '../conventions/types.ts';
import { joinTexts } from './join-text.ts';
import { isBlank, type SourceLine } from './source-line.ts';

/** A footnote as lifted from the bottom of its page: its number, text and first line. */
export interface LiftedFootnote {
  n: number;
  /** The footnote's text, wrapped lines joined; may hold marks of its own. */
  text: string;
  line: number;
}

const NUMBER_AND_TEXT = /^\s*(\d{1,3})(?:[ \t\u3000]+(\S.*))?$/;
// Arabic prints the number in brackets: "(1) انظر …", or "(1)" alone on its line.
const BRACKETED_NUMBER_AND_TEXT = /^\s*\((\d{1,3})\)(?:[ \t\u3000]*(\S.*))?$/;
// "2 日在圣何塞…" at the top of the next page is a date, not footnote 2; "50 - يشير…" is Arabic's paragraph 50.
const DATE_AFTER_NUMBER = /^(?:[日月年号次段届]|[-–]\s)/;
// A footnote's text ends with the end of a sentence or of a citation in brackets, not with an
// abbreviation a line may end with ("… (United Nations publication, Sales No. E.19.II.E.21), chap.").
const SENTENCE_END = /[。．.！？!?)）\]】]\s*$/;
const ABBREVIATION_END = /(?:^|[\s(])(?:chap|vol|No|no|para|paras|sect|p|pp|Suppl|Corr|Add|Rev|art|Art|cap|núm|párr|secc|pág|гл|т|п|пп|разд|стр|ст)\.\s*$/u;
// Body text, not footnotes: a numbered or lettered paragraph.
const BODY_LABEL = /^\s*(?:\d{1,4}\.|\d{1,4}\s+[-–]|\([a-z]{1,4}\))(?:\s|$)/;

/**
 * Reads the footnotes after a separator rule into `footnotes`; returns the index of the first
 * body line after them. Extractions print each number before its text ("1" then the text, or
 * "1 Official Records…"), or, as pdftotext may, the texts and the numbers apart and out of order
 * ("S/PRST/2010/1; …", "4", "S/PRST/2013/12; …", …, "3"). Either way the numbers, sorted, go to
 * the texts in order; the block ends once the numbers run on without a gap from the last
 * footnote's and every text has one.
 */
export function readFootnoteBlock(lines: SourceLine[], start: number, footnotes: LiftedFootnote[], warnings: string[], conventions: MarkConventions = {}): number {
  const first = (footnotes.at(-1)?.n ?? 0) + 1;
  // Where page furniture marks the top of the next page, the block runs there, however its
  // numbers and texts are interleaved; otherwise it ends as soon as its numbers are complete.
  const nextPage = findNextPage(lines, start);
  const numbers: { n: number; line: number }[] = [];
  const pieces: SourceLine[][] = [];
  let open = false;
  let blankBefore = false;
  let j = start;
  for (; j < lines.length; j++) {
    const line = lines[j] as SourceLine;
    if (isBlank(line)) {
      blankBefore = true;
      continue;
    }
    if (line.separator) break;
    // Footer furniture may stand amid the footnotes: a page's top ends them only once they are
    // complete, also when the last one ends with no full stop ("See A/C.2/59/3, annex").
    if (line.pageStart && complete(numbers, pieces.length, first)) break;
    const numbered = NUMBER_AND_TEXT.exec(line.text) ?? (conventions.bracketedMarks ? BRACKETED_NUMBER_AND_TEXT.exec(line.text) : null);
    // After a footnote that ends with no full stop ("See A/C.2/59/3, annex"), the next number still
    // starts the next one where it stands alone, or after a blank line.
    const nextNumber = numbered !== null && Number(numbered[1]) === first + numbers.length && (numbered[2] === undefined || blankBefore);
    // A number far past the footnotes so far ("22 تموز/يوليه 2022" after footnote 10) is the next page's text.
    const inRange = numbered !== null && Number(numbered[1]) >= first && Number(numbered[1]) <= first + numbers.length + 3;
    const isNumber = numbered !== null && !DATE_AFTER_NUMBER.test(numbered[2] ?? '') && inRange && (!open || nextNumber);
    blankBefore = false;
    if (nextPage === null && !isNumber && !open && pieces.length > 0 && complete(numbers, pieces.length, first)) break;
    // A footnote's wrapped lines start at the margin; an indented line after its text, once every
    // number has one, is the top of the next page, even when the footnote ends with no full stop.
    if (nextPage === null && !isNumber && open && /^[ \t\u3000]/.test(line.text) && (pieces.at(-1)?.length ?? 0) > 0 && complete(numbers, pieces.length, first)) break;
    if (!isNumber && !open && (BODY_LABEL.test(line.text) || pieces.length > numbers.length + 3)) {
      warnings.push(`line ${line.n}: the footnotes above could not all be matched with their numbers`);
      break;
    }
    let text: string | undefined = line.text;
    if (isNumber) {
      numbers.push({ n: Number(numbered[1]), line: line.n });
      text = numbered[2];
      // A number alone on its line: the text on the next line starts a footnote of its own.
      open = false;
      if (text === undefined) continue;
      pieces.push([{ ...line, text }]);
    } else if (open) (pieces.at(-1) as SourceLine[]).push(line);
    else pieces.push([line]);
    open = !SENTENCE_END.test(text) || ABBREVIATION_END.test(text);
  }
  pair(numbers, pieces, footnotes, warnings, lines[start]?.n ?? 0);
  return j;
}

/** Gives the numbers, sorted, to the texts in order, and says what does not match. */
function pair(numbers: { n: number; line: number }[], pieces: SourceLine[][], footnotes: LiftedFootnote[], warnings: string[], at: number): void {
  const sorted = [...numbers].sort((a, b) => a.n - b.n);
  if (sorted.length < pieces.length) warnings.push(`line ${at}: ${pieces.length} footnote texts and ${sorted.length} numbers at the foot of the page; paired in order`);
  for (let k = 0; k < Math.max(sorted.length, pieces.length); k++) {
    const number = sorted[k];
    const piece = pieces[k] ?? [];
    const n = number?.n ?? (footnotes.at(-1)?.n ?? 0) + 1;
    const line = number?.line ?? piece[0]?.n ?? at;
    const previous = footnotes.at(-1)?.n ?? 0;
    if (n > previous + 1) warnings.push(`line ${line}: footnote ${n} follows footnote ${previous}; footnotes are missing`);
    const text = piece.map((l) => l.text).reduce(joinTexts, '').trim();
    if (text === '') warnings.push(`line ${line}: footnote ${n} has no text`);
    footnotes.push({ n, text, line });
  }
}

/** The index of the next page's first line, if furniture marked it before the next separator. */
function findNextPage(lines: SourceLine[], start: number): number | null {
  for (let j = start; j < lines.length && j < start + 60; j++) {
    const line = lines[j] as SourceLine;
    if (line.separator) return null;
    if (line.pageStart) return j;
  }
  return null;
}

/** Every text has a number, and the numbers run on from `first` without a gap. */
function complete(numbers: { n: number }[], pieces: number, first: number): boolean {
  return numbers.length === pieces && numbers.map((x) => x.n).sort((a, b) => a - b).every((n, k) => n === first + k);
}
