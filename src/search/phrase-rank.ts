/*
 * Pagefind ranks a page by its words, not by their order: a paragraph holding the reader's
 * phrase as it stands could come 26th, behind records with the same words scattered (issue 6).
 * Each of its results comes with the positions of the words that matched, before any of its data
 * is loaded; the positions of the phrase as typed are consecutive. So the search page puts first
 * the records where the query's terms stand one after another, Pagefind's order kept within.
 */

/** The longest run of consecutive positions among a result's matched word positions. */
export function longestRun(positions: readonly number[]): number {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  let best = sorted.length > 0 ? 1 : 0;
  let run = 1;
  for (let i = 1; i < sorted.length; i++) {
    run = sorted[i] === sorted[i - 1]! + 1 ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

/** A result as far as the ranking reads it. */
export interface Positioned {
  words: readonly number[];
}

/**
 * The results in two tiers, each in the order given: first those whose matched words hold a
 * run as long as the query (its terms in a row: the phrase), then the rest. The query's length
 * is the archive's count of its terms; where Pagefind counts fewer (it keeps "co-operation" as
 * one word, for instance), no result has a run that long, and the longest run found stands in.
 */
export function phraseFirst<T extends Positioned>(results: readonly T[], queryTerms: number): { phrase: T[]; others: T[] } {
  const runs = results.map((result) => longestRun(result.words));
  const needed = Math.min(queryTerms, Math.max(0, ...runs));
  const phrase: T[] = [];
  const others: T[] = [];
  results.forEach((result, i) => (needed > 0 && runs[i]! >= needed ? phrase : others).push(result));
  return { phrase, others };
}
