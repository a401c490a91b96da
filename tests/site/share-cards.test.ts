import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { pngSize } from '../../scripts/og-cards/encode-png.ts';
import { LANGS } from '../../src/schemas/lang.ts';
import { CORPUS_SOURCES } from './corpus-setup.ts';

/*
 * The share card of every resolution page (scripts/site.ts, step 2): a 1200×630 PNG beside the
 * page, `{lang}/{symbol}/card.png`, which the page's Open Graph and Twitter tags name.
 */
const siteDir = inject('siteDir');
const base = inject('siteBase');
const xrefSiteDir = inject('xrefSiteDir');
const corpusDir = inject('corpusSites')['/'];
const SEED = 'E/RES/2015/26';

/** The content of the first `<meta>` with this `property` or `name`. */
function meta(html: string, key: string): string | undefined {
  return new RegExp(`<meta (?:name|property)="${key.replace(/:/g, '\\:')}" content="([^"]*)"`).exec(html)?.[1];
}

/** Every resolution page of a built site, as its folder relative to the site (`zh/E/RES/2015/26`). */
function resolutionFolders(dir: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const name of readdirSync(join(dir, relative))) {
      const path = `${relative}/${name}`;
      if (name === 'index.html' && /^\/(?:ar|zh|en|fr|ru|es)\/[AE]\/RES\//.test(path)) found.push(relative.slice(1));
      else if (statSync(join(dir, path)).isDirectory()) walk(path);
    }
  };
  for (const lang of LANGS) {
    try {
      walk(`/${lang}`);
    } catch {
      // A language the site does not hold.
    }
  }
  return found;
}

describe('the share card of a resolution page (seed site, under /archive/)', () => {
  const html = readFileSync(join(siteDir, 'zh', SEED, 'index.html'), 'utf8');

  it('is named by the page’s og:image and twitter:image, under the base, and exists there', () => {
    const image = meta(html, 'og:image');
    expect(image).toBe(`${base}zh/${SEED}/card.png`);
    expect(meta(html, 'twitter:image')).toBe(image);
    expect(image!.startsWith(base)).toBe(true);
    expect(statSync(join(siteDir, image!.slice(base.length))).isFile()).toBe(true);
  });

  it('is a PNG of 1200×630, as og:image:width and og:image:height say', () => {
    const png = readFileSync(join(siteDir, 'zh', SEED, 'card.png'));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect([meta(html, 'og:image:width'), meta(html, 'og:image:height'), meta(html, 'og:image:type')]).toEqual(['1200', '630', 'image/png']);
  });

  it('is not the language’s static card, unless the fonts were missing', () => {
    const card = readFileSync(join(siteDir, 'zh', SEED, 'card.png'));
    const drawn = !card.equals(readFileSync(join(siteDir, 'og/card-zh.png')));
    const log = 'a build without the fonts warns and serves the static card (scripts/og-cards/draw-cards.ts)';
    expect(drawn, log).toBe(true);
  });
});

describe('the share cards of the cross-reference site', () => {
  it('stand beside every resolution page, one per page', () => {
    const folders = resolutionFolders(xrefSiteDir);
    expect(folders.length).toBeGreaterThanOrEqual(3);
    const cards = folders.map((folder) => readFileSync(join(xrefSiteDir, folder, 'card.png')));
    for (const [i, card] of cards.entries()) expect(pngSize(card), folders[i]).toEqual({ width: 1200, height: 630 });
    expect(new Set(cards.map((card) => card.toString('base64'))).size).toBe(cards.length);
  });
});

describe.skipIf(!corpusDir)(`the share cards of the corpus site (needs ${CORPUS_SOURCES})`, () => {
  it('stand beside every resolution page in every language', () => {
    const folders = resolutionFolders(corpusDir!);
    expect(folders.length).toBeGreaterThan(600);
    for (const folder of folders) expect(pngSize(readFileSync(join(corpusDir!, folder, 'card.png'))), folder).toEqual({ width: 1200, height: 630 });
  });
});
