import type { Lang } from '../schemas/lang.ts';
import { searchesByCharacter } from './search-terms.ts';

/*
 * Where a query stands in a paragraph, as Ctrl-F would find it, only a little more forgiving:
 * case, compatibility forms (全角 ，→ ,), accents and Arabic vowel marks are ignored, and so is
 * the width of spacing (a run of white space is one space; in Chinese, where a line break of the
 * PDF may leave one, none). Punctuation counts. Each character of the folded text remembers where
 * it came from, so the match can be marked in the text as printed.
 */

/** A text folded for matching, with the index in the original of each folded character. */
export interface FoldedText {
  text: string;
  /** `origin[i]` is the index (UTF-16) in the original text of folded character `i`; one more entry marks the end. */
  origin: number[];
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const MARK = /\p{M}/u;

/** Folds a text for matching (see above); `lang` decides whether spacing counts (not in Chinese). */
export function foldText(text: string, lang: Lang): FoldedText {
  const keepSpaces = !searchesByCharacter(lang);
  let out = '';
  const origin: number[] = [];
  let pendingSpace = false;
  let index = 0;
  for (const character of text) {
    const folded = character.normalize('NFKD').toLowerCase();
    for (const piece of folded) {
      if (MARK.test(piece)) continue;
      if (!SPACE.test(piece)) {
        if (pendingSpace && out.length > 0) {
          out += ' ';
          origin.push(index);
        }
        pendingSpace = false;
        out += piece;
        for (let k = 0; k < piece.length; k++) origin.push(index);
      } else if (keepSpaces) pendingSpace = true;
    }
    index += character.length;
  }
  origin.push(text.length);
  return { text: out, origin };
}

/** A range of the original text, [start, end). */
export type TextRange = [start: number, end: number];

/** Where the query stands in a text: the ranges, and whether one of them is whole words ("and the" in "and theme" is not). */
export interface QueryMatch {
  ranges: TextRange[];
  wholeWords: boolean;
}

/** Every place the query stands in the text, as ranges of the text as printed; none when the query folds to nothing. In Chinese every match is whole. */
export function matchQuery(text: string, query: string, lang: Lang): QueryMatch {
  const needle = foldText(query, lang).text;
  const match: QueryMatch = { ranges: [], wholeWords: false };
  if (!needle) return match;
  const hay = foldText(text, lang);
  const bySpaces = !searchesByCharacter(lang);
  for (let at = hay.text.indexOf(needle); at >= 0; at = hay.text.indexOf(needle, at + needle.length)) {
    const end = at + needle.length;
    match.ranges.push([hay.origin[at]!, endOf(text, hay.origin[end - 1]!)]);
    if (!bySpaces || (!WORD_CHARACTER.test(hay.text[at - 1] ?? ' ') && !WORD_CHARACTER.test(hay.text[end] ?? ' '))) match.wholeWords = true;
  }
  return match;
}

/** The ranges where the query stands in the text (matchQuery). */
export function findQuery(text: string, query: string, lang: Lang): TextRange[] {
  return matchQuery(text, query, lang).ranges;
}

/** The end (exclusive) of the original character that starts at `index`: one or two UTF-16 units. */
function endOf(text: string, index: number): number {
  return index + ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
}

/**
 * Where the query's words (outside Chinese) or its characters (in Chinese) stand in the text,
 * each found word or character as a range: for a paragraph that has the words, not the phrase.
 */
export function findQueryParts(text: string, query: string, lang: Lang): TextRange[] {
  const folded = foldText(query, lang).text;
  const parts = searchesByCharacter(lang) ? [...folded] : (folded.match(/[\p{L}\p{N}]+/gu) ?? []);
  const ranges = [...new Set(parts.filter(Boolean))].flatMap((part) => findQuery(text, part, lang));
  return mergeRanges(ranges);
}

/** Ranges sorted, overlapping ones joined. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: TextRange[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([range[0], range[1]]);
  }
  return out;
}
