import { describe, expect, inject, it } from 'vitest';
import { usePageSession } from '../helpers/page-session.ts';

/** Search in a real browser, over the built site served under its base path. */
const QUERY = '因特网治理论坛';
const PARAGRAPH_LINK = '.search-result-link[href*="#para-"], .search-result-link[href*="#preamble-"]';

const session = usePageSession(inject('siteDir'), inject('siteBase'));

describe('/zh/search/', () => {
  it(`runs ?q=${QUERY} on load and lands on the paragraph that says it`, async () => {
    await session.page.goto(session.server.at(`zh/search/?q=${encodeURIComponent(QUERY)}`));
    const link = session.page.locator(PARAGRAPH_LINK).first();
    await link.waitFor({ timeout: 20_000 });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/#(?:para|preamble)-[a-z0-9-]+$/);
    expect(href.startsWith(`${inject('siteBase')}zh/E/RES/2015/26/#`)).toBe(true);

    await link.click();
    await session.page.waitForURL((url) => url.hash.length > 1);
    const id = new URL(session.page.url()).hash.slice(1);
    expect(href.endsWith(`#${id}`)).toBe(true);
    const landed = await session.page.evaluate((targetId) => {
      const element = document.getElementById(targetId);
      if (!element) return null;
      const box = element.getBoundingClientRect();
      return {
        text: element.textContent ?? '',
        inView: box.top >= 0 && box.top < window.innerHeight,
        isTarget: element.matches(':target'),
      };
    }, id);
    expect(landed, `#${id} exists`).not.toBeNull();
    expect(landed?.inView).toBe(true);
    expect(landed?.isTarget).toBe(true);
    expect(landed?.text).toContain(QUERY);
    expect(session.refused).toEqual([]);
  });

  it('searches as the reader types into the box, by keyboard alone', async () => {
    await session.page.goto(session.server.at('zh/search/'));
    const box = session.page.getByRole('searchbox');
    // The box has the focus on load; Tab from the top of the page reaches it too.
    if (!(await box.evaluate((input) => input === document.activeElement))) {
      for (let i = 0; i < 12 && !(await box.evaluate((input) => input === document.activeElement)); i++) {
        await session.page.keyboard.press('Tab');
      }
    }
    expect(await box.evaluate((input) => input === document.activeElement)).toBe(true);
    await session.page.keyboard.type('治理论坛');
    await session.page.locator(PARAGRAPH_LINK).first().waitFor({ timeout: 20_000 });
    expect(new URL(session.page.url()).searchParams.get('q')).toBe('治理论坛');

    // Enter runs the search too, and Tab then walks past the button and the filters into the results.
    await session.page.keyboard.press('Enter');
    const inResults = () => session.page.evaluate(() => document.activeElement?.closest('.search-result') !== null);
    for (let i = 0; i < 6 && !(await inResults()); i++) await session.page.keyboard.press('Tab');
    expect(await inResults()).toBe(true);
    // The row says where the paragraph is and marks the words.
    const row = session.page.locator('.search-result').first();
    expect(await row.locator('.search-result-symbol').textContent()).toBe('E/RES/2015/26');
    expect(await row.locator('mark').first().textContent()).toBe('治理论坛');
    expect(session.refused).toEqual([]);
  });

  it('says so when nothing matches', async () => {
    await session.page.goto(session.server.at(`zh/search/?q=${encodeURIComponent('zzzqqqxxx')}`));
    await session.page.locator('[data-search-status]', { hasText: 'zzzqqqxxx' }).waitFor({ timeout: 20_000 });
    expect(await session.page.locator('.search-result').count()).toBe(0);
  });
});
