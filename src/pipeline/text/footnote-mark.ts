/**
 * Footnote marks travel inside paragraph text as placeholders, so that joining and
 * recognising text keep them where they were printed. The placeholder uses Unicode
 * noncharacters, which decodeText removes from every source: they cannot collide.
 */
const OPEN = '\uFDD0';
const CLOSE = '\uFDD1';
const PLACEHOLDER = /\uFDD0(\d+)\uFDD1/g;

/** A footnote mark in a paragraph's clean text: footnote `n`, printed before character `at`. */
export interface FootnoteMark {
  n: number;
  at: number;
}

/** The placeholder for a mark of footnote `n`. */
export function markPlaceholder(n: number): string {
  return `${OPEN}${n}${CLOSE}`;
}

/** The text without placeholders, and the marks with their offsets in that text. */
export function extractMarks(text: string): { text: string; marks: FootnoteMark[] } {
  const marks: FootnoteMark[] = [];
  let clean = '';
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    clean += text.slice(last, match.index);
    marks.push({ n: Number(match[1]), at: clean.length });
    last = match.index + match[0].length;
  }
  clean += text.slice(last);
  return { text: clean, marks };
}

/** The text without placeholders. */
export function stripMarks(text: string): string {
  return text.replace(PLACEHOLDER, '');
}
