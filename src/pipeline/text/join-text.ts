/** A character set in ideographs or kana, where lines join without a space. */
const CJK = /[\u2E80-\u9FFF\u3000-\u303F\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFD}]/u;
// A word broken at a hyphen in Latin, Cyrillic or Greek script: "devel-" + "opment".
const HYPHENATED = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]{2}-$/u;
// A UN symbol cut after "/" or after the hyphen of a joint symbol: "A/70/63-" + "E/2015/10".
const SYMBOL_CUT = /(?:\/|[0-9A-Z.]+-)$/;
const SYMBOL_START = /^(?:[A-Z]{1,8}\/|[0-9A-Z][0-9A-Za-z.]*(?:\/|$))/;

/** True when the character is CJK (an ideograph, kana, or full-width punctuation). */
export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
}

/**
 * Joins two wrapped pieces of one paragraph: no space between CJK characters, none inside
 * a UN symbol cut at "/" or a joint symbol's hyphen, a hyphenated Latin word rejoined, and
 * one space between other words.
 */
export function joinTexts(left: string, right: string): string {
  const a = left.replace(/[ \t\u3000]+$/, '');
  const b = right.replace(/^[ \t\u3000]+/, '');
  if (a === '') return b;
  if (b === '') return a;
  const last = [...a].at(-1);
  const first = [...b][0];
  if (isCjk(last) || isCjk(first)) return a + b;
  if (SYMBOL_CUT.test(a) && SYMBOL_START.test(b) && /[A-Z0-9]\/|^[A-Z0-9]/.test(a.slice(-12))) return a + b;
  if (HYPHENATED.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}
