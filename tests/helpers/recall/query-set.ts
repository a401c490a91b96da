import { LANGS, type Lang } from '../../../src/schemas/lang.ts';
import { symbolPath } from '../../../src/utils/paths.ts';
import { loadModels, paragraphsOfModel, type Paragraph } from './paragraphs.ts';
import { randomInt, seededRandom, shuffled, type Random } from './prng.ts';

/*
 * The recall query sets of issue 6 (item 3): what a reader would type to find a paragraph they
 * have in front of them, as Ctrl-F would find it.
 *
 * - Chinese: a run of 2–6 characters as it stands in the paragraph. It may span punctuation and
 *   spaces (第 2014/27 号, 议程，并): Ctrl-F allows it, and a reader copying a phrase takes what is
 *   there. Such a query is flagged `punctuation`. A run that is only punctuation, digits and
 *   spaces is drawn again (nobody searches "，2"), and so is one that starts or ends with a space
 *   (the search box trims it).
 * - Arabic, English, French, Russian, Spanish: 2–3 consecutive words (runs between spaces),
 *   punctuation before the first and after the last word taken off ("Council, Recalling" keeps its
 *   comma and is flagged; "(a)" never starts a query).
 *
 * Every language is sampled with its own seed (`${seed}:${lang}`), round-robin over its
 * resolutions in a shuffled order (so 300 queries touch every resolution of a 113-resolution
 * language), a paragraph drawn uniformly within the resolution. The draws are sequential, so the
 * first 100 queries of a 300-query set are the 100-query set.
 */

/** Languages whose queries are runs of characters rather than of words. */
export const CHARACTER_LANGS: readonly Lang[] = ['zh'];

/** One query, where it must land, and how hard that is. */
export interface RecallQuery {
  lang: Lang;
  /** What is typed into the search box. */
  q: string;
  symbol: string;
  /** The resolution page, relative to the site's base: `zh/E/RES/2023/3/`. */
  page: string;
  /** The paragraph's anchor on that page: `para-12`. */
  id: string;
  kind: Paragraph['kind'];
  /** Blocks of the whole language's corpus that contain the query (Ctrl-F's count, case-insensitive; whole words outside Chinese). At least 1. */
  occurrences: number;
  /** Resolutions of the language that contain it: more than 20 and no top 20 can hold them all. */
  pages: number;
  /** The query holds a character that is neither letter, mark, digit nor space (punctuation, a slash, a hyphen). */
  punctuation: boolean;
  /** Chinese: the query starts or ends inside a word, as the ICU word segmenter (Intl.Segmenter) splits the paragraph. Never for word languages. */
  cutsWord: boolean;
}

/** A query set: how it was drawn, and the queries of each language. */
export interface QuerySet {
  seed: string;
  perLang: number;
  queries: RecallQuery[];
}

/** How many queries, and from which seed. */
export interface QuerySetOptions {
  /** Queries per language (default 300). */
  perLang?: number;
  /** The seed; the default keeps the figures comparable from run to run. */
  seed?: string;
}

/** The default seed. Change it only to check that a figure is not an accident of the sample. */
export const DEFAULT_SEED = 'recall-1';
/** The default number of queries per language. */
export const DEFAULT_PER_LANG = 300;

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NOT_WORD_CHAR = /[^\p{L}\p{M}\p{N}\s]/u;
/** Tries per query before moving on to the next resolution (a resolution of one short paragraph may have none to give). */
const ATTEMPTS = 20;

/** A query set over the models under `modelsRoot` (`{lang}/{symbol}.json`: `.generated/models` or a built site). */
export function makeQuerySet(modelsRoot: string, langs: readonly Lang[] = LANGS, options: QuerySetOptions = {}): QuerySet {
  const seed = options.seed ?? DEFAULT_SEED;
  const perLang = options.perLang ?? DEFAULT_PER_LANG;
  const queries = langs.flatMap((lang) => {
    const paragraphs = loadModels(modelsRoot, lang).flatMap(paragraphsOfModel);
    return generateQueries(paragraphs, lang, { seed, perLang });
  });
  return { seed, perLang, queries };
}

/** `perLang` queries drawn from the blocks of one language (all of its resolutions), with their occurrence counts. */
export function generateQueries(paragraphs: readonly Paragraph[], lang: Lang, options: QuerySetOptions = {}): RecallQuery[] {
  const random = seededRandom(`${options.seed ?? DEFAULT_SEED}:${lang}`);
  const perLang = options.perLang ?? DEFAULT_PER_LANG;
  const own = paragraphs.filter((p) => p.lang === lang);
  const bySymbol = new Map<string, Paragraph[]>();
  for (const p of own) bySymbol.set(p.symbol, [...(bySymbol.get(p.symbol) ?? []), p]);
  const symbols = shuffled(random, [...bySymbol.keys()]);
  const draw = CHARACTER_LANGS.includes(lang) ? drawCharacters : drawWords;
  const counter = occurrenceCounter(own, lang);
  const seen = new Set<string>();
  const queries: RecallQuery[] = [];
  // A language whose every paragraph is too short to give a query would loop for ever: stop after a round with nothing new.
  for (let turn = 0, idle = 0; queries.length < perLang && symbols.length > 0 && idle < symbols.length; turn++) {
    const candidates = bySymbol.get(symbols[turn % symbols.length]!)!;
    let added = false;
    for (let attempt = 0; attempt < ATTEMPTS && !added; attempt++) {
      const paragraph = candidates[Math.floor(random() * candidates.length)]!;
      const drawn = draw(random, paragraph.text);
      if (drawn === null) continue;
      const { q, start } = drawn;
      const key = `${q}\u0000${paragraph.symbol}#${paragraph.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const { occurrences, pages } = counter(q);
      queries.push({
        lang,
        q,
        symbol: paragraph.symbol,
        page: `${lang}/${symbolPath(paragraph.symbol)}/`,
        id: paragraph.id,
        kind: paragraph.kind,
        occurrences,
        pages,
        punctuation: NOT_WORD_CHAR.test(q),
        cutsWord: CHARACTER_LANGS.includes(lang) && cutsWord(paragraph.text, start, q.length, lang),
      });
      added = true;
    }
    idle = added ? 0 : idle + 1;
  }
  return queries;
}

/** A query drawn from a text, and where it starts there (UTF-16 index). */
export interface Drawn {
  q: string;
  start: number;
}

/** A run of 2–6 characters (code points) of the text, or null when the draw gives one nobody would search. */
export function drawCharacters(random: Random, text: string): Drawn | null {
  const chars = Array.from(text);
  if (chars.length < 2) return null;
  const length = randomInt(random, 2, Math.min(6, chars.length));
  const start = randomInt(random, 0, chars.length - length);
  const q = chars.slice(start, start + length).join('');
  if (!LETTER.test(q) || q !== q.trim()) return null;
  return { q, start: chars.slice(0, start).join('').length };
}

/** 2–3 consecutive words of the text as they stand, outer punctuation off, or null when there are not two words there. */
export function drawWords(random: Random, text: string): Drawn | null {
  const tokens = [...text.matchAll(/\S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length, word: match[0] }));
  if (tokens.length < 2) return null;
  const count = randomInt(random, 2, Math.min(3, tokens.length));
  const first = randomInt(random, 0, tokens.length - count);
  const run = tokens.slice(first, first + count);
  if (run.filter((token) => LETTER_OR_DIGIT.test(token.word)).length < 2) return null;
  const raw = text.slice(run[0]!.start, run.at(-1)!.end);
  const lead = /^[^\p{L}\p{N}]*/u.exec(raw)![0].length;
  const q = raw.slice(lead).replace(/[^\p{L}\p{M}\p{N}]+$/u, '');
  // Outer punctuation off may leave one word ("– development"): not a phrase.
  if (q.split(' ').filter((word) => LETTER_OR_DIGIT.test(word)).length < 2 || !LETTER.test(q)) return null;
  return { q, start: run[0]!.start + lead };
}

/**
 * Counts the blocks and resolutions of a language that contain a query, as Ctrl-F would find it
 * in each: case-insensitive; in Chinese anywhere, elsewhere as whole words ("and the" is not in
 * "and theme"), which is what a phrase search can be expected to match.
 */
export function occurrenceCounter(paragraphs: readonly Paragraph[], lang: Lang): (q: string) => { occurrences: number; pages: number } {
  const lowered = paragraphs.map((p) => ({ symbol: p.symbol, text: p.text.toLowerCase() }));
  const wholeWords = !CHARACTER_LANGS.includes(lang);
  return (q) => {
    const needle = q.toLowerCase();
    const bounded = wholeWords ? new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{M}\\p{N}])`, 'u') : null;
    const symbols = new Set<string>();
    let occurrences = 0;
    for (const p of lowered) {
      if (!p.text.includes(needle) || (bounded && !bounded.test(p.text))) continue;
      occurrences++;
      symbols.add(p.symbol);
    }
    return { occurrences, pages: symbols.size };
  };
}

/** Whether the run of `length` UTF-16 units at `start` of `text` starts or ends inside a word of the ICU word segmentation. */
export function cutsWord(text: string, start: number, length: number, lang: Lang): boolean {
  const boundaries = new Set<number>([text.length]);
  for (const segment of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) boundaries.add(segment.index);
  return !boundaries.has(start) || !boundaries.has(start + length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
