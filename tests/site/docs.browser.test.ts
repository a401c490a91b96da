import { describe, expect, inject, it } from 'vitest';
import { useServedSite } from '../helpers/page-session.ts';

/*
 * The docs in Chromium, over the seed site: their code follows the reader's light or dark scheme,
 * and the keyboard reaches their navigation and scrolls their code. (That they hold together from
 * a 360px phone to a desktop, in every language, is the layout test's: layout.browser.test.ts.)
 */

const site = useServedSite(inject('siteDir'), inject('siteBase'));

describe('the docs in a browser', () => {
  it('colour code by the light theme in a light system and by the dark one in a dark system', async () => {
    const colours: Record<string, { text: string; background: string; expected: string }> = {};
    for (const scheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(site.server.at('en/docs/model-and-exports/'), { waitUntil: 'load' });
      colours[scheme] = await page.evaluate((name) => {
        const token = document.querySelector<HTMLElement>('pre.astro-code span.line span[class*="shiki-light-"]')!;
        const pre = token.closest('pre')!;
        // The variable of this scheme (set by a class of /code-colours.css), as a colour the browser computes.
        const probe = document.createElement('span');
        probe.style.color = getComputedStyle(token).getPropertyValue(`--shiki-${name}`);
        document.body.append(probe);
        const expected = getComputedStyle(probe).color;
        return { text: getComputedStyle(token).color, background: getComputedStyle(pre).backgroundColor, expected };
      }, scheme);
      await context.close();
    }
    expect(colours.light!.text).toBe(colours.light!.expected);
    expect(colours.dark!.text).toBe(colours.dark!.expected);
    expect(colours.light!.text).not.toBe(colours.dark!.text);
    expect(colours.light!.background).not.toBe(colours.dark!.background);
  });

  it('let the keyboard reach every page of the navigation and scroll a code block', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.server.at('en/docs/citing/'), { waitUntil: 'load' });
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.closest('.docs-nav') ? el.textContent!.trim() : el?.tagName === 'PRE' ? 'PRE' : null;
      });
      if (focused) reached.push(focused);
      if (focused === 'PRE') break;
    }
    expect(reached.slice(0, 6)).toEqual(['About the archive', 'Citing and linking', 'Adding resolutions', 'The model and its exports', 'Deploying', 'Performance']);
    expect(reached).toContain('PRE');
    await context.close();
  });
});
