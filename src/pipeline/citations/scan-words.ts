import type { PrintedResolution } from './printed-resolution.ts';

/**
 * How one language with words before the number (English, French, Spanish, Russian,
 * Arabic) prints citations of resolutions and decisions. Every regex is built once,
 * by the language's module.
 */
export interface WordGrammar {
  /** Global: the citing word (group 1), maybe an organ, then the number (group 2). */
  start: RegExp;
  /** Tells a decision word ("decision", "décision", "решение", "مقرر") from a resolution word. */
  decision: RegExp;
  /** Sticky: a date, annex or separator, then a further number of the same list (group 1). */
  next: RegExp;
  /** `$`-anchored on the text before the word: a pinpoint such as "paragraph 57 of its " (group 1). */
  paraBefore: RegExp;
  /** Sticky after a number: its date ("of 16 July 2014", "от 21 июля 2022 года"), whose last four digits are the year. */
  date: RegExp;
  /** Sticky after the number: a pinpoint such as ", paragraph 57" (group 1). */
  paraAfter: RegExp;
  /** True when the citation at `start`, ending at `end`, names a body other than the GA and ECOSOC. */
  otherBody(text: string, start: number, end: number): boolean;
}

const YEAR = /(\d{4})\D*$/;

/** The year of the date printed right after `end`, if any. */
function yearAfter(text: string, end: number, date: RegExp): number | undefined {
  date.lastIndex = end;
  const m = date.exec(text);
  return m === null ? undefined : Number(YEAR.exec(m[0])?.[1]);
}

/**
 * Every resolution or decision number cited in `text` by the grammar `g`. The link
 * text runs from the citing word to the number ("resolution 2014/27"), grows to take
 * a pinpoint ("paragraph 57 of resolution 2014/27"), and in a list the later items are
 * the bare numbers. Linear: each regex resumes where the last one stopped.
 */
export function scanWords(text: string, g: WordGrammar): PrintedResolution[] {
  const found: PrintedResolution[] = [];
  const { start, next, paraBefore, paraAfter } = g;
  start.lastIndex = 0;
  for (let m = start.exec(text); m !== null; m = start.exec(text)) {
    const type = g.decision.test(m[1] ?? '') ? 'decision' : 'resolution';
    const first: PrintedResolution = { start: m.index, end: start.lastIndex, number: m[2] ?? '', type };
    const items = [first];
    for (next.lastIndex = start.lastIndex; ; next.lastIndex = start.lastIndex) {
      const n = next.exec(text);
      if (n === null) break;
      start.lastIndex = next.lastIndex;
      const number = n[1] ?? '';
      items.push({ start: next.lastIndex - number.length, end: next.lastIndex, number, type });
    }
    for (const item of items) {
      const year = yearAfter(text, item.end, g.date);
      if (year !== undefined) item.year = year;
    }
    if (items.length === 1) {
      const before = paraBefore.exec(text.slice(Math.max(0, m.index - 120), m.index));
      paraAfter.lastIndex = first.end;
      const after = before === null ? paraAfter.exec(text) : null;
      if (before !== null) {
        first.start = m.index - before[0].length;
        first.para = before[1];
      } else if (after !== null) {
        first.end = start.lastIndex = paraAfter.lastIndex;
        first.para = after[1];
      }
    }
    if (!g.otherBody(text, m.index, start.lastIndex)) found.push(...items);
  }
  return found;
}
