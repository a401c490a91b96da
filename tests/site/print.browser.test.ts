import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { usePageSession } from '../helpers/page-session.ts';
import { CORPUS_SOURCES } from './corpus-setup.ts';

/**
 * A printed resolution (src/styles/print.css): the UN document alone, without the site's chrome,
 * and the address of each citation after its words. Checked with print media emulated in
 * Chromium, over the seed (citations to undocs.org, footnote marks) and, when it is built, the
 * corpus (citations of resolutions the archive holds, whose hrefs are relative).
 */
const SEED_PAGE = 'zh/E/RES/2015/26/';
/** An English resolution of the corpus that cites another one the archive holds (E/RES/2022/15). */
const CORPUS_PAGE = 'en/E/RES/2023/3/';
/** What prints of the chrome: nothing but the footer's source line. */
const CHROME = ['.skip-link', '.site-header', '.site-languages', '.site-search', '.permalink', '.para-cite', '.cite-copy', '.cite-downloads', '.footnote-backrefs', '.doc-meta-links', '.doc-meta-languages', '.compare-links', '.site-footer-note'];

/** Opens a page as the printer sees it. */
async function openForPrint(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
}

/** Per selector, how many of its elements would print (a box of some size, not `display: none`). */
const printed = (page: Page, selectors: string[]) =>
  page.evaluate(
    (list) =>
      Object.fromEntries(
        list.map((selector) => [selector, [...document.querySelectorAll(selector)].filter((el) => el.getClientRects().length > 0).length]),
      ),
    selectors,
  );

/** Each link of the text with an href: the href as written, its absolute URL, what prints after it. */
const citationsAsPrinted = (page: Page) =>
  page.$$eval('.un-document a[href]', (links) =>
    links
      .filter((link) => link.getClientRects().length > 0)
      .map((link) => ({
        href: link.getAttribute('href') ?? '',
        absolute: (link as HTMLAnchorElement).href,
        after: getComputedStyle(link, '::after').content,
      })),
  );

describe('the seed resolution on paper', () => {
  const session = usePageSession(inject('siteDir'), inject('siteBase'));

  it('prints the document (masthead, symbol, title, serif text, hanging numbers, footnotes) and none of the chrome', async () => {
    const { page } = session;
    await openForPrint(page, session.server.at(SEED_PAGE));
    const hidden = await printed(page, CHROME);
    for (const selector of CHROME) expect(hidden[selector], `${selector} is not printed`).toBe(0);
    const shown = await printed(page, ['.doc-masthead', '.doc-symbol', '.doc-title', '.para-label', '.doc-footnotes .footnote', '.site-footer strong', '.doc-meta-list']);
    for (const [selector, count] of Object.entries(shown)) expect(count, `${selector} is printed`).toBeGreaterThan(0);

    const text = await page.evaluate(() => {
      const para = document.querySelector('.para--numbered > .para-text')!;
      const label = para.querySelector('.para-label')!;
      const style = getComputedStyle(para);
      return {
        font: getComputedStyle(document.querySelector('.un-document')!).fontFamily,
        background: getComputedStyle(document.body).backgroundColor,
        hang: Number.parseFloat(style.paddingInlineStart),
        labelStart: label.getBoundingClientRect().left,
        textStart: para.getBoundingClientRect().left + Number.parseFloat(style.paddingLeft),
        footnotesLast: document.querySelector('.doc-footnotes')!.compareDocumentPosition([...document.querySelectorAll('.para')].at(-1)!) === Node.DOCUMENT_POSITION_PRECEDING,
      };
    });
    expect(text.font).toMatch(/Serif|serif/);
    expect(text.background).toBe('rgb(255, 255, 255)');
    // The number hangs in the margin the paragraph keeps for it.
    expect(text.hang).toBeGreaterThan(0);
    expect(text.labelStart).toBeLessThan(text.textStart);
    expect(text.footnotesLast).toBe(true);
  });

  it('prints the address of each citation after it, and nothing after an in-page link', async () => {
    const { page } = session;
    await openForPrint(page, session.server.at(SEED_PAGE));
    const links = await citationsAsPrinted(page);
    const outward = links.filter((link) => !link.href.startsWith('#'));
    expect(outward.length).toBeGreaterThan(5);
    for (const link of outward) expect(link.after, link.href).toBe(`" <${link.absolute}>"`);
    // undocs.org links print as they are: already absolute.
    expect(outward.some((link) => link.href.startsWith('https://undocs.org/zh/'))).toBe(true);
    for (const link of links.filter((l) => l.href.startsWith('#'))) expect(link.after, link.href).toBe('none');
  });

  it('keeps paragraphs whole and headings with what follows across page breaks', async () => {
    const { page } = session;
    await openForPrint(page, session.server.at(SEED_PAGE));
    const breaks = await page.evaluate(() => ({
      para: getComputedStyle(document.querySelector('.para-text')!).breakInside,
      title: getComputedStyle(document.querySelector('.doc-title')!).breakAfter,
      heading: [...document.querySelectorAll('.doc-heading')].map((h) => getComputedStyle(h).breakAfter),
    }));
    expect(breaks.para).toBe('avoid');
    expect(breaks.title).toBe('avoid');
    for (const value of breaks.heading) expect(value).toBe('avoid');
  });

  it('prints to an A4 PDF in Chromium, in the light colours whatever the reader’s scheme', async () => {
    const context = await session.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await openForPrint(page, session.server.at(SEED_PAGE));
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.un-document')!).color)).toBe('rgb(0, 0, 0)');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The seed is nine pages on paper (63 paragraphs, 9 footnotes): not one per screen, not one long one.
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(4);
    expect(pages).toBeLessThan(15);
    await context.close();
  });
});

const corpus = inject('corpusSearchSite');

describe.skipIf(!corpus)(`a corpus resolution on paper (needs ${CORPUS_SOURCES})`, () => {
  const session = usePageSession(corpus?.dir ?? '', corpus?.base ?? '/');

  it('prints the absolute URL of a citation of another resolution in the archive (relative on screen)', async () => {
    const { page } = session;
    await openForPrint(page, session.server.at(CORPUS_PAGE));
    const links = await citationsAsPrinted(page);
    const inArchive = links.filter((link) => link.href.startsWith('/'));
    expect(inArchive.length, 'E/RES/2023/3 cites E/RES/2022/15, which the archive holds').toBeGreaterThan(0);
    for (const link of inArchive) {
      expect(link.absolute.startsWith(new URL(session.server.url).origin)).toBe(true);
      expect(link.after, link.href).toBe(`" <${link.absolute}>"`);
    }
  });
});
