import { describe, expect, it } from 'vitest';
import type { QueryOutcome } from '../helpers/recall/run-queries.ts';
import { BREAKDOWNS, breakdown, formatTable, percent, summarise } from '../helpers/recall/summary.ts';

/** An outcome with the fields the figures read. */
const outcome = (q: string, occurrences: number, pageRank: number | null, paraFound: boolean, paraRank: number | null = paraFound ? 1 : null): QueryOutcome => ({
  lang: 'zh',
  q,
  symbol: 'E/RES/2023/1',
  page: 'zh/E/RES/2023/1/',
  id: 'para-1',
  kind: 'para',
  occurrences,
  pages: 1,
  punctuation: q.includes('，'),
  cutsWord: false,
  pageRank,
  paraFound,
  paraRank,
  results: 30,
  ms: 4,
});

describe('summarise', () => {
  const [zh] = summarise(
    [
      outcome('区域', 3, 1, true),
      outcome('合作', 40, 25, true), // ranked out, common
      outcome('委员', 2, 3, false), // the page without the paragraph
      outcome('会，', 1, null, false), // no page at all
      outcome('理事', 5, 2, true, 6), // found, but below the five paragraphs the page shows
    ],
    { zh: 1234 },
  );

  it('counts recall at the top 20, at any rank, as shown, and over the specific queries', () => {
    expect(zh).toMatchObject({ lang: 'zh', queries: 5, found20: 2, foundAny: 3, shown20: 1, recall20: 40, recallAny: 60, shownRecall20: 20 });
    expect(zh).toMatchObject({ specific: 4, specificFound20: 2, specificRecall20: 50, wallMs: 1234, medianMs: 4 });
  });

  it('lists each miss with its reason', () => {
    expect(zh!.misses.map((miss) => `${miss.q}:${miss.reason}`)).toEqual(['合作:ranked-out', '委员:no-paragraph', '会，:no-page']);
    expect(zh!.missReasons).toEqual({ 'no-page': 1, 'no-paragraph': 1, 'ranked-out': 1 });
    expect(zh!.missFlags).toEqual({ punctuation: 1, cutsWord: 0, common: 1 });
    expect(zh!.misses[0]!.expected).toBe('zh/E/RES/2023/1/#para-1');
  });

  it('prints one line per language under a header', () => {
    const table = formatTable([zh!]).split('\n');
    expect(table).toHaveLength(2);
    expect(table[1]).toMatch(/^zh\s+5\s+40\.0 %\s+60\.0 %/);
  });
});

describe('percent', () => {
  it('rounds to one decimal, and counts nothing to count as all found', () => {
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBe(100);
  });
});

describe('breakdown', () => {
  it('gives recall@20 per group of queries', () => {
    const outcomes = [outcome('区域', 3, 1, true), outcome('区域合', 3, 30, true), outcome('区域合作', 3, 2, true), outcome('合作', 3, null, false)];
    expect(breakdown(outcomes, 'zh', BREAKDOWNS.length!)).toEqual([
      { group: '2', queries: 2, recall20: 50 },
      { group: '3', queries: 1, recall20: 0 },
      { group: '4', queries: 1, recall20: 100 },
    ]);
    expect(breakdown(outcomes, 'en', BREAKDOWNS.length!)).toEqual([]);
  });
});
