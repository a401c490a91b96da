import { describe, expect, inject, it } from 'vitest';
import { usePageSession } from '../helpers/page-session.ts';

/**
 * The side-by-side view, `/{lang}/compare/`, in a real browser over the second test site, which
 * holds E/RES/2016/3 in Chinese, English and Arabic (tests/fixtures/site); the English version
 * has a sub-paragraph (c) the other two lack.
 */
const SYMBOL = 'E/RES/2016/3';
const IDS = ['preamble-1', 'preamble-2', 'para-1', 'para-1-a', 'para-1-b', 'para-1-c', 'para-2'];
const base = inject('siteBase');

const session = usePageSession(inject('xrefSiteDir'), base);

/** Opens the view and waits for its rows. */
async function open(path: string): Promise<void> {
  await session.page.goto(session.server.at(path));
  await session.page.locator('.compare-table:not([hidden]) tr[id]').first().waitFor({ timeout: 15_000 });
}

/** Each row: its id, and per cell its lang, dir, the fragment its link goes to ('-' for an empty cell). */
const rows = () =>
  session.page.$$eval('.compare-table tr[id]', (trs) =>
    trs.map((tr) => ({
      id: tr.id,
      cells: [...tr.querySelectorAll('td')].map((td) => ({
        lang: td.lang,
        dir: td.dir,
        target: td.classList.contains('compare-cell--missing') ? '-' : new URL(td.querySelector('a')!.href).hash.slice(1),
        page: td.querySelector('a') ? new URL(td.querySelector('a')!.href).pathname : '',
      })),
    })),
  );

describe('/zh/compare/', () => {
  it('sets the two versions row by row: the same paragraph id in both cells, each linking to it on its page', async () => {
    await open(`zh/compare/?symbol=${SYMBOL}&with=en`);
    const table = await rows();
    expect(table.map((row) => row.id)).toEqual(IDS);
    for (const row of table) {
      expect(row.cells.map((c) => c.lang)).toEqual(['zh', 'en']);
      expect(row.cells.map((c) => c.dir)).toEqual(['ltr', 'ltr']);
      if (row.id === 'para-1-c') expect(row.cells.map((c) => c.target)).toEqual(['-', 'para-1-c']);
      else expect(row.cells.map((c) => c.target)).toEqual([row.id, row.id]);
    }
    expect(table[0]!.cells.map((c) => c.page)).toEqual([`${base}zh/${SYMBOL}/`, `${base}en/${SYMBOL}/`]);
    expect(await session.page.locator('#para-1-c .compare-missing').textContent()).toBe('本语文本无对应段落');
    expect(await session.page.locator('#para-1 .compare-num').allTextContents()).toEqual(['1', '1']);
  });

  it('sets Arabic right to left, and the selector writes the second language into the URL', async () => {
    await open(`zh/compare/?symbol=${SYMBOL}&with=en`);
    await session.page.selectOption('select[name="with"]', 'ar');
    await session.page.waitForURL((url) => url.searchParams.get('with') === 'ar');
    await session.page.locator('td[lang="ar"]').first().waitFor();
    const table = await rows();
    expect(table.map((row) => row.id)).toEqual(IDS.filter((id) => id !== 'para-1-c'));
    for (const row of table) expect(row.cells.map((c) => `${c.lang}:${c.dir}`)).toEqual(['zh:ltr', 'ar:rtl']);
    expect(new URL(session.page.url()).searchParams.get('symbol')).toBe(SYMBOL);
    // The header's language links keep the view, swapping the sides where they would be one language.
    expect(await session.page.locator('.site-languages a[hreflang="ar"]').getAttribute('href')).toBe(`${base}ar/compare/?symbol=${SYMBOL}&with=zh`);
    expect(await session.page.locator('.site-languages a[hreflang="en"]').getAttribute('href')).toBe(`${base}en/compare/?symbol=${SYMBOL}&with=ar`);
    await session.page.goBack();
    await session.page.waitForURL((url) => url.searchParams.get('with') === 'en');
    await session.page.locator('td[lang="en"]').first().waitFor();
    expect(await session.page.inputValue('select[name="with"]')).toBe('en');
  });

  it('lands on the row a #fragment names', async () => {
    await open(`zh/compare/?symbol=${SYMBOL}&with=en#para-1-b`);
    const row = session.page.locator('#para-1-b');
    expect(await row.evaluate((tr) => tr.classList.contains('compare-row--target'))).toBe(true);
    expect(await row.evaluate((tr) => getComputedStyle(tr).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('chooses a held second language when none is named, and says so when the one named is not held', async () => {
    await open(`zh/compare/?symbol=${SYMBOL}`);
    expect(new URL(session.page.url()).searchParams.get('with')).toBe('ar'); // the first in the UN's order
    expect(await session.page.locator('select[name="with"] option[value="fr"]').isDisabled()).toBe(true);
    await open(`zh/compare/?symbol=${SYMBOL}&with=fr`);
    expect(new URL(session.page.url()).searchParams.get('with')).toBe('ar');
    expect(await session.page.locator('[data-compare-status]').textContent()).toContain('Français');
  });

  it('says what it needs without JavaScript', async () => {
    const noScript = await session.browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(session.server.at(`zh/compare/?symbol=${SYMBOL}&with=en`));
    expect(await plain.locator('.compare-status--needs-js').textContent()).toContain('JavaScript');
    expect(await plain.locator('.compare-form').isVisible()).toBe(false);
    await noScript.close();
  });

  it('stacks the two languages of a paragraph on a 360px phone, without sideways scrolling', async () => {
    await session.page.setViewportSize({ width: 360, height: 800 });
    await open(`en/compare/?symbol=${SYMBOL}&with=ar`);
    const [en, ar] = await session.page.locator('#para-1 td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().toJSON() as DOMRect));
    expect(ar!.top).toBeGreaterThanOrEqual(en!.bottom - 1);
    expect(await session.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});

describe('a resolution page', () => {
  it('links to the view once per other held language, at the reader\'s paragraph, with no script of its own', async () => {
    await session.page.goto(session.server.at(`zh/${SYMBOL}/#para-1-b`));
    const links = session.page.locator('.compare-links a');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      `${base}zh/compare/?symbol=${SYMBOL}&with=ar`,
      `${base}zh/compare/?symbol=${SYMBOL}&with=en`,
    ]);
    const scripts = await session.page.$$eval('script[src]', (tags) => tags.map((tag) => tag.getAttribute('src') ?? ''));
    expect(scripts.filter((src) => src.includes('compare'))).toEqual([]);
    await links.last().click();
    await session.page.locator('.compare-table:not([hidden]) tr[id]').first().waitFor();
    expect(new URL(session.page.url()).pathname).toBe(`${base}zh/compare/`);
    expect(new URL(session.page.url()).hash).toBe('#para-1-b'); // the reader's place, carried along
    expect(await session.page.locator('#para-1-b').evaluate((tr) => tr.classList.contains('compare-row--target'))).toBe(true);
  });
});
