import { describe, expect, inject, it } from 'vitest';
import { siteTree, treeDifferences } from '../helpers/site-tree.ts';

// Two builds of the same sources (tests/site/global-setup.ts: the seed and tests/fixtures/site,
// each converted and rendered from nothing, one in slices of one page, one in the default slices).
describe('two builds of the same sources', () => {
  const first = siteTree(inject('xrefSiteDir'));
  const second = siteTree(inject('xrefAgainSiteDir'));

  it('are byte-identical: every page, model, export, feed, asset and search index file', () => {
    expect(first.size).toBeGreaterThan(100);
    expect([...first.keys()].some((path) => path.startsWith('pagefind/'))).toBe(true);
    expect(treeDifferences(first, second)).toEqual({ onlyOne: [], differing: [] });
  });

  it('would be told apart by a single byte', () => {
    const changed = new Map(first);
    const [path] = changed.keys();
    changed.set(path!, '0'.repeat(64));
    expect(treeDifferences(first, changed)).toEqual({ onlyOne: [], differing: [path] });
  });
});
