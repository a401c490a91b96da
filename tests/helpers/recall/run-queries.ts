import type { Lang } from '../../../src/schemas/lang.ts';
import { launchChromium } from '../chromium.ts';
import { startStaticServer } from '../static-server.ts';
import { engineScript } from './engine-bundle.ts';
import type { RecallQuery } from './query-set.ts';

/*
 * Runs a query set through the real index of a built site, in Chromium, with the search page's
 * own search (src/search/search-engine.ts, bundled by engine-bundle.ts): `pagefind.js` imported in
 * a page of the language (Pagefind picks the index by the page's `<html lang>`), then for each
 * query the rows in the page's order until the expected paragraph comes up, or the rows run out,
 * or as many rows have been read as the query can have right answers, and 200 more.
 */

/** What became of one query. */
export interface QueryOutcome extends RecallQuery {
  /** Rank (1-based) of the expected paragraph among the rows; null when not among those read. */
  rank: number | null;
  /** Of the first 20 rows (or all, when fewer), how many hold the query as typed. */
  exactTop: number;
  /** Rows in the first 20 (fewer when the search gives fewer). */
  top: number;
  /** Records Pagefind returned. */
  records: number;
  /** Time in the page, in ms. */
  ms: number;
}

/** How to report progress. */
export interface RunOptions {
  /** Queries per `page.evaluate` (default 25). */
  chunk?: number;
  /** Called after each chunk. */
  onProgress?: (lang: Lang, done: number, total: number) => void;
}

/** The outcomes, by language (in the order each first appears), then in the order of the queries; and the wall time per language (ms). */
export interface RunResult {
  outcomes: QueryOutcome[];
  wallMs: Partial<Record<Lang, number>>;
}

/** Rows read at most per query: beyond the expected paragraph's possible rank (its occurrences), 200 more (titles are rows too, and a reader's row may fold a little more than Ctrl-F). */
const ROWS_BEYOND = 200;
const MAX_ROWS = 4000;

type InPage = Pick<QueryOutcome, 'rank' | 'exactTop' | 'top' | 'records' | 'ms'>;

/** Serves `siteDir` under `base`, opens one Chromium page per language and runs its queries there. */
export async function runQueries(siteDir: string, base: string, queries: readonly RecallQuery[], options: RunOptions = {}): Promise<RunResult> {
  const chunk = options.chunk ?? 25;
  const script = await engineScript();
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
      // Evaluated, not added as a script element: the site's Content-Security-Policy refuses inline scripts.
      await page.evaluate(`${script}\nwindow.archiveSearchEngine = archiveSearchEngine;`);
      // Source text, not a function: a test runner's transform rewrites a function's `import()`
      // into a helper of its own, which the page lacks.
      await page.evaluate(`(async () => {
        const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
        await pagefind.options({ baseUrl: ${JSON.stringify(base)} });
        window.recallPagefind = pagefind;
      })()`);
      for (let from = 0; from < own.length; from += chunk) {
        const items = own.slice(from, from + chunk).map((query) => ({
          q: query.q,
          page: decodeURI(`/${query.page}`),
          id: query.id,
          rows: Math.min(MAX_ROWS, query.occurrences + ROWS_BEYOND),
        }));
        const found = await page.evaluate(runInPage, { items, lang });
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

/** A row as far as this harness reads it. */
interface Row {
  page: string;
  id: string | null;
  exactness: number;
}

/** Runs in the page (Playwright sends its source: self-contained, no helpers from outside). */
async function runInPage(args: { items: { q: string; page: string; id: string; rows: number }[]; lang: string }): Promise<InPage[]> {
  const state = window as unknown as {
    recallPagefind: unknown;
    archiveSearchEngine: {
      startSearchRun(pagefind: unknown, lang: string, request: { query: string; filters: object; order: string }): Promise<{ records: number; next(count: number): Promise<Row[]> }>;
    };
  };
  const out: InPage[] = [];
  for (const item of args.items) {
    const started = performance.now();
    const run = await state.archiveSearchEngine.startSearchRun(state.recallPagefind, args.lang, { query: item.q, filters: {}, order: 'relevance' });
    const rows: Row[] = [];
    let rank: number | null = null;
    while (rank === null && rows.length < item.rows) {
      const next = await run.next(20);
      if (next.length === 0) break;
      for (const row of next) {
        rows.push(row);
        if (rank === null && decodeURI(row.page) === item.page && row.id === item.id) rank = rows.length;
      }
    }
    const top = rows.slice(0, 20);
    out.push({ rank, exactTop: top.filter((row) => row.exactness > 0).length, top: top.length, records: run.records, ms: Math.round(performance.now() - started) });
  }
  return out;
}
