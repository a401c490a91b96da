import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { usePageSession } from '../helpers/page-session.ts';
import { axeViolations, formatViolations } from '../helpers/axe.ts';

/**
 * The ¶ and “ beside each paragraph and the "Cite this" panel, in Chromium, on the seed's page:
 * what a keyboard reaches, what lands on the clipboard, what the live region says, and where a
 * paragraph link lands.
 */
const RESOLUTION = 'zh/E/RES/2015/26/';
const UN = '经济及社会理事会第2015/26号决议';

const site = usePageSession(inject('siteDir'), inject('siteBase'), ['clipboard-read', 'clipboard-write']);
let page: Page;
// The page of each test, granted the clipboard: usePageSession's beforeEach has run by then.
beforeEach(() => {
  page = site.page;
});

const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
const status = () => page.locator('#cite-status');

/** Presses Tab until the focus is on an element matching `selector`; fails after `max` presses. */
async function tabTo(selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('the ¶ of a paragraph', () => {
  it('shows on keyboard focus, and a press copies the paragraph’s absolute URL, said in the live region', async () => {
    await page.goto(site.server.at(RESOLUTION));
    await tabTo('.para .permalink');
    const id = await page.evaluate(() => document.activeElement!.getAttribute('href')!.slice(1));
    expect(id).toBe('preamble-1');
    await page.waitForFunction(() => getComputedStyle(document.activeElement!).opacity === '1');
    await page.keyboard.press('Enter');
    await expect.poll(() => status().textContent()).toBe('链接已复制到剪贴板。');
    expect(await clipboard()).toBe(`${site.server.url}${RESOLUTION}#preamble-1`);
    // The link was followed as well: the address names the paragraph, which is marked.
    expect(new URL(page.url()).hash).toBe('#preamble-1');
  });

  it('copies the absolute URL on a click, whatever the address bar held', async () => {
    await page.goto(`${site.server.at(RESOLUTION)}#para-3`);
    await page.hover('#para-32 > .para-text');
    await page.click('#para-32 > .para-text > .permalink');
    await expect.poll(clipboard).toBe(`${site.server.url}${RESOLUTION}#para-32`);
    await expect.poll(() => status().textContent()).toBe('链接已复制到剪贴板。');
  });

  it('appears without moving anything', async () => {
    await page.goto(site.server.at(RESOLUTION));
    await page.locator('#para-32').scrollIntoViewIfNeeded();
    const box = () => page.locator('#para-32 > .para-text').boundingBox();
    const before = await box();
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('#para-32 .permalink')!).opacity)).toBe('0');
    await page.hover('#para-32 > .para-text');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('#para-32 .permalink')!).opacity === '1');
    expect(await box()).toEqual(before);
  });
});

describe('the “ of a paragraph', () => {
  const BLUEBOOK = (pin: string) => `Economic and Social Council Res. 2015/26, ${pin}, U.N. Doc. E/RES/2015/26 (July 22, 2015)`;
  const OSCOLA = (pin: string) => `ECOSOC Res 2015/26 (22 July 2015) UN Doc E/RES/2015/26, ${pin}`;
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  const menu = () => page.locator('#para-cite-menu');

  /** Focuses the “ of paragraph `id` from its ¶, by keyboard. */
  async function focusCite(id: string): Promise<void> {
    await page.focus(`#${id} > .para-text > .permalink`);
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => getComputedStyle(document.activeElement!).opacity === '1');
  }

  it('opens a menu of the three forms by keyboard, each copying its form of the paragraph’s citation', async () => {
    await page.goto(site.server.at(RESOLUTION));
    await focusCite('para-32');
    expect(await focused()).toBe('复制第 32 段的引文');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))).toBe('menu');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('复制引文：联合国格式');
    expect(await menu().getAttribute('aria-label')).toBe('复制第 32 段的引文');
    expect(await page.getAttribute('#para-32 .para-cite', 'aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(clipboard).toBe(`${UN}第32段`);
    await expect.poll(() => status().textContent()).toBe('引文已复制到剪贴板。');
    // The menu closed, and the focus is back on the “.
    expect(await menu().isHidden()).toBe(true);
    expect(await focused()).toBe('复制第 32 段的引文');

    await page.keyboard.press(' ');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('复制引文：Bluebook（英文）');
    await page.keyboard.press('Enter');
    await expect.poll(clipboard).toBe(BLUEBOOK('¶ 32'));

    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('复制引文：OSCOLA（英文）');
    await page.keyboard.press('Enter');
    await expect.poll(clipboard).toBe(OSCOLA('para 32'));
  });

  it('cites a sub-paragraph and a preambular paragraph in Bluebook and OSCOLA, by mouse too', async () => {
    await page.goto(site.server.at(RESOLUTION));
    await focusCite('para-48-c');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(clipboard).toBe(BLUEBOOK('¶ 48(c)'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(clipboard).toBe(OSCOLA('para 48(c)'));

    await page.hover('#preamble-3 > .para-text');
    await page.click('#preamble-3 > .para-text > .para-cite');
    await page.click('#para-cite-menu [data-format="bluebook"]');
    await expect.poll(clipboard).toBe(BLUEBOOK('pmbl. ¶ 3'));
    await page.hover('#preamble-3 > .para-text');
    await page.click('#preamble-3 > .para-text > .para-cite');
    await page.click('#para-cite-menu [data-format="un"]');
    await expect.poll(clipboard).toBe(`${UN}序言部分第三段`);
  });

  it('is clean for axe-core while open', async () => {
    await page.goto(site.server.at(RESOLUTION));
    await focusCite('para-32');
    await page.keyboard.press('Enter');
    expect(await menu().isVisible()).toBe(true);
    const violations = await axeViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  // Right to left: para-cite-rtl.browser.test.ts, on an Arabic page.
  it('opens inside the paragraph’s column, on a phone and a desktop', async () => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(site.server.at(RESOLUTION));
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      await focusCite('para-32');
      await page.keyboard.press('Enter');
      const [text, box] = await Promise.all([page.locator('#para-32 > .para-text').boundingBox(), menu().boundingBox()]);
      expect(box!.x, `${width}px`).toBeGreaterThanOrEqual(text!.x - 1);
      expect(box!.x + box!.width, `${width}px`).toBeLessThanOrEqual(text!.x + text!.width + 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width}px`).toBe(scrollWidth);
    }
  });

  it('closes on Escape, back on the “, and opens without moving anything', async () => {
    await page.goto(site.server.at(RESOLUTION));
    await focusCite('para-32');
    const box = () => page.locator('#para-32 > .para-text').boundingBox();
    const before = await box();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.keyboard.press('Enter');
    expect(await menu().isVisible()).toBe(true);
    expect(await box()).toEqual(before);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(height);
    await page.keyboard.press('Escape');
    expect(await menu().isHidden()).toBe(true);
    expect(await focused()).toBe('复制第 32 段的引文');
    expect(await page.getAttribute('#para-32 .para-cite', 'aria-expanded')).toBe('false');
    // Tab from an open menu goes on from the “, as from any control.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await menu().isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('.para')?.id)).not.toBe(undefined);
  });
});

describe('the cite panel', () => {
  it('copies each line with its button', async () => {
    await page.goto(site.server.at(RESOLUTION));
    await page.click('.cite-panel > summary');
    await page.click('[data-copy="cite-un"]');
    await expect.poll(clipboard).toBe(UN);
    await page.click('[data-copy="cite-bluebook"]');
    await expect.poll(clipboard).toBe('Economic and Social Council Res. 2015/26, U.N. Doc. E/RES/2015/26 (July 22, 2015)');
    await expect.poll(() => status().textContent()).toBe('引文已复制到剪贴板。');
  });
});

describe('a link to a paragraph', () => {
  it('lands with the paragraph’s top below any sticky header and inside the window, marked', async () => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${site.server.at(RESOLUTION)}#para-40`);
      const { top, headerBottom, height, marked } = await page.evaluate(() => {
        // Whatever sticks to the top of the window and spans most of it counts as a header.
        let headerBottom = 0;
        for (const el of document.querySelectorAll<HTMLElement>('body *')) {
          const style = getComputedStyle(el);
          if (style.position !== 'sticky' && style.position !== 'fixed') continue;
          const rect = el.getBoundingClientRect();
          if (rect.top <= 1 && rect.width > window.innerWidth / 2) headerBottom = Math.max(headerBottom, rect.bottom);
        }
        const text = document.querySelector('#para-40 > .para-text')!;
        return {
          top: text.getBoundingClientRect().top,
          headerBottom,
          height: window.innerHeight,
          marked: getComputedStyle(text).backgroundColor !== 'rgba(0, 0, 0, 0)',
        };
      });
      expect(top, `${width}px`).toBeGreaterThanOrEqual(headerBottom + 8);
      expect(top, `${width}px`).toBeLessThan(height / 3);
      expect(marked, `${width}px`).toBe(true);
    }
  });
});

describe('without JavaScript', () => {
  it('keeps the ¶ a plain link, hides the copy controls, and lays the text out the same', async () => {
    const heights: number[] = [];
    for (const javaScriptEnabled of [false, true]) {
      const other = await site.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
      const tab = await other.newPage();
      await tab.goto(site.server.at(RESOLUTION));
      heights.push(await tab.evaluate(() => document.documentElement.scrollHeight));
      const cite = await tab.evaluate(() => getComputedStyle(document.querySelector('#para-32 .para-cite')!).visibility);
      const copy = await tab.evaluate(() => getComputedStyle(document.querySelector('.cite-copy')!).display);
      if (!javaScriptEnabled) {
        expect(cite).toBe('hidden');
        expect(copy).toBe('none');
        await tab.click('#para-32 > .para-text > .permalink');
        expect(new URL(tab.url()).hash).toBe('#para-32');
      } else {
        expect(cite).toBe('visible');
      }
      await other.close();
    }
    expect(heights[1]).toBe(heights[0]);
  });
});
