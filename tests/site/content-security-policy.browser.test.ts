import { describe, expect, inject, it } from 'vitest';
import { usePageSession } from '../helpers/page-session.ts';

/**
 * The policy at work in Chromium, on every kind of page: nothing the site needs is blocked
 * (usePageSession fails a test on any violation, and on any request to another host), the search
 * runs Pagefind's WebAssembly under it, and a script slipped into a page does not run.
 */
const session = usePageSession(inject('siteDir'), inject('siteBase'));

const PAGES = ['', 'zh/', 'en/', 'ar/', 'zh/E/RES/2015/26/', 'zh/years/2015/', 'zh/sessions/', 'zh/compare/?symbol=E/RES/2015/26&with=zh', 'en/docs/', 'en/docs/deploying/', 'zh/E/RES/2015/26.json'];

describe('the Content-Security-Policy in Chromium', () => {
  it.each(PAGES)('blocks nothing /%s needs, and asks no other host for anything', async (path) => {
    const response = await session.page.goto(session.server.at(path));
    expect(response?.status()).toBe(200);
    await session.page.waitForLoadState('networkidle');
    expect(session.violations).toEqual([]);
    expect(session.refused).toEqual([]);
  });

  it("lets the search run Pagefind's WebAssembly", async () => {
    await session.page.goto(session.server.at(`zh/search/?q=${encodeURIComponent('信息社会')}`));
    await session.page.locator('.search-result-link').first().waitFor({ timeout: 20_000 });
    expect(session.violations).toEqual([]);
  });

  it('runs no script a page did not bring as a file of the site', async () => {
    await session.page.goto(session.server.at('zh/E/RES/2015/26/'));
    const ran = await session.page.evaluate(async () => {
      const inline = document.createElement('script');
      inline.textContent = 'window.injected = true';
      document.body.append(inline);
      const handler = document.createElement('img');
      handler.setAttribute('onerror', 'window.injected = true');
      handler.src = 'data:,';
      document.body.append(handler);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    // Chromium said why: the policy refused them. Emptied, so that the session's own check passes.
    expect(session.violations.length).toBeGreaterThanOrEqual(1);
    (session.violations as string[]).length = 0;
  });
});
