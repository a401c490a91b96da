import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchChromium, onlyOrigin } from './chromium.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

/** What a browser test file works with: the served site and a fresh page per test. */
export interface PageSession {
  readonly server: StaticServer;
  /** The file's Chromium, for a test that needs a context of its own (no JavaScript, another device). */
  readonly browser: Browser;
  readonly page: Page;
  /** The requests to other hosts this test's page made (and were refused). */
  readonly refused: readonly string[];
  /** What the page's Content-Security-Policy blocked, as Chromium reported it. */
  readonly violations: readonly string[];
}

/** A built site served for one test file, and the file's Chromium. */
export interface ServedSite {
  readonly server: StaticServer;
  readonly browser: Browser;
}

/**
 * Serves a built site under its base for one test file (or one `describe`), with one Chromium,
 * both closed after it. The site may be given as functions, read when the tests start: a corpus
 * site that only exists where ../shared does.
 */
export function useServedSite(siteDir: string | (() => string), base: string | (() => string)): ServedSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startStaticServer(typeof siteDir === 'function' ? siteDir() : siteDir, typeof base === 'function' ? base() : base);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
  };
}

/**
 * Serves a built site under its base for one test file (useServedSite), with a new context and
 * page (1280 × 900) for each test, granted `permissions` on the site's origin (the clipboard's,
 * for the copy controls); after each test, fails if the page asked any other host for anything
 * (the site promises it never does) or its Content-Security-Policy blocked anything (the site's
 * own scripts, styles and WebAssembly must all be allowed).
 */
export function usePageSession(siteDir: string, base: string, permissions: string[] = []): PageSession {
  const site = useServedSite(siteDir, base);
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let refused: string[] = [];
  let violations: string[] = [];

  beforeEach(async () => {
    context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    if (permissions.length > 0) await context.grantPermissions(permissions, { origin: new URL(site.server.url).origin });
    refused = await onlyOrigin(context, new URL(site.server.url).origin);
    page = await context.newPage();
    violations = policyViolations(page);
  });
  afterEach(async () => {
    expect(refused).toEqual([]);
    expect(violations).toEqual([]);
    await context?.close();
  });

  return {
    get server() {
      return site.server;
    },
    get browser() {
      return site.browser;
    },
    get page() {
      return page!;
    },
    get refused() {
      return refused;
    },
    get violations() {
      return violations;
    },
  };
}

/** Collects what the page's Content-Security-Policy blocks: Chromium reports each as a console error. */
export function policyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
