import type { Lang } from '../../../src/schemas/lang.ts';
import type { QueryOutcome } from './run-queries.ts';

/*
 * The figures of issue 6 from the outcomes, per language. A result row is one paragraph.
 * - recall@20: the expected paragraph is among the first 20 rows.
 * - recall (Ctrl-F): recall@20, or, for a query standing in more than 20 blocks (no top 20 can
 *   hold them all), the first 20 rows all hold the query as typed and the expected paragraph is
 *   among the rows further on: what Ctrl-F gives, every occurrence found, in some order.
 * - recall@20 of the specific queries: those standing in at most 20 blocks.
 */

/** Queries standing in at most this many blocks of their language are "specific". */
export const SPECIFIC_MAX_OCCURRENCES = 20;
/** The rows a paragraph must reach to count (the top 20). */
export const TOP = 20;

/** Why a query missed. */
export type MissReason = 'not-found' | 'ranked-out' | 'not-exact-first';

/** A query that missed (Ctrl-F recall), and why. */
export interface Miss {
  q: string;
  /** `zh/E/RES/2023/3/#para-12`. */
  expected: string;
  occurrences: number;
  pages: number;
  /** not-found: not among the rows read; ranked-out: a specific query below the top 20; not-exact-first: a common query whose top 20 is not all exact. */
  reason: MissReason;
  rank: number | null;
  punctuation: boolean;
  cutsWord: boolean;
}

/** The figures of one language. */
export interface LangFigures {
  lang: Lang;
  queries: number;
  found20: number;
  found: number;
  foundAny: number;
  recall20: number;
  recall: number;
  recallAny: number;
  /** Queries in at most SPECIFIC_MAX_OCCURRENCES blocks. */
  specific: number;
  specificRecall20: number;
  missReasons: Record<MissReason, number>;
  missFlags: { punctuation: number; cutsWord: number; common: number };
  /** Median time per query in the page, and the wall time of the language (ms). */
  medianMs: number;
  wallMs: number;
  misses: Miss[];
}

/** Found in the top 20 rows. */
export const at20 = (o: QueryOutcome): boolean => o.rank !== null && o.rank <= TOP;
/** Found as Ctrl-F finds it (see above). */
export const foundAsCtrlF = (o: QueryOutcome): boolean =>
  at20(o) || (o.occurrences > SPECIFIC_MAX_OCCURRENCES && o.rank !== null && o.top === TOP && o.exactTop === TOP);

/** Per-language figures, in the order the languages first appear in the outcomes. */
export function summarise(outcomes: readonly QueryOutcome[], wallMs: Partial<Record<Lang, number>> = {}): LangFigures[] {
  const langs = [...new Set(outcomes.map((outcome) => outcome.lang))];
  return langs.map((lang) => {
    const own = outcomes.filter((outcome) => outcome.lang === lang);
    const specific = own.filter((o) => o.occurrences <= SPECIFIC_MAX_OCCURRENCES);
    const misses = own.filter((o) => !foundAsCtrlF(o)).map(missOf);
    const count = (test: (miss: Miss) => boolean) => misses.filter(test).length;
    const found20 = own.filter(at20).length;
    const found = own.filter(foundAsCtrlF).length;
    const foundAny = own.filter((o) => o.rank !== null).length;
    return {
      lang,
      queries: own.length,
      found20,
      found,
      foundAny,
      recall20: percent(found20, own.length),
      recall: percent(found, own.length),
      recallAny: percent(foundAny, own.length),
      specific: specific.length,
      specificRecall20: percent(specific.filter(at20).length, specific.length),
      missReasons: { 'not-found': count((m) => m.reason === 'not-found'), 'ranked-out': count((m) => m.reason === 'ranked-out'), 'not-exact-first': count((m) => m.reason === 'not-exact-first') },
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
  const reason: MissReason = o.rank === null ? 'not-found' : o.occurrences <= SPECIFIC_MAX_OCCURRENCES ? 'ranked-out' : 'not-exact-first';
  return { q: o.q, expected: `${o.page}#${o.id}`, occurrences: o.occurrences, pages: o.pages, reason, rank: o.rank, punctuation: o.punctuation, cutsWord: o.cutsWord };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The figures as a plain-text table, one language a line. */
export function formatTable(figures: readonly LangFigures[]): string {
  const head = ['lang', 'queries', 'recall (Ctrl-F)', 'recall@20', 'recall@any', 'specific', 'specific@20', 'misses: not-found/ranked-out/not-exact-first', 'median ms', 'wall s'];
  const rows = figures.map((f) => [
    f.lang,
    String(f.queries),
    `${f.recall.toFixed(1)} %`,
    `${f.recall20.toFixed(1)} %`,
    `${f.recallAny.toFixed(1)} %`,
    String(f.specific),
    `${f.specificRecall20.toFixed(1)} %`,
    `${f.missReasons['not-found']}/${f.missReasons['ranked-out']}/${f.missReasons['not-exact-first']}`,
    String(f.medianMs),
    (f.wallMs / 1000).toFixed(1),
  ]);
  const widths = head.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
  return [head, ...rows].map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

/** Recall (Ctrl-F) of one group of queries. */
export interface GroupFigure {
  group: string;
  queries: number;
  recall: number;
}

/**
 * Recall (Ctrl-F) of one language's queries grouped by a key, to see where the misses gather:
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
      return { group, queries: own.length, recall: percent(own.filter(foundAsCtrlF).length, own.length) };
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
