import { displayWidth } from '../../src/pipeline/text/display-width.ts';
import type { FootnoteMark } from '../../src/pipeline/text/footnote-mark.ts';

/** One printed line of a block: its words, the footnote marks in it, and where it stands in the block. */
export interface Line {
  /** The words of the line, the label included on a block's first line; no marks. */
  text: string;
  /** The marks printed in this line, `at` counted in `text`. */
  marks: FootnoteMark[];
  /** The length of the label ("12. ") at the start of `text`, on a block's first line. */
  label: number;
  first: boolean;
  last: boolean;
}

// Chinese is set to the character, with Latin runs ("E/2023/31") kept whole; punctuation that
// may not open a line (kinsoku) stays at the end of the line before.
// A no-break space ("3 840", "64º período") is no place to break a line.
const CJK_TOKEN = /[ \t\r\n]+|[\x21-\x7E\u00A0\u00C0-\u024F\u2010-\u2015\u202F]+|./gsu;
const LATIN_TOKEN = /[ \t\r\n]+|[^ \t\r\n]+/g;
const NO_LINE_START = /^[，。；：、）》」』”’！？)\]】〕,.;:]/;

/**
 * Wraps a block's text at `measure` columns, as a justified UN page breaks it: at spaces, or
 * between any two characters in Chinese. `label` ("12.") opens the first line, followed by a
 * space; `indent` columns are taken by a first-line indent. Marks stay with the character
 * they follow.
 */
export function wrapText(text: string, marks: FootnoteMark[], measure: number, options: { cjk: boolean; label?: string | null; indent?: number }): Line[] {
  const prefix = options.label ? `${options.label} ` : '';
  const tokens = [...text.matchAll(options.cjk ? CJK_TOKEN : LATIN_TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const spans: { start: number; end: number }[] = [];
  let start = -1;
  let end = -1;
  let width = displayWidth(prefix) + (options.indent ?? 0);
  for (const token of tokens) {
    if (/^[ \t\r\n]+$/.test(token.text)) continue;
    const gap = start >= 0 && token.start > end ? 1 : 0;
    const w = displayWidth(token.text) + gap;
    if (start >= 0 && width + w > measure && !(options.cjk && NO_LINE_START.test(token.text))) {
      spans.push({ start, end });
      start = -1;
      width = 0;
    }
    if (start < 0) {
      start = token.start;
      width += displayWidth(token.text);
    } else width += w;
    end = token.end;
  }
  if (start >= 0 || spans.length === 0) spans.push({ start: Math.max(start, 0), end: Math.max(end, 0) });
  return spans.map((span, i) => {
    const offset = i === 0 ? prefix.length : 0;
    const own = marks.filter((m) => m.at <= span.end && (i === 0 || m.at > (spans[i - 1]?.end ?? 0)));
    return {
      text: (i === 0 ? prefix : '') + text.slice(span.start, span.end),
      marks: own.map((m) => ({ n: m.n, at: Math.max(m.at - span.start, 0) + offset })),
      label: i === 0 ? prefix.length : 0,
      first: i === 0,
      last: i === spans.length - 1,
    };
  });
}

/** The line's text with its marks inserted where they stand: "Summit,1 and", "المعلومات(1)،". */
export function withMarks(line: Line, mark: (n: number) => string): string {
  let out = line.text;
  for (const m of [...line.marks].sort((a, b) => b.at - a.at)) out = out.slice(0, m.at) + mark(m.n) + out.slice(m.at);
  return out;
}

/** The line cut at its marks: the pieces of text, and the mark after each piece but the last. */
export function splitAtMarks(line: Line): { pieces: string[]; marks: number[] } {
  const pieces: string[] = [];
  const marks: number[] = [];
  let last = 0;
  for (const m of [...line.marks].sort((a, b) => a.at - b.at)) {
    pieces.push(line.text.slice(last, m.at));
    marks.push(m.n);
    last = m.at;
  }
  pieces.push(line.text.slice(last));
  return { pieces, marks };
}
