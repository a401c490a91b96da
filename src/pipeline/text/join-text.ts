import { stripMarks } from './footnote-mark.ts';

/** A character set in ideographs or kana, where lines join without a space. */
const CJK = /[\u2E80-\u9FFF\u3000-\u303F\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFD}]/u;

/** True when the character is CJK (an ideograph, kana, or full-width punctuation). */
export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
}

/**
 * Joins two wrapped pieces of one paragraph: no space between CJK characters; none after a
 * hyphen or a slash at the line's end, which in UN documents belong to the words ("Secretary-
 * General", "follow-up", "2014-2015", "A/70/63-E/2015/10"; the UN does not hyphenate words to
 * justify lines); a soft hyphen dropped; one space between other words. Footnote marks at the
 * end of the left piece do not change how the words join.
 */
export function joinTexts(left: string, right: string): string {
  const a = left.replace(/[ \t\u3000]+$/, '');
  const b = right.replace(/^[ \t\u3000]+/, '');
  if (a === '') return b;
  if (b === '') return a;
  const last = [...stripMarks(a)].at(-1);
  const first = [...b][0];
  if (last === '\u00AD') return a.slice(0, a.lastIndexOf('\u00AD')) + a.slice(a.lastIndexOf('\u00AD') + 1) + b;
  if (isCjk(last) || isCjk(first)) return a + b;
  // Quotes and brackets set inside Chinese text take no space either: "调查”" + "(联合国".
  const inner = (text: string) => [...text.replace(/[“”‘’"()（）《》]+/g, '')];
  if (isCjk(inner(stripMarks(a)).at(-1)) || isCjk(inner(b)[0])) return a + b;
  // A dash set apart by spaces ("connectivité - une chance") is no hyphen: the space stays.
  if (/\s[-–—]$/.test(stripMarks(a))) return `${a} ${b}`;
  if (last === '-' || last === '\u2011' || last === '/' || last === '\u2010') return a + b;
  return `${a} ${b}`;
}
