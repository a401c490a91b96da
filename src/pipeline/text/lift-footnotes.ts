import { markPlaceholder } from './footnote-mark.ts';
import { joinTexts } from './join-text.ts';
export type { LiftedFootnote } from './read-footnote-block.ts';
import { readFootnoteBlock, type LiftedFootnote } from './read-footnote-block.ts';
import { isBlank, type SourceLine } from './source-line.ts';

/** The body lines with marks turned into placeholders, the footnotes, and what was uncertain. */
export interface WithoutFootnotes {
  lines: SourceLine[];
  footnotes: LiftedFootnote[];
  warnings: string[];
}

const MARK_ALONE = /^\s*(\d{1,3})\s*$/;
const LABEL_LINE = /^\s*(?:\d{1,3}\s*[.．]|[(（][a-z]{1,4}[)）]|[a-z]\))\s*\S/;
// Marks printed glued to text: after punctuation (any script), not when a unit follows ("，12 月").
const GLUED_AFTER_PUNCTUATION = /([，。；：、）)》」』”’,;:])(\d{1,3})(?![\d/.]|\s*[年月日号次段届个名条项%％])(?=\s|$|\p{Script=Han})/gu;
// …and after a word ("Summit1"), taken only as the next new footnote, since "CO2" or "G77" look alike.
const GLUED_AFTER_WORD = /(\p{L}{2,}[”’"]?)(\d{1,3})(?=[\s,;:.)]|$)/gu;
// pdftotext sets a space before a superscript: "session, 1" at a line's end, or "Peace, 4 which"
// inside one; taken only as the next new footnote, and never after a word that numbers things.
const NUMBERING_WORD = /(?:Article|Articles|Goal|Goals|paragraph|paragraphs|para|paras|resolution|resolutions|annex|chapter|section|Supplement|No|rule|part|Part|target|item|phase|Protocol|volume|vol)$/;
const SPACED_AT_LINE_END = /([,;:.)\p{Script=Latin}\p{Script=Cyrillic}])[ \t]+(\d{1,3})[ \t]*$/u;
const SPACED_INLINE = /([,;:)”\p{Script=Latin}\p{Script=Cyrillic}])[ \t]+(\d{1,3})[ \t]+(?=\p{Ll})/gu;

/**
 * Lifts footnote blocks (after a separator rule) out of the body into footnotes, and turns
 * footnote marks — digits alone on a line, or glued to the text — into placeholders.
 * A mark on a line of its own splits one printed line in two; the halves are joined again.
 */
export function liftFootnotes(lines: SourceLine[]): WithoutFootnotes {
  const warnings: string[] = [];
  const footnotes: LiftedFootnote[] = [];
  const body: SourceLine[] = [];
  const pageStarts = new Set<SourceLine>();
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] as SourceLine;
    if (line.separator) {
      i = readFootnoteBlock(lines, i + 1, footnotes, warnings);
      // What follows a page's footnotes is the top of the next page.
      const top = lines.slice(i).find((l) => !isBlank(l) && !l.separator);
      if (top) pageStarts.add(top);
      continue;
    }
    body.push(pageStarts.has(line) ? { ...line, pageStart: true } : line);
    i++;
  }
  return { lines: placeMarks(body, footnotes, warnings), footnotes, warnings };
}

/** Replaces footnote marks in the body with placeholders, in reading order. */
function placeMarks(body: SourceLine[], footnotes: LiftedFootnote[], warnings: string[]): SourceLine[] {
  const known = new Set(footnotes.map((f) => f.n));
  let highest = 0;
  // Marks come in order of first use; a digit glued to a word is a mark only as the next new
  // one, while a digit alone on its line may skip a mark the extraction lost.
  const accept = (n: number, reach: number, line: SourceLine) => {
    const ok = known.has(n) && (reach === 0 ? n === highest + 1 : n <= highest + reach);
    if (ok && n > highest + 1) warnings.push(`line ${line.n}: footnote mark ${n} follows mark ${highest}; the marks between were not found`);
    if (ok) highest = Math.max(highest, n);
    return ok;
  };
  const out: SourceLine[] = [];
  for (let i = 0; i < body.length; i++) {
    const line = body[i] as SourceLine;
    const alone = MARK_ALONE.exec(line.text);
    const previous = out.findLast((l) => !isBlank(l));
    if (alone && previous && accept(Number(alone[1]), 3, line)) {
      previous.text = previous.text.replace(/\s+$/, '') + markPlaceholder(Number(alone[1]));
      // The rest of the printed line the mark stood in, when the extraction cut it after the mark.
      const rest = body[i + 1];
      if (rest && !isBlank(rest) && !LABEL_LINE.test(rest.text) && !/^\s{2,}/.test(rest.text)) {
        previous.text = joinTexts(previous.text, rest.text.trim());
        i++;
      }
      continue;
    }
    if (alone) warnings.push(`line ${line.n}: the number ${alone[1]} stands alone on a line and is no footnote mark; kept as text`);
    const text = line.text
      .replace(GLUED_AFTER_PUNCTUATION, (all, before: string, n: string) => (accept(Number(n), 1, line) ? before + markPlaceholder(Number(n)) : all))
      .replace(GLUED_AFTER_WORD, (all, before: string, n: string) => (accept(Number(n), 0, line) ? before + markPlaceholder(Number(n)) : all))
      .replace(SPACED_INLINE, (all, before: string, n: string, offset: number, whole: string) =>
        !NUMBERING_WORD.test(whole.slice(0, offset + 1)) && accept(Number(n), 0, line) ? `${before}${markPlaceholder(Number(n))} ` : all,
      )
      .replace(SPACED_AT_LINE_END, (all, before: string, n: string, offset: number, whole: string) =>
        !NUMBERING_WORD.test(whole.slice(0, offset + 1)) && accept(Number(n), 0, line) ? before + markPlaceholder(Number(n)) : all,
      );
    out.push({ ...line, text });
  }
  return out;
}
