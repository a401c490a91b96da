import type { Lang } from '../schemas/lang.ts';
import { queryCharacterTerms } from './character-terms.ts';

/*
 * What Pagefind indexes and what it is asked, per language. Chinese is given terms of the
 * archive's own making (character-terms.ts); the other five languages are written with spaces
 * between words, and Pagefind's own words (with its stemming: "developing" finds "development")
 * serve them as they are.
 */

/** Languages searched by character terms rather than by Pagefind's words. */
export const CHARACTER_SEARCH_LANGS: readonly Lang[] = ['zh'];

/** Whether a language is searched by character terms. */
export function searchesByCharacter(lang: Lang): boolean {
  return CHARACTER_SEARCH_LANGS.includes(lang);
}

/** White space as Pagefind's indexer splits on it (Rust's `split_whitespace`, Unicode White_Space): JavaScript's `\s` less U+FEFF, plus U+0085. */
const PAGEFIND_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/**
 * The words Pagefind keeps of a text outside Chinese, in the order its record's `content` gives
 * them back, one space apart: split at white space, zero-width spaces taken out, empty words and
 * Pagefind's own markers (`___PAGEFIND_…`) dropped, as its indexer does.
 */
export function pagefindWords(text: string): string[] {
  return text
    .split(PAGEFIND_SPACE)
    .map((word) => word.replace(/\u200b/g, ''))
    .filter((word) => word && !/^___(?:END_)?PAGEFIND_/.test(word));
}

/** The query Pagefind is asked for what the reader typed; empty when nothing in it can be searched. */
export function pagefindQuery(query: string, lang: Lang): string {
  return searchesByCharacter(lang) ? queryCharacterTerms(query).join(' ') : query.trim();
}

/**
 * How many terms the query has, as they stand in a matching text one after another. Outside
 * Chinese, Pagefind's words are what white space separates (it keeps l’ensemble, 70/1 and
 * co-operation whole), those with a letter or digit in them.
 */
export function queryTermCount(query: string, lang: Lang): number {
  if (searchesByCharacter(lang)) return queryCharacterTerms(query).length;
  return query.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
