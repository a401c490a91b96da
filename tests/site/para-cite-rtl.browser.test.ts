import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { axeViolations, formatViolations } from '../helpers/axe.ts';
import { usePageSession } from '../helpers/page-session.ts';

/**
 * A paragraph's citation menu on an Arabic page, right to left (the cross-link site's
 * E/RES/2016/3, tests/fixtures/site): opened by keyboard on a phone and on a desktop, inside the
 * paragraph's column, clean for axe-core; the English forms give the Arabic sub-paragraph (أ) as
 * (a), the UN's form keeps it.
 */
const RESOLUTION = 'ar/E/RES/2016/3/';
const site = usePageSession(inject('xrefSiteDir'), inject('siteBase'), ['clipboard-read', 'clipboard-write']);

let page: Page;
// The page of each test, granted the clipboard: usePageSession's beforeEach has run by then.
beforeEach(() => {
  page = site.page;
});

/** Opens the menu of paragraph `id` by keyboard, from its ¶, and copies the item `steps` ↓ below the first. */
async function copyVia(id: string, steps: number): Promise<string> {
  await page.focus(`#${id} > .para-text > .permalink`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#para-cite-menu')!.hasAttribute('hidden'));
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('the citation menu right to left', () => {
  it('copies the UN’s Arabic form, Bluebook and OSCOLA of a sub-paragraph', async () => {
    await page.goto(site.server.at(RESOLUTION));
    expect(await copyVia('para-1-a', 0)).toBe('قرار المجلس الاقتصادي والاجتماعي 2016/3، الفقرة 1 (أ)');
    expect(await copyVia('para-1-a', 1)).toBe('Economic and Social Council Res. 2016/3, ¶ 1(a), U.N. Doc. E/RES/2016/3 (July 22, 2016)');
    expect(await copyVia('para-1-a', 2)).toBe('ECOSOC Res 2016/3 (22 July 2016) UN Doc E/RES/2016/3, para 1(a)');
    expect(await copyVia('preamble-2', 2)).toBe('ECOSOC Res 2016/3 (22 July 2016) UN Doc E/RES/2016/3, preambular para 2');
  });

  it.each([390, 1280])('opens inside the paragraph’s column at %ipx, moving nothing, clean for axe-core', async (width) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(site.server.at(RESOLUTION));
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.focus('#para-2 > .para-text > .permalink');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const [text, menu] = await Promise.all([page.locator('#para-2 > .para-text').boundingBox(), page.locator('#para-cite-menu').boundingBox()]);
    expect(menu!.x).toBeGreaterThanOrEqual(text!.x - 1);
    expect(menu!.x + menu!.width).toBeLessThanOrEqual(text!.x + text!.width + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(scrollWidth);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('نسخ الاستشهاد: أسلوب الأمم المتحدة');
    const violations = await axeViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});
