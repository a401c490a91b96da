import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { onlyOrigin } from '../helpers/chromium.ts';
import { layoutShift, watchLayoutShift } from '../helpers/layout-shift.ts';
import { useServedSite } from '../helpers/page-session.ts';
import type { StaticServer } from '../helpers/static-server.ts';
import { CORPUS_SOURCES } from './corpus-setup.ts';

/**
 * Every kind of page fits a 360 px phone in Chinese, English and Arabic (nothing scrolls
 * sideways: long symbols, long words, annexes), and a resolution or a search with `?q=` does not
 * move under the reader's eyes as it loads (Cumulative Layout Shift below 0.01).
 */
const WIDTH = 360;
const MAX_LAYOUT_SHIFT = 0.01;
const LANGS = ['zh', 'en', 'ar'] as const;
/** A query per language that finds paragraphs in the corpus. */
const QUERIES: Record<(typeof LANGS)[number], string> = { zh: '可持续发展', en: 'sustainable development', ar: 'التنمية المستدامة' };
/** A resolution the corpus holds in all three languages and in French (the compare view's other side). */
const CORPUS_SYMBOL = 'E/RES/2023/3';
const SEED_SYMBOL = 'E/RES/2015/26';
const SEED_QUERY = '因特网治理论坛';

const searchPath = (lang: string, q: string) => `${lang}/search/?q=${encodeURIComponent(q)}`;

/** The page types of one language: home, a resolution, a search with results, the lists, the compare view (its form alone without a second language). */
const pagesOf = (lang: string, symbol: string, query: string, year: string, withLang?: string) => [
  `${lang}/`,
  `${lang}/${symbol}/`,
  searchPath(lang, query),
  `${lang}/years/${year}/`,
  `${lang}/sessions/`,
  `${lang}/sdgs/`,
  `${lang}/subjects/`,
  withLang ? `${lang}/compare/?symbol=${symbol}&with=${withLang}` : `${lang}/compare/`,
];

/** The `count` largest resolution pages of a language: the long ones, with annexes, lists and long words. */
function largestResolutions(siteDir: string, lang: string, count: number): string[] {
  const found: { path: string; size: number }[] = [];
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const path = `${rel}${entry.name}/`;
      try {
        found.push({ path, size: statSync(join(dir, entry.name, 'index.html')).size });
      } catch {
        // a folder of folders (E/RES/2023/), no page of its own
      }
      walk(join(dir, entry.name), path);
    }
  };
  walk(join(siteDir, lang, 'E'), `${lang}/E/`);
  return found.sort((a, b) => b.size - a.size).slice(0, count).map((page) => page.path);
}

/** Waits for what a page's script adds: search rows, the compare table. */
async function settled(page: Page, path: string): Promise<void> {
  if (path.includes('/search/?q=')) await page.locator('.search-result').first().waitFor({ timeout: 30_000 });
  if (path.includes('/compare/?')) await page.locator('.compare-table:not([hidden])').waitFor({ timeout: 30_000 });
}

/** Opens each path at 360 px and returns those that scroll sideways, with their widest elements. */
async function overflowing(browser: Browser, server: StaticServer, paths: string[]): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 740 } });
  const refused = await onlyOrigin(context, new URL(server.url).origin);
  const page = await context.newPage();
  const failures: string[] = [];
  for (const path of paths) {
    const response = await page.goto(server.at(path), { waitUntil: 'load' });
    expect(response?.status(), `/${path}`).toBe(200);
    await settled(page, path);
    const result = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          return box.right > width + 0.5 || box.left < -0.5;
        })
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
      return { scrollWidth: document.documentElement.scrollWidth, wide };
    });
    if (result.scrollWidth > WIDTH) failures.push(`/${path}: ${result.scrollWidth} px (${result.wide.join(', ')})`);
  }
  expect(refused).toEqual([]);
  await context.close();
  return failures;
}

/**
 * A slow connection, in bytes per second: the HTML arrives in pieces and Chromium paints what it
 * has, as a reader's browser does; on a fast local server the page would arrive whole and hide
 * a shift that readers see (the text moving aside when the metadata panel, after it, arrives).
 */
const SLOW_CONNECTION = 400_000;

/** Loads a page over a slow connection in a fresh context and returns its layout shift once it has settled. */
async function shiftOnLoad(browser: Browser, server: StaticServer, path: string, width: number): Promise<{ value: number; sources: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 740 : 900 } });
  await watchLayoutShift(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: SLOW_CONNECTION, uploadThroughput: SLOW_CONNECTION });
  await page.goto(server.at(path), { waitUntil: 'load' });
  await settled(page, path);
  // Shifts are reported after the frame that makes them.
  await page.waitForTimeout(800);
  const shift = await layoutShift(page);
  await context.close();
  return shift;
}

/** The tests of one site: what fits at 360 px, and what does not move. */
function layoutTests(siteDir: () => string, base: () => string, overflowPaths: () => string[], shiftPaths: () => string[]): void {
  const site = useServedSite(siteDir, base);

  it(`scrolls no page sideways at ${WIDTH} px`, { timeout: 300_000 }, async () => {
    expect(await overflowing(site.browser, site.server, overflowPaths())).toEqual([]);
  });

  it(`moves nothing as a resolution or a search loads (layout shift < ${MAX_LAYOUT_SHIFT}), on a phone and a desktop`, { timeout: 300_000 }, async () => {
    const measured: string[] = [];
    for (const width of [WIDTH, 1280]) {
      for (const path of shiftPaths()) {
        const { value, sources } = await shiftOnLoad(site.browser, site.server, path, width);
        measured.push(`/${path} at ${width} px: ${value.toFixed(4)}`);
        expect(value, `/${path} at ${width} px moved: ${sources.join(', ')}`).toBeLessThan(MAX_LAYOUT_SHIFT);
      }
    }
    process.stderr.write(`layout shift on load:\n  ${measured.join('\n  ')}\n`);
  });
}

describe('the seed site at 360 px', () => {
  layoutTests(
    () => inject('siteDir'),
    () => inject('siteBase'),
    () => ['', ...pagesOf('zh', SEED_SYMBOL, SEED_QUERY, '2015')],
    () => [`zh/${SEED_SYMBOL}/`, searchPath('zh', SEED_QUERY)],
  );
});

const corpus = inject('corpusSearchSite');

describe.skipIf(!corpus)(`the corpus site at 360 px, in Chinese, English and Arabic (needs ${CORPUS_SOURCES})`, () => {
  layoutTests(
    () => corpus!.dir,
    () => corpus!.base,
    () => ['', ...LANGS.flatMap((lang) => [...pagesOf(lang, CORPUS_SYMBOL, QUERIES[lang], '2023', 'fr'), ...largestResolutions(corpus!.dir, lang, 4)])],
    () => LANGS.flatMap((lang) => [`${lang}/${CORPUS_SYMBOL}/`, searchPath(lang, QUERIES[lang])]),
  );
});
