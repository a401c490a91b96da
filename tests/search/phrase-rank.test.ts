import { describe, expect, it } from 'vitest';
import { longestRun, phraseFirst } from '../../src/search/phrase-rank.ts';

describe('longestRun', () => {
  it('is the longest run of consecutive positions', () => {
    expect(longestRun([9, 3, 4, 5, 20, 21])).toBe(3);
    expect(longestRun([4, 4, 5])).toBe(2);
    expect(longestRun([])).toBe(0);
  });
});

describe('phraseFirst', () => {
  const hit = (name: string, words: number[]) => ({ name, words });

  it('puts the results with the query’s terms in a row first, keeping the order within each tier', () => {
    const { phrase, others } = phraseFirst([hit('scattered', [1, 9, 30]), hit('phrase', [40, 41, 42]), hit('also', [2, 3, 4, 50])], 3);
    expect(phrase.map((h) => h.name)).toEqual(['phrase', 'also']);
    expect(others.map((h) => h.name)).toEqual(['scattered']);
  });

  it('takes the longest run found when no result is as long as the archive counts the query', () => {
    const { phrase } = phraseFirst([hit('a', [1, 2]), hit('b', [7])], 3);
    expect(phrase.map((h) => h.name)).toEqual(['a']);
  });
});
