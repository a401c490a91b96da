import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { LANGS } from '../../src/schemas/lang.ts';
import { CORPUS_SITE_URL, CORPUS_SOURCES } from './corpus-setup.ts';

/*
 * The Atom feeds (`/{lang}/feed.xml`), `/sitemap.xml` and `/robots.txt` of the built sites: the
 * seed site without ARCHIVE_SITE (feeds with root-relative URLs, no sitemap), the corpus site at `/`
 * built for CORPUS_SITE_URL (absolute URLs, a sitemap with hreflang alternates, robots.txt).
 */
const siteDir = inject('siteDir');
const base = inject('siteBase');
const corpusDir = inject('corpusSites')['/'];
const SEED = 'E/RES/2015/26';

/** xmllint's verdict on a file: throws with its message when the file is not well-formed XML. */
function assertWellFormed(file: string): void {
  execFileSync('xmllint', ['--noout', file], { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The texts of every element of this name, in order (the feeds and sitemaps are our own flat XML). */
function texts(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** Every HTML page of a site as its URL path (`/zh/E/RES/2015/26/`). */
function htmlPages(dir: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return walk(path);
      return name === 'index.html' ? [`/${relative(dir, folder).split(sep).join('/')}/`.replace('//', '/')] : [];
    });
  return walk(dir);
}

describe('the Atom feeds of the seed site (no ARCHIVE_SITE)', () => {
  it('exist in all six languages, well-formed', () => {
    for (const lang of LANGS) assertWellFormed(join(siteDir, lang, 'feed.xml'));
  });

  it('list the seed resolution in Chinese, at its page, dated by its adoption', () => {
    const xml = readFileSync(join(siteDir, 'zh/feed.xml'), 'utf8');
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${base}zh/feed.xml"/>`);
    expect(texts(xml, 'id')).toEqual([`${base}zh/feed.xml`, `${base}zh/${SEED}/`]);
    expect(texts(xml, 'updated')).toEqual(['2015-07-22T00:00:00Z', '2015-07-22T00:00:00Z']);
    expect(texts(xml, 'title')[1]).toMatch(/^2015\/26\. 评估/);
    expect(texts(xml, 'summary')).toEqual([`${SEED} · 2015年7月22日 · 第 54 次全体会议`]);
  });

  it('are empty in a language without resolutions, dated by the newest adoption in the archive', () => {
    const xml = readFileSync(join(siteDir, 'en/feed.xml'), 'utf8');
    expect(xml).not.toContain('<entry>');
    expect(texts(xml, 'updated')).toEqual(['2015-07-22T00:00:00Z']);
  });

  it('leave out the sitemap and robots.txt: a sitemap needs the site’s host', () => {
    expect(existsSync(join(siteDir, 'sitemap.xml'))).toBe(false);
    expect(existsSync(join(siteDir, 'robots.txt'))).toBe(false);
  });
});

describe.skipIf(!corpusDir)(`the feeds and sitemap of the corpus site (ARCHIVE_SITE=${CORPUS_SITE_URL}; needs ${CORPUS_SOURCES})`, () => {
  const sitemap = corpusDir ? readFileSync(join(corpusDir, 'sitemap.xml'), 'utf8') : '';
  const pathOf = (url: string) => decodeURI(url.slice(CORPUS_SITE_URL.length));

  it('has a feed per language of the latest 50 adopted, newest first, with absolute ids that are its pages', () => {
    for (const lang of LANGS) {
      const file = join(corpusDir!, lang, 'feed.xml');
      assertWellFormed(file);
      const xml = readFileSync(file, 'utf8');
      const [feedId, ...ids] = texts(xml, 'id');
      expect(feedId).toBe(`${CORPUS_SITE_URL}/${lang}/feed.xml`);
      expect(ids).toHaveLength(50);
      const [feedUpdated, ...updated] = texts(xml, 'updated');
      expect(updated).toEqual([...updated].sort().reverse());
      expect(feedUpdated).toBe(updated[0]);
      for (const id of ids) expect(existsSync(join(corpusDir!, pathOf(id), 'index.html')), id).toBe(true);
    }
  });

  it('has a well-formed sitemap listing every page but the search and compare pages, each once', () => {
    assertWellFormed(join(corpusDir!, 'sitemap.xml'));
    const locs = texts(sitemap, 'loc').map(pathOf);
    expect(new Set(locs).size).toBe(locs.length);
    const expected = htmlPages(corpusDir!).filter((path) => !/^\/[a-z]{2}\/(search|compare)\/$/.test(path));
    expect([...locs].sort()).toEqual(expected.sort());
  });

  it('names the six versions of a resolution held in six languages as alternates of each other', () => {
    const symbol = 'E/RES/2023/3';
    const versions = LANGS.map((lang) => `${CORPUS_SITE_URL}/${lang}/${symbol}/`);
    for (const loc of versions) {
      const entry = new RegExp(`<url>\\s*<loc>${loc}</loc>([\\s\\S]*?)</url>`).exec(sitemap);
      expect(entry, loc).toBeTruthy();
      const links = [...entry![1]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]);
      expect(links).toEqual(LANGS.map((lang, i) => [lang, versions[i]]));
    }
  });

  it('names the translations of a docs page as alternates, and none for a page in English only', () => {
    const versions = LANGS.map((lang) => `${CORPUS_SITE_URL}/${lang}/docs/citing/`);
    for (const loc of versions) {
      const entry = new RegExp(`<url>\\s*<loc>${loc}</loc>([\\s\\S]*?)</url>`).exec(sitemap);
      expect(entry, loc).toBeTruthy();
      expect([...entry![1]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]])).toEqual(LANGS.map((lang, i) => [lang, versions[i]]));
    }
    const deploying = new RegExp(`<url>\\s*<loc>${CORPUS_SITE_URL}/en/docs/deploying/</loc>([\\s\\S]*?)</url>`).exec(sitemap);
    expect(deploying?.[1]).not.toContain('hreflang');
  });

  it('names the six language homes as alternates, the landing page as x-default', () => {
    const entry = new RegExp(`<url>\\s*<loc>${CORPUS_SITE_URL}/ru/</loc>([\\s\\S]*?)</url>`).exec(sitemap);
    const links = [...entry![1]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([...LANGS.map((lang) => [lang, `${CORPUS_SITE_URL}/${lang}/`]), ['x-default', `${CORPUS_SITE_URL}/`]]);
  });

  it('has a robots.txt pointing to the sitemap', () => {
    expect(readFileSync(join(corpusDir!, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${CORPUS_SITE_URL}/sitemap.xml`);
  });
});
