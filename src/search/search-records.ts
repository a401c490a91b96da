import type { CatalogueCard } from '../schemas/catalogue-card.ts';
import type { Resolution } from '../schemas/resolution.ts';
import { symbolPath } from '../utils/paths.ts';
import { dateSortKey, filterValues } from './search-filters.ts';
import { characterTerms, decodeCharacterTerms } from './character-terms.ts';
import { pagefindWords, searchesByCharacter } from './search-terms.ts';
import { DATE_SORT, OPENING_FILTER, type RecordBlock } from './record-shape.ts';
import { searchableBlocks, type SearchableBlock } from './searchable-blocks.ts';
import { currentSettings } from '../config/settings.ts';

/*
 * The archive's Pagefind records: not one per HTML page, but one per run of consecutive blocks
 * of a resolution (paragraphs, headings, footnotes), each carrying the blocks' ids and texts.
 * A result is then a few paragraphs, whose data is a kilobyte or two instead of the whole
 * resolution (10–20 KB gzip, which made a first search of five results 190 KB: issue 6), and the
 * search page can say which paragraph holds the words. A record per paragraph would be smaller
 * still, but Pagefind's metadata, which every search loads first, grows by ~10 bytes a record.
 */

/**
 * A record is closed once its blocks hold this many characters, a Chinese one counting three
 * (it says about as much as three Latin letters): docs/search.md gives the trade-off between
 * Pagefind's metadata and the data of each result, measured.
 */
export function recordTargetSize(): number {
  return currentSettings().searchRecordSize;
}

const HAN = /\p{Script=Han}/gu;

/** A text's size as records count it: characters, a Han character three. */
export function textSize(text: string): number {
  // Code points, then two more for each Han one: one pass of the regex engine rather than a test per character.
  let size = text.length;
  // A surrogate pair is one character.
  for (let i = 1; i < text.length; i++) if ((text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) size--;
  return size + 2 * (text.match(HAN)?.length ?? 0);
}

/** What Pagefind's `addCustomRecord` takes. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: { title: string; symbol: string; page: string; blocks: string };
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The records of one resolution page, in reading order. `page` is its URL without the base: `/zh/E/RES/2015/26/`. */
export function searchRecords(model: Resolution, card: CatalogueCard): SearchRecord[] {
  const page = `/${model.lang}/${symbolPath(model.symbol)}/`;
  const filters = filterValues(card);
  const sort = { [DATE_SORT]: dateSortKey(card) };
  // The title opens the first record, under no anchor (a row for it lands on the page's top).
  const title: SearchableBlock = { id: '', kind: 'heading', num: null, text: model.title };
  const indexed = searchesByCharacter(model.lang) ? byCharacter : byWord;
  return groupBlocks([title, ...searchableBlocks(model)]).map((group, i) => {
    const blocks = group.map((block) => indexed(block.text));
    return {
      url: i === 0 ? page : `${page}#${group[0]!.id}`,
      // Blocks on lines of their own: no word of one runs into the next.
      content: blocks.map((block) => block.content).join('\n'),
      language: model.lang,
      meta: {
        title: model.title,
        symbol: model.symbol,
        page,
        blocks: JSON.stringify(group.map((block, j): RecordBlock => [block.id, block.num ?? '', blocks[j]!.text])),
      },
      filters: i === 0 ? { ...filters, [OPENING_FILTER]: ['1'] } : { ...filters },
      sort,
    };
  });
}

/**
 * One block as a record holds it: what Pagefind indexes, and for the `blocks` meta its text, or,
 * where the content gives the text back exactly (blockTexts in search-engine.ts), the count of the
 * content's words it takes. Pagefind searches every meta field, so a text repeated there was
 * indexed twice (a third of Pagefind's work outside Chinese), and it doubled each result's data.
 */
interface IndexedBlock {
  content: string;
  text: string | number;
}

/** Chinese: the block's character terms; their count where they give the text back (letters lower-case, digits ASCII). */
function byCharacter(text: string): IndexedBlock {
  const terms = characterTerms(text);
  return { content: terms.join(' '), text: decodeCharacterTerms(terms) === text ? terms.length : text };
}

/** Other languages: the text as it is; the count of Pagefind's words where they give it back one space apart. */
function byWord(text: string): IndexedBlock {
  const words = pagefindWords(text);
  return { content: text, text: words.join(' ') === text ? words.length : text };
}

/** Consecutive blocks in groups of at least `target` in size (textSize; the last group may hold less). */
export function groupBlocks(blocks: readonly SearchableBlock[], target = recordTargetSize()): SearchableBlock[][] {
  const groups: SearchableBlock[][] = [];
  let group: SearchableBlock[] = [];
  let size = 0;
  for (const block of blocks) {
    group.push(block);
    size += textSize(block.text);
    if (size >= target) {
      groups.push(group);
      group = [];
      size = 0;
    }
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
