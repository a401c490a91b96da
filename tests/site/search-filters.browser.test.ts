import { describe, expect, inject, it } from 'vitest';
import { usePageSession } from '../helpers/page-session.ts';
import { CORPUS_SOURCES } from './corpus-setup.ts';

/*
 * Issue 6, items 2 and 6: filters and order over the corpus site, the whole state in the URL, so
 * that a search can be shared; and the Arabic search page right to left.
 */
const site = inject('corpusSearchSite');
const session = usePageSession(site?.dir ?? '', site?.base ?? '/');

/** The rows on screen: each link's target, without the base. */
const rows = () => session.page.locator('.search-result-link').evaluateAll((links) => links.map((link) => decodeURI(new URL((link as HTMLAnchorElement).href).pathname + new URL((link as HTMLAnchorElement).href).hash)));

describe.skipIf(!site)(`search filters and order (needs ${CORPUS_SOURCES})`, () => {
  it('keeps only the year asked for, from a shared URL, with the filters open and set', async () => {
    await session.page.goto(session.server.at('en/search/?q=development&year=2023'));
    await session.page.locator('.search-result').first().waitFor({ timeout: 30_000 });
    const found = await rows();
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((path) => path.startsWith('/en/E/RES/2023/'))).toBe(true);
    expect(await session.page.locator('select[name="year"]').inputValue()).toBe('2023');
    expect(await session.page.locator('details.search-filters').getAttribute('open')).not.toBeNull();
    expect(session.refused).toEqual([]);
  });

  it('puts a choice into the URL, and the order by date', async () => {
    await session.page.goto(session.server.at('en/search/?q=sustainable%20development'));
    await session.page.locator('.search-result').first().waitFor({ timeout: 30_000 });
    await session.page.locator('summary').click();
    await session.page.locator('select[name="sort"]').selectOption('oldest');
    await session.page.waitForURL((url) => url.searchParams.get('sort') === 'oldest');
    await session.page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent !== '');
    await session.page.waitForTimeout(300);
    const years = (await rows()).map((path) => Number(/\/E\/RES\/(\d{4})\//.exec(path)?.[1]));
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(new URL(session.page.url()).searchParams.get('q')).toBe('sustainable development');
  });

  it('lists the resolutions of a goal without words, each once, as many as the choice says', async () => {
    await session.page.goto(session.server.at('en/search/?sdg=5'));
    await session.page.locator('.search-result').first().waitFor({ timeout: 30_000 });
    const label = (await session.page.locator('select[name="sdg"] option[value="5"]').textContent()) ?? '';
    const count = Number(/\((\d+)\)$/.exec(label)?.[1]);
    while (await session.page.locator('[data-search-more]').isVisible()) {
      const before = await session.page.locator('.search-result').count();
      await session.page.locator('[data-search-more]').click();
      await session.page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n || (document.querySelector('[data-search-more]') as HTMLElement).hidden, before);
    }
    const found = await rows();
    expect(found.filter((path) => !/^\/en\/E\/RES\/[^#]+\/$/.test(path))).toEqual([]);
    expect(new Set(found).size).toBe(found.length);
    expect(found.length).toBe(count);
  });

  it('searches Arabic right to left, marking the phrase in the row', async () => {
    await session.page.goto(session.server.at(`ar/search/?q=${encodeURIComponent('التنمية المستدامة')}`));
    await session.page.locator('.search-result mark').first().waitFor({ timeout: 30_000 });
    expect(await session.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await session.page.locator('.search-result mark').first().textContent()).toBe('التنمية المستدامة');
  });
});
