import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/** Every file of a built site with the sha256 of its bytes, by path. */
function tree(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) for (const [p, h] of tree(dir, `${path}/`)) files.set(p, h);
    else files.set(path, createHash('sha256').update(readFileSync(join(dir, path))).digest('hex'));
  }
  return files;
}

describe('the site built in slices (scripts/site.ts)', () => {
  // The share cards are drawn by scripts/site.ts, not by Astro: the one astro build has none (tests/site/share-cards.test.ts).
  const sliced = new Map([...tree(inject('xrefSiteDir'))].filter(([path]) => !path.endsWith('/card.png')));
  const whole = tree(inject('xrefWholeSiteDir'));

  it('writes the same files, byte for byte, as one astro build of the whole archive', () => {
    expect([...sliced.keys()].sort()).toEqual([...whole.keys()].sort());
    const differing = [...sliced].filter(([path, hash]) => whole.get(path) !== hash).map(([path]) => path);
    expect(differing).toEqual([]);
  });

  it('holds every resolution page in every language and one search index per language', () => {
    const pages = [...sliced.keys()].filter((path) => /^(?:ar|zh|en|fr|ru|es)\/[AE]\/RES\/.+\/index\.html$/.test(path));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const entry = JSON.parse(readFileSync(join(inject('xrefSiteDir'), 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    const langs = new Set(pages.map((path) => path.slice(0, 2)));
    expect(Object.keys(entry.languages).sort()).toEqual([...langs].sort());
  });
});
