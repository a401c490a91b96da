import { markPlaceholder } from './footnote-mark.ts';
import { joinTexts } from './join-text.ts';
import { isBlank, type SourceLine } from './source-line.ts';

/** A footnote as lifted from the bottom of its page: its number, text and first line. */
export interface LiftedFootnote {
  n: number;
  /** The footnote's text, wrapped lines joined; may hold marks of its own. */
  text: string;
  line: number;
}

/** The body lines with marks turned into placeholders, the footnotes, and what was uncertain. */
export interface WithoutFootnotes {
  lines: SourceLine[];
  footnotes: LiftedFootnote[];
  warnings: string[];
}

const FOOTNOTE_START = /^\s*(\d{1,3})(?:[ \t\u3000]+(\S.*))?$/;
const MARK_ALONE = /^\s*(\d{1,3})\s*$/;
const LABEL_LINE = /^\s*(?:\d{1,3}\s*[.．]|[(（][a-z]{1,4}[)）]|[a-z]\))\s*\S/;
// A footnote's text ends with the end of a sentence or of a citation in brackets.
const SENTENCE_END = /[。．.！？!?)）\]】]\s*$/;
// Marks printed glued to text: after punctuation (any script), not when a unit follows ("，12 月").
const GLUED_AFTER_PUNCTUATION = /([，。；：、）)》」』”’,;:])(\d{1,3})(?![\d/.]|\s*[年月日号次段届个名条项%％])(?=\s|$|\p{Script=Han})/gu;
// …and after a word ("Summit1"), taken only as the next new footnote, since "CO2" or "G77" look alike.
const GLUED_AFTER_WORD = /(\p{L}{2,}[”’"]?)(\d{1,3})(?=[\s,;:.)]|$)/gu;

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

/** Reads the footnotes that follow a separator; returns the index of the first body line after them. */
function readFootnoteBlock(lines: SourceLine[], start: number, footnotes: LiftedFootnote[], warnings: string[]): number {
  let current: { n: number; line: number; parts: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    const text = current.parts.reduce(joinTexts, '').trim();
    if (text === '') warnings.push(`line ${current.line}: footnote ${current.n} has no text`);
    footnotes.push({ n: current.n, text, line: current.line });
    current = null;
  };
  let j = start;
  for (; j < lines.length; j++) {
    const line = lines[j] as SourceLine;
    if (isBlank(line)) continue;
    if (line.separator) break;
    const expected = (current?.n ?? footnotes.at(-1)?.n ?? 0) + 1;
    const next = FOOTNOTE_START.exec(line.text);
    const n = next ? Number(next[1]) : NaN;
    const ended = current === null || (current.parts.length > 0 && SENTENCE_END.test(current.parts.at(-1) ?? ''));
    if (next && ended && n >= expected && n <= expected + 2) {
      flush();
      if (n > expected) warnings.push(`line ${line.n}: footnote ${n} follows footnote ${expected - 1}; footnotes are missing`);
      current = { n, line: line.n, parts: next[2] ? [next[2]] : [] };
      continue;
    }
    if (current && !ended) {
      current.parts.push(line.text);
      continue;
    }
    break;
  }
  flush();
  return j;
}

/** Replaces footnote marks in the body with placeholders, in reading order. */
function placeMarks(body: SourceLine[], footnotes: LiftedFootnote[], warnings: string[]): SourceLine[] {
  const known = new Set(footnotes.map((f) => f.n));
  let highest = 0;
  const accept = (n: number, firstUseOnly: boolean) => {
    const ok = known.has(n) && (firstUseOnly ? n === highest + 1 : n <= highest + 1);
    if (ok) highest = Math.max(highest, n);
    return ok;
  };
  const out: SourceLine[] = [];
  for (let i = 0; i < body.length; i++) {
    const line = body[i] as SourceLine;
    const alone = MARK_ALONE.exec(line.text);
    const previous = out.findLast((l) => !isBlank(l));
    if (alone && previous && accept(Number(alone[1]), false)) {
      previous.text = previous.text.replace(/\s+$/, '') + markPlaceholder(Number(alone[1]));
      const rest = body[i + 1];
      if (rest && !isBlank(rest) && !rest.separator && !LABEL_LINE.test(rest.text) && !/^\s{2,}/.test(rest.text)) {
        previous.text += rest.text.trim();
        i++;
      }
      continue;
    }
    if (alone) warnings.push(`line ${line.n}: the number ${alone[1]} stands alone on a line and is no footnote mark; kept as text`);
    const text = line.text
      .replace(GLUED_AFTER_PUNCTUATION, (all, before: string, n: string) => (accept(Number(n), false) ? before + markPlaceholder(Number(n)) : all))
      .replace(GLUED_AFTER_WORD, (all, before: string, n: string) => (accept(Number(n), true) ? before + markPlaceholder(Number(n)) : all));
    out.push({ ...line, text });
  }
  return out;
}
