import { describe, expect, it } from 'vitest';
import type { QueryOutcome } from '../helpers/recall/run-queries.ts';
import { BREAKDOWNS, breakdown, formatTable, percent, summarise } from '../helpers/recall/summary.ts';

/** An outcome with the fields the figures read: the row rank, and how many of the first `top` rows hold the query. */
const outcome = (q: string, occurrences: number, rank: number | null, exactTop = 20, top = 20): QueryOutcome => ({
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
  rank,
  exactTop,
  top,
  records: 30,
  ms: 4,
});

describe('summarise', () => {
  const [zh] = summarise(
    [
      outcome('区域', 3, 1),
      outcome('合作', 40, 25), // common, below 20, every row of the top 20 holds it: found as Ctrl-F finds it
      outcome('委员', 40, 25, 19), // common, below 20, but one of the top 20 rows does not hold it
      outcome('会，', 1, null, 0, 0), // not found at all
      outcome('理事', 5, 22), // specific, ranked out
    ],
    { zh: 1234 },
  );

  it('counts recall at the top 20, as Ctrl-F finds, at any rank, and over the specific queries', () => {
    expect(zh).toMatchObject({ lang: 'zh', queries: 5, found20: 1, found: 2, foundAny: 4, recall20: 20, recall: 40, recallAny: 80 });
    expect(zh).toMatchObject({ specific: 3, specificRecall20: 33.3, wallMs: 1234, medianMs: 4 });
  });

  it('lists each miss with its reason', () => {
    expect(zh!.misses.map((miss) => `${miss.q}:${miss.reason}`)).toEqual(['委员:not-exact-first', '会，:not-found', '理事:ranked-out']);
    expect(zh!.missReasons).toEqual({ 'not-found': 1, 'ranked-out': 1, 'not-exact-first': 1 });
    expect(zh!.missFlags).toEqual({ punctuation: 1, cutsWord: 0, common: 1 });
    expect(zh!.misses[0]!.expected).toBe('zh/E/RES/2023/1/#para-1');
  });

  it('prints one line per language under a header', () => {
    const table = formatTable([zh!]).split('\n');
    expect(table).toHaveLength(2);
    expect(table[1]).toMatch(/^zh\s+5\s+40\.0 %\s+20\.0 %\s+80\.0 %/);
  });
});

describe('percent', () => {
  it('rounds to one decimal, and counts nothing to count as all found', () => {
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBe(100);
  });
});

describe('breakdown', () => {
  it('gives recall (Ctrl-F) per group of queries', () => {
    const outcomes = [outcome('区域', 3, 1), outcome('区域合', 3, 30), outcome('区域合作', 3, 2), outcome('合作', 3, null, 0, 0)];
    expect(breakdown(outcomes, 'zh', BREAKDOWNS.length!)).toEqual([
      { group: '2', queries: 2, recall: 50 },
      { group: '3', queries: 1, recall: 0 },
      { group: '4', queries: 1, recall: 100 },
    ]);
    expect(breakdown(outcomes, 'en', BREAKDOWNS.length!)).toEqual([]);
  });
});
