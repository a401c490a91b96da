import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { siteTree, treeDifferences } from '../helpers/site-tree.ts';

describe('the site built in slices (scripts/site.ts)', () => {
  // The share cards are drawn by scripts/site.ts, not by Astro: the one astro build has none (tests/site/share-cards.test.ts).
  const sliced = new Map([...siteTree(inject('xrefSiteDir'))].filter(([path]) => !path.endsWith('/card.png')));
  const whole = siteTree(inject('xrefWholeSiteDir'));

  it('writes the same files, byte for byte, as one astro build of the whole archive', () => {
    expect(treeDifferences(sliced, whole)).toEqual({ onlyOne: [], differing: [] });
  });

  it('holds every resolution page in every language and one search index per language', () => {
    const pages = [...sliced.keys()].filter((path) => /^(?:ar|zh|en|fr|ru|es)\/[AE]\/RES\/.+\/index\.html$/.test(path));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const entry = JSON.parse(readFileSync(join(inject('xrefSiteDir'), 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    const langs = new Set(pages.map((path) => path.slice(0, 2)));
    expect(Object.keys(entry.languages).sort()).toEqual([...langs].sort());
  });
});
