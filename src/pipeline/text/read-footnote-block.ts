import { joinTexts } from './join-text.ts';
import { isBlank, type SourceLine } from './source-line.ts';

/** A footnote as lifted from the bottom of its page: its number, text and first line. */
export interface LiftedFootnote {
  n: number;
  /** The footnote's text, wrapped lines joined; may hold marks of its own. */
  text: string;
  line: number;
}

const FOOTNOTE_START = /^\s*(\d{1,3})(?:[ \t\u3000]+(\S.*))?$/;
const NUMBER_ALONE = /^\s*(\d{1,3})\s*$/;
// A footnote's text ends with the end of a sentence or of a citation in brackets.
const SENTENCE_END = /[。．.！？!?)）\]】]\s*$/;

/**
 * Reads the footnotes after a separator rule into `footnotes`; returns the index of the first
 * body line after them. Most extractions print each number before its text ("1" then the text,
 * or "1 Official Records…"); pdftotext may print the texts first and the numbers apart, out of
 * order, and those are paired by position.
 */
export function readFootnoteBlock(lines: SourceLine[], start: number, footnotes: LiftedFootnote[], warnings: string[]): number {
  const first = lines.slice(start).find((l) => !isBlank(l));
  if (first && !first.separator && !FOOTNOTE_START.test(first.text)) return readDetachedNumbers(lines, start, footnotes, warnings);
  let current: { n: number; line: number; parts: string[] } | null = null;
  const flush = () => {
    if (current) footnotes.push(finish(current.n, current.line, current.parts, warnings));
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

/**
 * Texts first, numbers apart ("S/PRST/2010/1; …", "4", "S/PRST/2013/12; …", …, "3"): the block
 * ends once every text has a number; the numbers, sorted, go to the texts in order.
 */
function readDetachedNumbers(lines: SourceLine[], start: number, footnotes: LiftedFootnote[], warnings: string[]): number {
  const numbers: number[] = [];
  const pieces: SourceLine[][] = [];
  let open = false;
  let j = start;
  for (; j < lines.length; j++) {
    const line = lines[j] as SourceLine;
    if (isBlank(line)) continue;
    if (line.separator) break;
    const alone = NUMBER_ALONE.exec(line.text);
    if (alone) {
      numbers.push(Number(alone[1]));
      open = false;
      continue;
    }
    if (!open && numbers.length >= pieces.length && pieces.length > 0) break;
    if (open) (pieces.at(-1) as SourceLine[]).push(line);
    else pieces.push([line]);
    open = !SENTENCE_END.test(line.text);
  }
  const sorted = [...numbers].sort((a, b) => a - b);
  if (sorted.length !== pieces.length) {
    warnings.push(`line ${lines[start]?.n ?? 0}: ${pieces.length} footnote texts and ${sorted.length} numbers at the foot of the page; paired in order`);
  }
  pieces.forEach((piece, k) => {
    const n = sorted[k] ?? (footnotes.at(-1)?.n ?? 0) + 1;
    footnotes.push(finish(n, piece[0]?.n ?? 0, piece.map((l) => l.text), warnings));
  });
  return j;
}

function finish(n: number, line: number, parts: string[], warnings: string[]): LiftedFootnote {
  const text = parts.reduce(joinTexts, '').trim();
  if (text === '') warnings.push(`line ${line}: footnote ${n} has no text`);
  return { n, text, line };
}
