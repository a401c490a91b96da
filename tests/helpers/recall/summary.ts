import type { Lang } from '../../../src/schemas/lang.ts';
import type { QueryOutcome } from './run-queries.ts';

/*
 * The figures of issue 6 from the outcomes: per language, recall at the top 20 resolutions (what
 * the issue sets at 99 %), at any rank, and over the "specific" queries only, those standing in
 * few enough paragraphs that a top 20 can hold the right one.
 */

/** Queries standing in at most this many blocks of their language are "specific". */
export const SPECIFIC_MAX_OCCURRENCES = 20;
/** The rank a resolution must reach to count (the top 20). */
export const TOP = 20;
/** Paragraphs the search page shows per resolution (src/utils/search-client.ts, MAX_PARAGRAPHS). */
export const SHOWN_PARAGRAPHS = 5;

/** Why a query missed. */
export type MissReason = 'no-page' | 'no-paragraph' | 'ranked-out';

/** A query that did not land in the top 20, and why. */
export interface Miss {
  q: string;
  /** `zh/E/RES/2023/3/#para-12`. */
  expected: string;
  occurrences: number;
  pages: number;
  /** no-page: the resolution is not among the results; no-paragraph: it is, without the paragraph; ranked-out: both, below the top 20. */
  reason: MissReason;
  pageRank: number | null;
  punctuation: boolean;
  cutsWord: boolean;
}

/** The figures of one language. */
export interface LangFigures {
  lang: Lang;
  queries: number;
  /** Paragraph found in a resolution ranked in the top 20. */
  found20: number;
  /** Paragraph found, whatever the resolution's rank. */
  foundAny: number;
  /** found20 and among the paragraphs the page shows for that resolution (the best five). */
  shown20: number;
  recall20: number;
  recallAny: number;
  shownRecall20: number;
  /** Queries in at most SPECIFIC_MAX_OCCURRENCES blocks. */
  specific: number;
  specificFound20: number;
  specificRecall20: number;
  /** Misses at the top 20 by reason, and how many of them span punctuation, cut a word (Chinese) or are common. */
  missReasons: Record<MissReason, number>;
  missFlags: { punctuation: number; cutsWord: number; common: number };
  /** Median time per query in the page, and the wall time of the language (ms). */
  medianMs: number;
  wallMs: number;
  misses: Miss[];
}

/** Per-language figures, in the order the languages first appear in the outcomes. */
export function summarise(outcomes: readonly QueryOutcome[], wallMs: Partial<Record<Lang, number>> = {}): LangFigures[] {
  const langs = [...new Set(outcomes.map((outcome) => outcome.lang))];
  return langs.map((lang) => {
    const own = outcomes.filter((outcome) => outcome.lang === lang);
    const at20 = (o: QueryOutcome) => o.paraFound && o.pageRank !== null && o.pageRank <= TOP;
    const specific = own.filter((o) => o.occurrences <= SPECIFIC_MAX_OCCURRENCES);
    const misses = own.filter((o) => !at20(o)).map(missOf);
    const count = (test: (miss: Miss) => boolean) => misses.filter(test).length;
    return {
      lang,
      queries: own.length,
      found20: own.filter(at20).length,
      foundAny: own.filter((o) => o.paraFound).length,
      shown20: own.filter((o) => at20(o) && o.paraRank !== null && o.paraRank <= SHOWN_PARAGRAPHS).length,
      recall20: percent(own.filter(at20).length, own.length),
      recallAny: percent(own.filter((o) => o.paraFound).length, own.length),
      shownRecall20: percent(own.filter((o) => at20(o) && o.paraRank !== null && o.paraRank <= SHOWN_PARAGRAPHS).length, own.length),
      specific: specific.length,
      specificFound20: specific.filter(at20).length,
      specificRecall20: percent(specific.filter(at20).length, specific.length),
      missReasons: { 'no-page': count((m) => m.reason === 'no-page'), 'no-paragraph': count((m) => m.reason === 'no-paragraph'), 'ranked-out': count((m) => m.reason === 'ranked-out') },
      missFlags: { punctuation: count((m) => m.punctuation), cutsWord: count((m) => m.cutsWord), common: count((m) => m.occurrences > SPECIFIC_MAX_OCCURRENCES) },
      medianMs: median(own.map((o) => o.ms)),
      wallMs: wallMs[lang] ?? 0,
      misses,
    };
  });
}

/** A percentage with one decimal; 100 for nothing to count (no query can fail). */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10;
}

function missOf(o: QueryOutcome): Miss {
  const reason: MissReason = o.pageRank === null ? 'no-page' : o.paraFound ? 'ranked-out' : 'no-paragraph';
  return { q: o.q, expected: `${o.page}#${o.id}`, occurrences: o.occurrences, pages: o.pages, reason, pageRank: o.pageRank, punctuation: o.punctuation, cutsWord: o.cutsWord };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The figures as a plain-text table, one language a line. */
export function formatTable(figures: readonly LangFigures[]): string {
  const head = ['lang', 'queries', 'recall@20', 'recall@any', 'shown@20', 'specific', 'specific@20', 'misses: no-page/no-para/ranked-out', 'median ms', 'wall s'];
  const rows = figures.map((f) => [
    f.lang,
    String(f.queries),
    `${f.recall20.toFixed(1)} %`,
    `${f.recallAny.toFixed(1)} %`,
    `${f.shownRecall20.toFixed(1)} %`,
    String(f.specific),
    `${f.specificRecall20.toFixed(1)} %`,
    `${f.missReasons['no-page']}/${f.missReasons['no-paragraph']}/${f.missReasons['ranked-out']}`,
    String(f.medianMs),
    (f.wallMs / 1000).toFixed(1),
  ]);
  const widths = head.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
  return [head, ...rows].map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

/** Recall@20 of one group of queries. */
export interface GroupFigure {
  group: string;
  queries: number;
  recall20: number;
}

/**
 * Recall@20 of one language's queries grouped by a key, to see where the misses gather:
 * `breakdown(outcomes, 'zh', (o) => String(Array.from(o.q).length))` by length in characters.
 * Groups sorted by key.
 */
export function breakdown(outcomes: readonly QueryOutcome[], lang: Lang, key: (outcome: QueryOutcome) => string): GroupFigure[] {
  const groups = Object.groupBy(
    outcomes.filter((o) => o.lang === lang),
    key,
  );
  return Object.keys(groups)
    .sort()
    .map((group) => {
      const own = groups[group]!;
      return { group, queries: own.length, recall20: percent(own.filter((o) => o.paraFound && o.pageRank !== null && o.pageRank <= TOP).length, own.length) };
    });
}

/** The groupings the report prints: length (characters in Chinese, words elsewhere), kind of block, punctuation, cut words, commonness. */
export const BREAKDOWNS: Record<string, (outcome: QueryOutcome) => string> = {
  length: (o) => String(o.lang === 'zh' ? Array.from(o.q).length : o.q.split(' ').length),
  kind: (o) => o.kind,
  punctuation: (o) => (o.punctuation ? 'yes' : 'no'),
  cutsWord: (o) => (o.cutsWord ? 'yes' : 'no'),
  blocks: (o) => (o.occurrences <= 1 ? '1' : o.occurrences <= SPECIFIC_MAX_OCCURRENCES ? `2-${SPECIFIC_MAX_OCCURRENCES}` : `>${SPECIFIC_MAX_OCCURRENCES}`),
};
