import type { Lang } from '../schemas/lang.ts';
import { excerpt, type ExcerptPart } from './excerpt.ts';
import { findQueryParts, matchQuery, type TextRange } from './match-text.ts';
import { phraseFirst } from './phrase-rank.ts';
import { DATE_SORT, OPENING_FILTER, type RecordBlock } from './record-shape.ts';
import { characterTerms, decodeCharacterTerms } from './character-terms.ts';
import { pagefindQuery, pagefindWords, queryTermCount, searchesByCharacter } from './search-terms.ts';
import type { FilterName } from './search-filters.ts';

/*
 * The search as the search page runs it, over Pagefind's browser API: the reader's words turned
 * into Pagefind's query (search-terms.ts), its results (records: runs of paragraphs,
 * search-records.ts) put phrase first (phrase-rank.ts), and each record's data loaded only when
 * its paragraphs are to be shown, a few at a time. A result row is one paragraph. The recall
 * test (tests/site/recall.browser.test.ts) runs this same module in Chromium.
 */

/** One of Pagefind's results, as far as the search reads it. */
export interface PagefindHit {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindRecordData>;
}

/** A record's data as Pagefind gives it back. */
export interface PagefindRecordData {
  url: string;
  /** The record's content as indexed: in Chinese its terms, which give the text back. */
  content?: string;
  meta: { title?: string; symbol?: string; page?: string; blocks?: string; [key: string]: string | undefined };
}

/** The part of Pagefind's browser API the search uses. */
export interface PagefindApi {
  search(query: string | null, options?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindHit[] } | null>;
}

/** The order of results: by relevance (phrase first), or by date of adoption. */
export type SearchOrder = 'relevance' | 'newest' | 'oldest';

/** What is searched: the words (may be empty, to list what the filters leave), the filters, the order. */
export interface SearchRequest {
  query: string;
  filters: Partial<Record<FilterName, string>>;
  order: SearchOrder;
}

/** One row of the results: a paragraph (or, when only filters are given, a resolution). */
export interface SearchRow {
  /** The resolution page, without the base: `/zh/E/RES/2015/26/`. */
  page: string;
  symbol: string;
  title: string;
  /** The paragraph's anchor; null for a row that stands for the whole resolution. */
  id: string | null;
  /** Its printed number or label; empty in the preamble and for headings. */
  num: string;
  excerpt: ExcerptPart[];
  /** How the query stands in the paragraph: as typed, in whole words (2); as typed, inside longer words (1); only some of its words (0). Folded as match-text.ts folds. */
  exactness: 0 | 1 | 2;
}

/** A search in progress: its size, and its rows a few at a time. */
export interface SearchRun {
  /** Records Pagefind found (each a run of paragraphs). */
  records: number;
  /** The next `count` rows, fewer at the end; an empty array once all are given. */
  next(count: number): Promise<SearchRow[]>;
}

/** Characters of a paragraph shown around the match: fewer in Chinese, which says more per character. */
const EXCERPT_LENGTH: Record<Lang, number> = { zh: 90, ar: 200, en: 220, fr: 220, ru: 200, es: 220 };
/**
 * Records whose data is asked for at once when more rows are needed: one at first (a common
 * phrase fills a page of rows from one record, and each record loaded is bytes a first search
 * pays for), twice as many each time more are still needed, up to this many.
 */
const LOAD_AHEAD = 8;

/** Starts a search over a language's index. */
export async function startSearchRun(pagefind: PagefindApi, lang: Lang, request: SearchRequest): Promise<SearchRun> {
  const query = request.query.trim();
  const filters = Object.fromEntries(Object.entries(request.filters).filter(([, value]) => value).map(([name, value]) => [name, [value!]]));
  const sort = request.order === 'relevance' ? undefined : { [DATE_SORT]: request.order === 'newest' ? ('desc' as const) : ('asc' as const) };
  const asked = query ? pagefindQuery(query, lang) : '';
  if (query && !asked) return { records: 0, next: async () => [] };
  // Without words, one record per resolution: its opening (OPENING_FILTER).
  const where = query ? filters : { ...filters, [OPENING_FILTER]: ['1'] };
  const found = (await pagefind.search(asked || null, { filters: where, ...(sort ? { sort } : {}) }))?.results ?? [];
  if (!query) return listResolutions(found);
  const { phrase, others } = phraseFirst(found, queryTermCount(query, lang));
  const length = EXCERPT_LENGTH[lang];
  // Phrase records come first, and of their rows those with the query in whole words; the rest of
  // their rows (inside longer words; or the phrase runs across two paragraphs) wait until those
  // are all given, then the other records follow in Pagefind's order.
  const queue = [...phrase.map((hit) => ({ hit, tier: 0 })), ...others.map((hit) => ({ hit, tier: 1 }))];
  const deferred: SearchRow[] = [];
  const ready: SearchRow[] = [];
  let at = 0;
  return {
    records: found.length,
    async next(count) {
      let ahead = 1;
      while (ready.length < count && (at < queue.length || deferred.length > 0)) {
        if (at >= queue.length || (queue[at]!.tier === 1 && deferred.length > 0)) {
          ready.push(...deferred.splice(0));
          continue;
        }
        // A batch within one tier: the deferred rows go out before the next tier's.
        const tier = queue[at]!.tier;
        const batch = queue.slice(at, at + ahead).filter((entry) => entry.tier === tier);
        ahead = Math.min(LOAD_AHEAD, ahead * 2);
        const data = await Promise.all(batch.map((entry) => entry.hit.data()));
        at += batch.length;
        batch.forEach((entry, i) => {
          const rows = recordRows(data[i]!, query, lang, length);
          if (entry.tier === 1) ready.push(...rows);
          else {
            ready.push(...rows.filter((row) => row.exactness === 2));
            deferred.push(...rows.filter((row) => row.exactness < 2));
          }
        });
      }
      return ready.splice(0, count);
    },
  };
}

/**
 * The rows of one record: each paragraph holding the query as typed, those in whole words first;
 * failing any, the one paragraph holding most of its words.
 */
export function recordRows(data: PagefindRecordData, query: string, lang: Lang, length: number): SearchRow[] {
  const blocks = blockTexts(data, lang);
  const base = { page: data.meta.page ?? data.url.replace(/#.*$/, ''), symbol: data.meta.symbol ?? '', title: data.meta.title ?? '' };
  const exact = blocks.flatMap(([id, num, text]): SearchRow[] => {
    const match = matchQuery(text, query, lang);
    if (match.ranges.length === 0) return [];
    return [{ ...base, id: id || null, num, excerpt: excerpt(text, match.ranges, length), exactness: match.wholeWords ? 2 : 1 }];
  });
  if (exact.length > 0) return [...exact.filter((row) => row.exactness === 2), ...exact.filter((row) => row.exactness === 1)];
  let best: { block: [string, string, string]; marks: TextRange[] } | undefined;
  for (const block of blocks) {
    const marks = findQueryParts(block[2], query, lang);
    if (!best || marks.length > best.marks.length) best = { block, marks };
  }
  if (!best) return [];
  const [id, num, text] = best.block;
  return [{ ...base, id: id || null, num, excerpt: excerpt(text, best.marks, length), exactness: 0 }];
}

/**
 * The record's blocks with their text, read back from the content where the record gives a count
 * of its words instead (search-records.ts): character terms in Chinese, Pagefind's words
 * elsewhere. `lang` is the record's language; without it the counts are read as Chinese terms.
 */
export function blockTexts(data: PagefindRecordData, lang: Lang = 'zh'): [id: string, num: string, text: string][] {
  const blocks = JSON.parse(data.meta.blocks ?? '[]') as RecordBlock[];
  if (blocks.every((block): block is [string, string, string] => typeof block[2] === 'string')) return blocks;
  const byCharacter = searchesByCharacter(lang);
  // Pagefind joins the words of Chinese content with a zero-width space, those of other languages with a space.
  const words = (data.content ?? '').split(byCharacter ? /[\s\u200b]+/ : ' ').filter(Boolean);
  const wordsOf = (text: string) => (byCharacter ? characterTerms(text) : pagefindWords(text)).length;
  let at = 0;
  return blocks.map(([id, num, text]) => {
    const count = typeof text === 'number' ? text : wordsOf(text);
    const taken = words.slice(at, at + count);
    at += count;
    return [id, num, typeof text === 'string' ? text : byCharacter ? decodeCharacterTerms(taken) : taken.join(' ')];
  });
}

/** Without words, the filters' resolutions: one row each (the record of its opening, search-records.ts), in the order given. */
function listResolutions(found: readonly PagefindHit[]): SearchRun {
  let at = 0;
  return {
    records: found.length,
    async next(count) {
      const batch = found.slice(at, at + count);
      at += batch.length;
      return (await Promise.all(batch.map((hit) => hit.data()))).map((data) => ({
        page: data.meta.page ?? data.url.replace(/#.*$/, ''),
        symbol: data.meta.symbol ?? '',
        title: data.meta.title ?? '',
        id: null,
        num: '',
        excerpt: [],
        exactness: 0,
      }));
    },
  };
}
