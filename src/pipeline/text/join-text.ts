import { stripMarks } from './footnote-mark.ts';

/** A character set in ideographs or kana, where lines join without a space. */
const CJK = /[\u2E80-\u9FFF\u3000-\u303F\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFD}]/u;

/** True when the character is CJK (an ideograph, kana, or full-width punctuation). */
export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
}

// How much of the left piece the join looks at: its end decides, and never the whole text, so
// that joining line after line onto a long paragraph costs each line's length, not the
// paragraph's (a 50 MB text is read in linear time: scripts/bench/join-text.ts).
const TAIL = 256;

/**
 * Joins two wrapped pieces of one paragraph: no space between CJK characters; none after a
 * hyphen or a slash at the line's end, which in UN documents belong to the words ("Secretary-
 * General", "follow-up", "2014-2015", "A/70/63-E/2015/10"; the UN does not hyphenate words to
 * justify lines); a soft hyphen dropped; one space between other words. Footnote marks at the
 * end of the left piece do not change how the words join.
 */
export function joinTexts(left: string, right: string): string {
  const { head, tail } = splitTail(left);
  const a = tail.replace(/[ \t\u3000]+$/, '');
  const b = right.replace(/^[ \t\u3000]+/, '');
  if (a === '') return head === '' ? b : joinTexts(head, b);
  if (b === '') return head + a;
  const end = stripMarks(a);
  const last = lastChar(end);
  const first = b.codePointAt(0) === undefined ? undefined : String.fromCodePoint(b.codePointAt(0)!);
  const soft = a.lastIndexOf('\u00AD');
  if (last === '\u00AD') return head + a.slice(0, soft) + a.slice(soft + 1) + b;
  if (isCjk(last) || isCjk(first)) return head + a + b;
  // Quotes and brackets set inside Chinese text take no space either: "调查”" + "(联合国".
  const inner = (text: string) => text.replace(/[“”‘’"()（）《》]+/g, '');
  if (isCjk(lastChar(inner(end))) || isCjk(firstChar(inner(b.slice(0, TAIL))))) return head + a + b;
  // A dash set apart by spaces ("connectivité - une chance") is no hyphen: the space stays.
  if (/\s[-–—]$/.test(end)) return `${head}${a} ${b}`;
  if (last === '-' || last === '\u2011' || last === '/' || last === '\u2010') return head + a + b;
  return `${head}${a} ${b}`;
}

/** The text cut before its last TAIL characters (never inside a surrogate pair or a footnote placeholder). */
function splitTail(text: string): { head: string; tail: string } {
  if (text.length <= TAIL) return { head: '', tail: text };
  let at = text.length - TAIL;
  if (/[\uDC00-\uDFFF]/.test(text[at]!)) at--;
  // Inside a footnote placeholder (a close before any open): cut before its open.
  const close = text.indexOf('\uFDD1', at);
  const open = text.indexOf('\uFDD0', at);
  if (close !== -1 && (open === -1 || close < open)) at = Math.max(0, text.lastIndexOf('\uFDD0', at));
  return { head: text.slice(0, at), tail: text.slice(at) };
}

function lastChar(text: string): string | undefined {
  const code = text.codePointAt(text.length - 1);
  if (code === undefined) return undefined;
  // A low surrogate ends the text: the character is the pair.
  if (code >= 0xdc00 && code <= 0xdfff && text.length > 1) return String.fromCodePoint(text.codePointAt(text.length - 2)!);
  return String.fromCodePoint(code);
}

function firstChar(text: string): string | undefined {
  const code = text.codePointAt(0);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

/**
 * Joins many wrapped pieces, one after another, by joinTexts' rules, in time linear in their
 * length: only the end of the text so far is kept as one string (each join reads only that
 * much), the rest as finished parts joined once by `text()`. Joining line by line onto a
 * string copies the whole paragraph at each line: a 1 MB "paragraph" took two minutes.
 */
export class TextJoiner {
  private readonly done: string[] = [];
  private end: string;

  constructor(first = '') {
    this.end = first;
  }

  /** Joins a piece as joinTexts would, or with one space (`spaced`: after a label alone on its line). */
  add(piece: string, spaced = false): this {
    const joined = spaced ? `${this.end} ${piece}` : joinTexts(this.end, piece);
    if (joined.length <= 2 * TAIL) this.end = joined;
    else {
      const { head, tail } = splitTail(joined);
      this.done.push(head);
      this.end = tail;
    }
    return this;
  }

  /** The text so far. */
  text(): string {
    return this.done.join('') + this.end;
  }
}
