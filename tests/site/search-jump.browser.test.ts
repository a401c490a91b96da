import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchChromium, onlyOrigin } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

/**
 * A citation typed into the search box goes straight to the resolution or the paragraph
 * (src/utils/search-jump*.ts), in a real browser: over the seed site (only the Chinese
 * E/RES/2015/26) and the second test site (E/RES/2016/1 only in Chinese).
 */
const base = inject('siteBase');
const ENTRY = '.search-jump a';

let seed: StaticServer;
let xref: StaticServer;
let browser: Browser;
let context: BrowserContext;
let refused: string[];
let page: Page;

beforeAll(async () => {
  seed = await startStaticServer(inject('siteDir'), base);
  xref = await startStaticServer(inject('xrefSiteDir'), base);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await seed?.close();
  await xref?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Both servers share the origin's host; only the seed's port is allowed, the xref tests open their own context.
  refused = await onlyOrigin(context, new URL(seed.url).origin);
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

/** Where the page is: its path and hash, and whether the element the hash names is the :target, in view. */
const landing = () =>
  page.evaluate(() => {
    const id = location.hash.slice(1);
    const element = id ? document.getElementById(id) : null;
    const box = element?.getBoundingClientRect();
    return {
      path: location.pathname,
      hash: location.hash,
      isTarget: element?.matches(':target') ?? false,
      inView: box !== undefined && box.top >= 0 && box.top < window.innerHeight,
    };
  });

/** Types `query` into the search box, which has the focus on load. */
async function type(query: string): Promise<void> {
  const box = page.getByRole('searchbox');
  await box.focus();
  await page.keyboard.type(query);
}

describe('?q= with a citation', () => {
  it('lands on the paragraph, and Back returns to where the reader was before', async () => {
    await page.goto(seed.at('zh/'));
    // The page replaces itself as soon as it knows: wait for the next navigation, not for its load.
    await page.goto(seed.at(`zh/search/?q=${encodeURIComponent('2015/26号决议第12段')}`), { waitUntil: 'commit' });
    await page.waitForURL((url) => url.pathname.endsWith('/E/RES/2015/26/'), { timeout: 20_000 });
    expect(await landing()).toEqual({ path: `${base}zh/E/RES/2015/26/`, hash: '#para-12', isTarget: true, inView: true });
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe(`${base}zh/`);
    expect(refused).toEqual([]);
  });

  it('lands on the resolution for its symbol alone', async () => {
    await page.goto(seed.at('zh/search/?q=E/RES/2015/26'), { waitUntil: 'commit' });
    await page.waitForURL((url) => url.pathname.endsWith('/E/RES/2015/26/'), { timeout: 20_000 });
    expect(await landing()).toMatchObject({ path: `${base}zh/E/RES/2015/26/`, hash: '' });
    expect(refused).toEqual([]);
  });
});

describe('the "go to" entry', () => {
  it('offers undocs.org for a symbol not in the archive, in the same tab, and does not navigate', async () => {
    await page.goto(seed.at('zh/search/'));
    await type('E/RES/1999/1');
    const entry = page.locator(ENTRY);
    await entry.waitFor({ timeout: 20_000 });
    expect(await entry.getAttribute('href')).toBe('https://undocs.org/zh/E/RES/1999/1');
    expect(await entry.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await entry.getAttribute('target')).toBeNull();
    expect(await entry.textContent()).toContain('E/RES/1999/1');

    // Enter searches and stays: no going off-site by itself.
    await page.keyboard.press('Enter');
    await page.locator('[data-search-status]:not(:empty)').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe(`${base}zh/search/`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('E/RES/1999/1');
    expect(refused).toEqual([]);
  });

  it('is reached by Tab and followed by Enter', async () => {
    await page.goto(seed.at('zh/search/'));
    await type('2015/26号决议第12段');
    const entry = page.locator(ENTRY);
    await entry.waitFor({ timeout: 20_000 });
    expect(await entry.getAttribute('href')).toBe(`${base}zh/E/RES/2015/26/#para-12`);
    expect(await entry.textContent()).toBe('转到第2015/26号决议第12段');
    for (let i = 0; i < 5 && !(await entry.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await entry.evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === '#para-12', { timeout: 20_000 });
    expect(await landing()).toEqual({ path: `${base}zh/E/RES/2015/26/`, hash: '#para-12', isTarget: true, inView: true });
    expect(refused).toEqual([]);
  });

  it('goes there on Enter, and Back returns to the search without going forward again', async () => {
    await page.goto(seed.at('zh/search/'));
    await type('e/res/2015/26');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.endsWith('/E/RES/2015/26/'), { timeout: 20_000 });
    await page.goBack();
    await page.locator(ENTRY).waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe(`${base}zh/search/`);
    expect(refused).toEqual([]);
  });

  it('offers the link, without going, when the citation stands among other words', async () => {
    await page.goto(seed.at(`zh/search/?q=${encodeURIComponent('信息社会 2015/26')}`));
    const entry = page.locator(ENTRY);
    await entry.waitFor({ timeout: 20_000 });
    expect(await entry.getAttribute('href')).toBe(`${base}zh/E/RES/2015/26/`);
    expect(new URL(page.url()).pathname).toBe(`${base}zh/search/`);
  });

  it('links another language’s version when the page’s is missing, and marks it', async () => {
    await context.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    refused = await onlyOrigin(context, new URL(xref.url).origin);
    page = await context.newPage();
    await page.goto(xref.at('en/search/'));
    await type('resolution 2016/1, paragraph 2');
    const entry = page.locator(ENTRY);
    await entry.waitFor({ timeout: 20_000 });
    expect(await entry.getAttribute('href')).toBe(`${base}zh/E/RES/2016/1/#para-2`);
    expect(await entry.getAttribute('hreflang')).toBe('zh');
    expect(await entry.textContent()).toBe('Go to resolution 2016/1, paragraph 2');
    expect(await page.locator('.search-jump .cite-lang').textContent()).toBe(' [zh]');
    expect(refused).toEqual([]);
  });
});

describe('the resolution pages', () => {
  it('load none of the search box’s citation reading', async () => {
    await page.goto(seed.at('zh/E/RES/2015/26/'));
    const sources = await page.$$eval('script[src]', (tags) => tags.map((tag) => (tag as HTMLScriptElement).src));
    const inline = await page.$$eval('script:not([src])', (tags) => tags.map((tag) => tag.textContent ?? '').join('\n'));
    const external = await Promise.all(sources.map(async (src) => (await page.request.get(src)).text()));
    for (const code of [inline, ...external]) expect(code).not.toContain('经社理事会');
  });
});
