import { toAsciiDigits } from '../ascii-digits.ts';

/**
 * The printed labels of paragraphs and items (`<num>`), as the six languages print them:
 * "1.", "1 -" and "١ -" (Arabic), "(a)", "a)", "а)" (Cyrillic), "(أ)", "(i)", "’1‘" (an
 * Arabic item), "㈠" and "(十一)" (Chinese items), and heading numbers "I.", "A.", "一.".
 */
export interface NumLabel {
  /** number: an operative paragraph; letter: a sub-paragraph; roman, item: an item; heading: a numbered heading. */
  kind: 'number' | 'letter' | 'roman' | 'item' | 'heading' | 'other';
  /** The label without brackets, dot or dash, digits in ASCII: "12", "c", "أ", "ii", "㈠", "A". */
  value: string;
  /** The label as printed, white space trimmed. */
  printed: string;
}

const NUMBER = /^(\d{1,4})\s*[.．\-–]?$/;
const ROMAN = /^\(?([ivxlc]{1,7})\)$/;
const LATIN_LETTER = /^\(?([a-z]{1,2})\)$/;
const CYRILLIC_LETTER = /^\(?([а-я])\)$/;
const ARABIC_LETTER = /^\(([\u0621-\u064A]\u0640?)\)$/;
const ARABIC_ITEM = /^[’‘'(]?(\d{1,3})[’‘')]$/;
const CJK_ITEM = /^(?:([\u3220-\u3229])|[(（]([一二三四五六七八九十]{1,3})[)）])$/;
const HEADING = /^([IVXLC]{1,6}|[A-Z]|[А-Я]|[一二三四五六七八九十]{1,3})\s*[.．、]$/;

/** Reads a printed label. "(i)", "(v)" and "(x)" read as roman: whether they are letters is told by context. */
export function readNum(printed: string): NumLabel {
  const label = printed.replace(/\s+/g, ' ').trim();
  const ascii = toAsciiDigits(label);
  const patterns: [NumLabel['kind'], RegExp][] = [
    ['number', NUMBER],
    ['roman', ROMAN],
    ['letter', LATIN_LETTER],
    ['letter', CYRILLIC_LETTER],
    ['letter', ARABIC_LETTER],
    ['item', ARABIC_ITEM],
    ['item', CJK_ITEM],
    ['heading', HEADING],
  ];
  for (const [kind, pattern] of patterns) {
    const match = pattern.exec(ascii);
    if (match) return { kind, value: match.slice(1).find((g) => g !== undefined) ?? '', printed: label };
  }
  return { kind: 'other', value: label, printed: label };
}


/**
 * A label printed as the first word of a paragraph's text rather than in `<num>` (the
 * annexes' "(a) Committee on Transport;"): the label and the words after it.
 */
export function leadingLabel(text: string): { label: NumLabel; rest: string } | null {
  // A Chinese item label needs no space after it: "㈠森林合作伙伴关系…".
  const match = /^([\u3220-\u3229]|[(（][一二三四五六七八九十]{1,3}[)）])\s*(\S[\s\S]*)$/.exec(text.trim()) ?? /^(\S{1,8})\s+(\S[\s\S]*)$/.exec(text.trim());
  if (!match) return null;
  const label = readNum(match[1] as string);
  if (label.kind !== 'letter' && label.kind !== 'roman' && label.kind !== 'item') return null;
  return { label, rest: match[2] as string };
}

/**
 * An operative number printed in the text instead of `<num>` ("14- Encourages…", "14. Encourages…",
 * and once a bare "7 Pone de relieve…"); `bare` tells that no dot or dash follows it.
 */
export function leadingNumber(text: string): { label: NumLabel; rest: string; bare: boolean } | null {
  const match = /^([0-9\u0660-\u0669]{1,3})( ?[.．\-–])?\s+(\S[\s\S]*)$/.exec(text.trim());
  if (!match) return null;
  const label = readNum(`${match[1]}${match[2] ?? ''}`);
  return label.kind === 'number' ? { label, rest: match[3] as string, bare: match[2] === undefined } : null;
}
