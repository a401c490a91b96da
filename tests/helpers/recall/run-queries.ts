import type { Lang } from '../../../src/schemas/lang.ts';
import { launchChromium } from '../chromium.ts';
import { startStaticServer } from '../static-server.ts';
import type { RecallQuery } from './query-set.ts';

/*
 * Runs a query set through the real Pagefind index of a built site, in Chromium, as the search
 * page does: `pagefind.js` imported in a page of the language (Pagefind picks the index by the
 * page's `<html lang>`), `options({ baseUrl })` as src/utils/search-client.ts sets it, then for
 * each query `search(q)` and the results' `data()` in rank order until the expected resolution
 * comes up. A query is found when that resolution's `sub_results` include a sub-result anchored
 * at the expected paragraph (`anchor.id`, or a URL ending in `#id`). A sub-result without an
 * anchor (the text above the first anchor: title and masthead) never counts: every block a query
 * is drawn from has an anchor of its own.
 */

/** What became of one query. */
export interface QueryOutcome extends RecallQuery {
  /** Rank (1-based) of the expected resolution among Pagefind's results; null when not among them (or beyond `cap`). */
  pageRank: number | null;
  /** The expected paragraph is one of that resolution's sub-results. */
  paraFound: boolean;
  /** Its place among the resolution's anchored sub-results by the search page's score (sum of balanced scores; 1 = best); the page shows the best five. */
  paraRank: number | null;
  /** Resolutions Pagefind returned for the query. */
  results: number;
  /** Time in the page: search plus the `data()` loaded, in ms. */
  ms: number;
}

/** How far to look, and how to report progress. */
export interface RunOptions {
  /** Results whose data is loaded at most, per query (default 200: more than a language holds here). */
  cap?: number;
  /** Queries per `page.evaluate` (default 50). */
  chunk?: number;
  /**
   * Search for each query in double quotes, Pagefind's exact-phrase search, instead of as typed:
   * what the figures would be if the search page quoted what the reader types.
   */
  quote?: boolean;
  /** Called after each chunk. */
  onProgress?: (lang: Lang, done: number, total: number) => void;
}

/** The outcomes, by language (in the order each first appears), then in the order of the queries; and the wall time per language (ms). */
export interface RunResult {
  outcomes: QueryOutcome[];
  wallMs: Partial<Record<Lang, number>>;
}

/** Data of the results loaded at once, in rank order, while looking for the expected one. */
const DATA_BATCH = 10;

type InPage = Pick<QueryOutcome, 'pageRank' | 'paraFound' | 'paraRank' | 'results' | 'ms'>;

/** Serves `siteDir` under `base`, opens one Chromium page per language and runs its queries there. */
export async function runQueries(siteDir: string, base: string, queries: readonly RecallQuery[], options: RunOptions = {}): Promise<RunResult> {
  const cap = options.cap ?? 200;
  const chunk = options.chunk ?? 50;
  const server = await startStaticServer(siteDir, base);
  const browser = await launchChromium();
  const outcomes: QueryOutcome[] = [];
  const wallMs: RunResult['wallMs'] = {};
  try {
    const page = await (await browser.newContext()).newPage();
    const langs = [...new Set(queries.map((query) => query.lang))];
    for (const lang of langs) {
      const started = performance.now();
      const own = queries.filter((query) => query.lang === lang);
      await page.goto(server.at(`${lang}/search/`));
      // Source text, not a function: a test runner's transform rewrites a function's `import()`
      // into a helper of its own, which the page lacks. The module is kept on the window: every
      // chunk below reuses the index it has loaded.
      await page.evaluate(`(async () => {
        const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
        await pagefind.options({ baseUrl: ${JSON.stringify(base)} });
        window.recallPagefind = pagefind;
      })()`);
      for (let from = 0; from < own.length; from += chunk) {
        const items = own.slice(from, from + chunk).map((query) => ({ q: options.quote ? `"${query.q}"` : query.q, page: decodeURI(`${base}${query.page}`), id: query.id }));
        const found = await page.evaluate(runInPage, { items, cap, batch: DATA_BATCH });
        found.forEach((result, i) => outcomes.push({ ...own[from + i]!, ...result }));
        options.onProgress?.(lang, Math.min(from + chunk, own.length), own.length);
      }
      wallMs[lang] = Math.round(performance.now() - started);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { outcomes, wallMs };
}

/** A sub-result as far as this harness reads it. */
interface SubResult {
  url: string;
  anchor?: { id?: string };
  weighted_locations: { balanced_score: number }[];
}

/** A result's data as far as this harness reads it. */
interface ResultData {
  url: string;
  sub_results: SubResult[];
}

/**
 * Runs in the page. Self-contained (Playwright sends its source): no helpers from outside and
 * no named inner functions, which a test runner's transform could wrap in a helper the page lacks.
 * A result's `data()` builds excerpts for the whole page, 5–10 ms each; so each result's page is
 * remembered by its id (Pagefind's id of the page, the same for every query) and `data()` is
 * called only for results not yet seen and for the expected page.
 */
async function runInPage(args: { items: { q: string; page: string; id: string }[]; cap: number; batch: number }): Promise<InPage[]> {
  const state = window as unknown as {
    recallPagefind: { search(q: string): Promise<{ results: { id: string; data(): Promise<ResultData> }[] } | null> };
    recallPages?: Map<string, string>;
  };
  const pagefind = state.recallPagefind;
  const pages = (state.recallPages ??= new Map<string, string>());
  const out: InPage[] = [];
  for (const item of args.items) {
    const started = performance.now();
    const results = (await pagefind.search(item.q))?.results ?? [];
    const limit = Math.min(results.length, args.cap);
    const loaded = new Map<string, ResultData>();
    let pageRank: number | null = null;
    let paraFound = false;
    let paraRank: number | null = null;
    for (let i = 0; i < limit && pageRank === null; i++) {
      const result = results[i]!;
      if (!pages.has(result.id)) {
        // The next few results not seen yet, at once.
        const unseen = results.slice(i, limit).filter((other) => !pages.has(other.id)).slice(0, args.batch);
        const data = await Promise.all(unseen.map((other) => other.data()));
        unseen.forEach((other, k) => {
          pages.set(other.id, decodeURI(new URL(data[k]!.url, location.href).pathname));
          loaded.set(other.id, data[k]!);
        });
      }
      if (pages.get(result.id) !== item.page) continue;
      pageRank = i + 1;
      const data = loaded.get(result.id) ?? (await result.data());
      const anchored = data.sub_results.filter((sub) => sub.anchor?.id);
      const hit = anchored.find((sub) => sub.anchor?.id === item.id || sub.url.endsWith(`#${item.id}`));
      if (hit) {
        paraFound = true;
        const score = hit.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
        paraRank = 1 + anchored.filter((sub) => sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0) > score).length;
      }
    }
    out.push({ pageRank, paraFound, paraRank, results: results.length, ms: Math.round(performance.now() - started) });
  }
  return out;
}
