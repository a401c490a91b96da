import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../tests/helpers/chromium.ts';
import { startStaticServer } from '../../tests/helpers/static-server.ts';

/** What a first search downloads, in bytes as they travel (Pagefind's index files are gzip already; the rest counted gzipped). */
export interface SearchFigures {
  bytes: number;
  requests: number;
  /** By kind: script, wasm, entry and meta, index chunks, filters, fragments. */
  byKind: Record<string, number>;
}

const kindOf = (url: string): string =>
  url.endsWith('.js') ? 'script' : url.includes('wasm.') ? 'wasm' : url.endsWith('.pf_fragment') ? 'fragments' : url.endsWith('.pf_index') ? 'index' : url.endsWith('.pf_filter') ? 'filters' : 'meta';

/**
 * Opens `{lang}/search/?q=…` in Chromium, waits for the first results, and adds up every Pagefind
 * file the search fetched (`/pagefind/`), the page itself and its own assets left out.
 */
export async function firstSearch(dist: string, path: string, ready: string, base = '/'): Promise<SearchFigures> {
  const server = await startStaticServer(dist, base);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const sizes: Promise<[string, number]>[] = [];
    page.on('response', (response) => {
      const url = response.url();
      if (!url.includes('/pagefind/')) return;
      sizes.push(
        response.body().then((body) => {
          const raw = /\.pf_|\.pagefind$/.test(url) || url.includes('wasm.') ? body.length : gzipSync(body, { level: 9 }).length;
          return [url, raw];
        }),
      );
    });
    await page.goto(server.at(path));
    await page.locator(ready).first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(sizes);
    const byKind: Record<string, number> = {};
    for (const [url, n] of all) byKind[kindOf(url)] = (byKind[kindOf(url)] ?? 0) + n;
    return { bytes: all.reduce((s, [, n]) => s + n, 0), requests: all.length, byKind };
  } finally {
    await browser.close();
    await server.close();
  }
}
