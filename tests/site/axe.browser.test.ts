import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, formatViolations } from '../helpers/axe.ts';
import { onlyOrigin } from '../helpers/chromium.ts';
import { useServedSite } from '../helpers/page-session.ts';
import type { StaticServer } from '../helpers/static-server.ts';
import { CORPUS_SOURCES } from './corpus-setup.ts';

/**
 * axe-core (node_modules/axe-core, injected into the page: nothing is fetched) finds no WCAG 2.x
 * A/AA violation and no best-practice one on the landing page, the language homes, a resolution
 * and a search with its results, in Chinese, English and Arabic, in the light and the dark
 * scheme; nor on the docs section when the site has one. And the keyboard alone reaches every
 * link and control of a resolution page, each showing a focus ring.
 */
const LANGS = ['zh', 'en', 'ar'] as const;
const SCHEMES = ['light', 'dark'] as const;
const CORPUS_SYMBOL = 'E/RES/2023/3';
const QUERIES: Record<(typeof LANGS)[number], string> = { zh: '可持续发展', en: 'sustainable development', ar: 'التنمية المستدامة' };
const SEED_RESOLUTION = 'zh/E/RES/2015/26/';
const SEED_SEARCH = `zh/search/?q=${encodeURIComponent('因特网治理论坛')}`;

/**
 * The docs pages in Chinese, English and Arabic (`/{lang}/docs/`): every page under them, up to
 * 12 (two translated pages each in Chinese and Arabic, six in English). None when absent.
 */
function docsPages(siteDir: string): string[] {
  const pages: string[] = [];
  const walk = (rel: string) => {
    const dir = join(siteDir, rel);
    if (!existsSync(dir)) return;
    if (existsSync(join(dir, 'index.html'))) pages.push(rel);
    for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) walk(`${rel}${entry.name}/`);
  };
  for (const lang of LANGS) walk(`${lang}/docs/`);
  return pages.slice(0, 12);
}

/** Opens a page and waits for what its script adds (search rows). */
async function open(page: Page, server: StaticServer, path: string): Promise<void> {
  const response = await page.goto(server.at(path), { waitUntil: 'load' });
  expect(response?.status(), `/${path}`).toBe(200);
  if (path.includes('/search/?q=')) await page.locator('.search-result').first().waitFor({ timeout: 30_000 });
}

/** The axe tests of one site: each path in each colour scheme. */
function axeTests(siteDir: () => string, base: () => string, paths: () => string[]): void {
  const site = useServedSite(siteDir, base);

  it.each(SCHEMES)('finds no violation in the %s scheme', { timeout: 300_000 }, async (colorScheme) => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
    const refused = await onlyOrigin(context, new URL(site.server.url).origin);
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of paths()) {
      await open(page, site.server, path);
      await page.emulateMedia({ colorScheme });
      const violations = await axeViolations(page);
      if (violations.length > 0) found.push(`/${path} (${colorScheme}):\n${formatViolations(violations)}`);
    }
    expect(found, `axe violations:\n${found.join('\n')}`).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });
}

/** Tab through a resolution page of a site: every link and control reached, each with a focus ring. */
function keyboardTest(siteDir: () => string, base: () => string, resolution: string): void {
  describe(`by keyboard alone, /${resolution}`, () => {
    const site = useServedSite(siteDir, base);

    it('Tab reaches every link and control of a resolution page, each with a visible focus ring', { timeout: 300_000 }, async () => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(site.server.at(resolution), { waitUntil: 'load' });
      // Every element a reader can reach, tagged with its place in the document.
      const expected = await page.evaluate(() => {
        const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')];
        return all
          .map((el, i) => {
            el.dataset.tabOrder = String(i);
            return el;
          })
          .filter((el) => el.checkVisibility({ visibilityProperty: true }) || el.matches('.skip-link'))
          .map((el) => ({ order: el.dataset.tabOrder!, name: `${el.tagName.toLowerCase()} ${el.getAttribute('href') ?? el.className}` }));
      });
      expect(expected.length).toBeGreaterThan(50);

      const reached = new Set<string>();
      const unringed: string[] = [];
      for (let presses = 0; presses < expected.length + 10; presses++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const ring = el.matches(':focus-visible') && style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
          return { order: el.dataset.tabOrder ?? '', ring, name: `${el.tagName.toLowerCase()} ${el.getAttribute('href') ?? el.className}` };
        });
        if (!focus) continue;
        if (reached.has(focus.order)) break; // round the page and back to the start
        reached.add(focus.order);
        if (!focus.ring) unringed.push(focus.name);
      }
      const missed = expected.filter((el) => !reached.has(el.order)).map((el) => el.name);
      expect(missed, 'elements Tab never reaches').toEqual([]);
      expect(unringed, 'elements focused without a visible ring').toEqual([]);
      await context.close();
    });
  });
}

describe('the seed site', () => {
  axeTests(
    () => inject('siteDir'),
    () => inject('siteBase'),
    () => ['', 'zh/', SEED_RESOLUTION, SEED_SEARCH, ...docsPages(inject('siteDir'))],
  );

  keyboardTest(() => inject('siteDir'), () => inject('siteBase'), SEED_RESOLUTION);
});

const corpus = inject('corpusSearchSite');

describe.skipIf(!corpus)(`the corpus site in Chinese, English and Arabic (needs ${CORPUS_SOURCES})`, () => {
  axeTests(
    () => corpus!.dir,
    () => corpus!.base,
    () => [
      '',
      ...LANGS.flatMap((lang) => [`${lang}/`, `${lang}/${CORPUS_SYMBOL}/`, `${lang}/search/?q=${encodeURIComponent(QUERIES[lang])}`]),
      ...docsPages(corpus!.dir),
    ],
  );
  keyboardTest(() => corpus!.dir, () => corpus!.base, `en/${CORPUS_SYMBOL}/`);
});
