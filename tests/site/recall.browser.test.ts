import { beforeAll, describe, expect, inject, it } from 'vitest';
import { LANGS } from '../../src/schemas/lang.ts';
import { makeQuerySet } from '../helpers/recall/query-set.ts';
import { runQueries } from '../helpers/recall/run-queries.ts';
import { formatTable, summarise, type LangFigures } from '../helpers/recall/summary.ts';
import { CORPUS_SOURCES } from './corpus-setup.ts';

/*
 * Issue 6, items 3 and 6: "A reader expects what Ctrl-F gives: any run of two or more characters
 * that stands in a paragraph finds that paragraph. […] Reach at least 99% recall to the right
 * paragraph in each language", computed in Chromium through the real index and the search page's
 * own search module, as tests with thresholds. The query set (tests/helpers/recall/query-set.ts):
 * 300 per language, seed "recall-1", random 2–6 character runs of Chinese paragraphs and 2–3 word
 * phrases elsewhere. A result row is one paragraph (summary.ts has the definitions):
 * - recall (Ctrl-F): the paragraph in the first 20 rows, or, for a query standing in more than 20
 *   blocks, the first 20 rows all holding it as typed and the paragraph among the rows further on;
 * - recall@20 of the specific queries (in at most 20 blocks): the paragraph in the first 20 rows.
 * Measured on 2026-11-28 over the corpus site (300 queries per language), recall / specific@20:
 *   ar 99.7 / 99.5   zh 100 / 100   en 100 / 100   fr 100 / 100   ru 100 / 100   es 100 / 100
 * (strict recall@20 over all queries, where no ranking can put one paragraph of 2,598 holding
 * "de la" in the top 20: ar 81.0, zh 77.7, en 74.7, fr 65.0, ru 78.7, es 65.7); with the seed
 * "recall-2": zh 100, ar 99.3, en 100.
 */
const RECALL = 99;
const SPECIFIC_RECALL = 99;
const PER_LANG = 300;

const site = inject('corpusSearchSite');
let figures: LangFigures[] = [];

describe.skipIf(!site)(`recall of the search over the corpus site (needs ${CORPUS_SOURCES})`, () => {
  beforeAll(async () => {
    const set = makeQuerySet(site!.dir, LANGS, { perLang: PER_LANG });
    const { outcomes, wallMs } = await runQueries(site!.dir, site!.base, set.queries);
    figures = summarise(outcomes, wallMs);
    // The figures in the test log, for whoever raises the thresholds.
    process.stderr.write(`recall over ${CORPUS_SOURCES}, ${PER_LANG} queries per language:\n${formatTable(figures)}\n`);
  }, 900_000);

  for (const lang of LANGS) {
    it(`${lang}: at least ${RECALL} % of the queries find their paragraph as Ctrl-F would, and ${SPECIFIC_RECALL} % of the specific ones in the top 20`, () => {
      const f = figures.find((figure) => figure.lang === lang);
      expect(f?.queries, `queries drawn in ${lang}`).toBeGreaterThanOrEqual(PER_LANG);
      const misses = f!.misses.slice(0, 10).map((miss) => `${miss.q} → ${miss.expected} (${miss.reason}, in ${miss.occurrences} blocks)`);
      expect(f!.recall, `recall in ${lang}; first misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(RECALL);
      expect(f!.specificRecall20, `recall@20 of the specific queries in ${lang}`).toBeGreaterThanOrEqual(SPECIFIC_RECALL);
    });
  }
});
