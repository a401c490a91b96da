import { describe, expect, inject, it } from 'vitest';
import { checkLinks, type LinkReport } from '../helpers/check-links.ts';
import { CORPUS_SOURCES } from './corpus-setup.ts';

/*
 * Every internal link and every `#anchor` of the built sites resolves: the seed site and the
 * cross-link site (global-setup.ts, under /archive/), and the corpus site at / and under
 * /archive/ (corpus-setup.ts).
 */
const base = inject('siteBase');
const corpusSites = inject('corpusSites');

/** The check's verdict in a form whose diff reads well: the first broken links, and how many. */
function expectNoBrokenLinks(report: LinkReport): void {
  expect(report.pages).toBeGreaterThan(0);
  expect(report.internal).toBeGreaterThan(report.pages);
  const shown = report.broken.slice(0, 20).map(({ page, href, reason }) => `${page} → ${href}: ${reason}`);
  expect(shown, `${report.broken.length} broken links of ${report.internal}`).toEqual([]);
}

describe('links', () => {
  it('of the seed site all resolve, anchors included', () => {
    expectNoBrokenLinks(checkLinks(inject('siteDir'), base));
  });

  it('of the cross-link site all resolve, citations and "cited by" included', () => {
    expectNoBrokenLinks(checkLinks(inject('xrefSiteDir'), base));
  });

  for (const corpusBase of ['/', '/archive/']) {
    const dir = corpusSites[corpusBase];
    it.skipIf(!dir)(`of the corpus site at ${corpusBase} all resolve (needs ${CORPUS_SOURCES})`, () => {
      expectNoBrokenLinks(checkLinks(dir!, corpusBase));
    });
  }
});
