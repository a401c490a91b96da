import { toAsciiDigits } from '../ascii-digits.ts';
import { romanId } from './positional-ids.ts';

/**
 * The labels that open a paragraph as the UN prints them. Operative paragraphs are
 * numbered "1." (Word texts put a tab after it; Arabic texts print "1 -", sometimes in
 * Arabic-Indic digits); sub-paragraphs are lettered "(a)" or "a)" in the Latin, Cyrillic
 * ("а)", "(б)") or Arabic ("(أ)", "(هـ)") alphabet; items inside them "(i)" or, in
 * Chinese, "㈠" / "(一)".
 */
// The dot is not one inside a number or a reference ("9.c de la Agenda", "1.5", "2/3"); Arabic prints "1 -" or "1 –".
const OPERATIVE = /^[ \t\u3000\u200f]*([0-9\u0660-\u0669\u06f0-\u06f9]{1,4})[ \t]*(?:[.．](?![\d/\p{Ll}])|[-–](?=[ \t]))[ \t\u3000]*/u;
const LETTERED = /^[ \t\u3000\u200f]*(?:[(（]([a-z]{1,2}|[а-я]|[\u0621-\u064a]\u0640?)[)）]|([a-z]|[а-я])\))[ \t\u3000]*/;
// Arabic numbers its items "’1‘", "’2‘" where the other languages print (i), (ii).
const ROMAN = /^[ \t\u3000\u200f]*(?:[(（]([ivxlc]{1,6})[)）]|([ivxlc]{1,6})\)|[’‘]([0-9\u0660-\u0669]{1,2})[’‘])[ \t\u3000]*/;
const CJK_ITEM = /^[ \t\u3000]*(?:([\u3220-\u3229])|[(（]([一二三四五六七八九十]{1,3})[)）])[ \t\u3000]*/;
// Section headings of long texts and annexes: "I.", "IV.", "A." before the heading's words.
const SECTION = /^[ \t\u3000]*([IVXL]{1,6}|[A-Z])[.．][ \t\u3000]*/;
// "2015/26.", "2021/2 B."; Arabic prints a dash after the number: "2023/3 - تقييم …".
const TITLE_NUMBER = /^[ \t\u3000]*(\d{1,4}\/\d+(?:[ \t]*[A-Z])?)(?:[ \t]*[.．]|[ \t]+[-–](?=[ \t]))[ \t\u3000]*/;

/**
 * A label printed alone on its line (pdftotext, PyMuPDF), its paragraph's words on the next:
 * "12.", "1 -", "I.", "(a)", "a)", "а)", "(أ)", "(一)", "㈠", and Arabic's item label "’1‘".
 */
export const LABEL_ONLY = /^\s*(?:\d{1,4}\s*(?:[.．]|[-–])|(?:[IVXL]{1,6}|[A-Z])[.．]|[(（](?:[a-z]{1,2}|[ivxlc]{1,6}|[а-я]|[\u0621-\u064a]\u0640?|[一二三四五六七八九十]{1,3})[)）]|(?:[a-z]{1,2}|[ivxlc]{1,6}|[а-я])\)|[’‘]\d{1,2}[’‘]|[\u3220-\u3229])\s*$/;

/** A label found at the start of a line: its kind, the label as printed, and the text after it. */
export interface Label {
  kind: 'operative' | 'lettered' | 'roman' | 'cjk-item' | 'title' | 'section';
  /** The label without its brackets or dot: "48", "c", "ii", "㈠", "2015/26". */
  value: string;
  /** The label as printed, white space trimmed: "48.", "(c)", "㈠". */
  printed: string;
  /** The text after the label. */
  rest: string;
}

/** Reads the label at the start of `text`, if any. "(i)" is read as roman; the caller decides by context. */
export function readLabel(text: string): Label | null {
  const patterns: [Label['kind'], RegExp][] = [
    ['title', TITLE_NUMBER],
    ['operative', OPERATIVE],
    ['roman', ROMAN],
    ['lettered', LETTERED],
    ['cjk-item', CJK_ITEM],
    ['section', SECTION],
  ];
  for (const [kind, pattern] of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const rest = text.slice(match[0].length);
    if (rest.trim() === '' && kind !== 'title' && kind !== 'section') continue;
    const printed = toAsciiDigits(match.slice(1).find((g) => g !== undefined) ?? '');
    const value = kind === 'roman' && /^\d+$/.test(printed) ? romanId(Number(printed)) : printed;
    return { kind, value, printed: match[0].trim(), rest };
  }
  return null;
}


/**
 * Whether `n` can be the number of the next operative paragraph after `last`: numbering goes
 * on from the last, a part or an annex starts again at 1, and a misprint may skip two.
 */
export function isNextNumber(n: number, last: number): boolean {
  return Number.isInteger(n) && (n === 1 || (n > last && n <= last + 3));
}
