import type { Lang } from '../schemas/lang.ts';
import { characterTerms, queryCharacterTerms } from './character-terms.ts';

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

/** The text Pagefind indexes for one block of a resolution. */
export function indexedText(text: string, lang: Lang): string {
  return searchesByCharacter(lang) ? characterTerms(text).join(' ') : text;
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
