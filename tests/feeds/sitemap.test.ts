import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../src/feeds/robots.ts';
import { renderSitemapIndex, renderUrlset, SITEMAP_LIMITS, sitemapFiles, splitSitemap, versionUrls, type SitemapUrl } from '../../src/feeds/sitemap.ts';
import { assertWellFormed } from './xmllint.ts';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const page = (n: number): SitemapUrl => ({ loc: `https://example.org/en/E/RES/2015/${n}/`, alternates: [] });

describe('versionUrls', () => {
  const versions = [
    { hreflang: 'zh', href: 'https://example.org/zh/' },
    { hreflang: 'en', href: 'https://example.org/en/' },
  ];

  it('gives every version every version as alternates, itself included, and x-default where asked', () => {
    const urls = versionUrls(versions, 'https://example.org/');
    expect(urls.map((url) => url.loc)).toEqual(['https://example.org/zh/', 'https://example.org/en/']);
    for (const url of urls) expect(url.alternates).toEqual([...versions, { hreflang: 'x-default', href: 'https://example.org/' }]);
  });

  it('gives a page held in one language no alternates', () => {
    expect(versionUrls(versions.slice(0, 1), 'https://example.org/')).toEqual([{ loc: 'https://example.org/zh/', alternates: [] }]);
  });
});

describe('renderUrlset', () => {
  it('writes a well-formed sitemap with escaped URLs and xhtml:link alternates', () => {
    const urls = [...versionUrls([{ hreflang: 'ar', href: 'https://example.org/ar/?a=1&b=2' }, { hreflang: 'en', href: 'https://example.org/en/' }])];
    const xml = renderUrlset(urls);
    assertWellFormed(xml);
    expect(xml).toContain('<loc>https://example.org/ar/?a=1&amp;b=2</loc>');
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.documentElement?.namespaceURI).toBe(SITEMAP_NS);
    const first = doc.getElementsByTagNameNS(SITEMAP_NS, 'url')[0]!;
    const links = Array.from(first.getElementsByTagNameNS(XHTML_NS, 'link')).map((link) => [link.getAttribute('rel'), link.getAttribute('hreflang'), link.getAttribute('href')]);
    expect(links).toEqual([
      ['alternate', 'ar', 'https://example.org/ar/?a=1&b=2'],
      ['alternate', 'en', 'https://example.org/en/'],
    ]);
  });

  it('writes an empty sitemap when there is nothing to list', () => {
    assertWellFormed(renderUrlset([]));
  });
});

describe('splitSitemap', () => {
  it('keeps up to the URL limit in one file', () => {
    expect(SITEMAP_LIMITS).toEqual({ urls: 50_000, bytes: 52_428_800 });
    expect(splitSitemap(Array.from({ length: 5 }, (_, i) => page(i)), { urls: 5, bytes: SITEMAP_LIMITS.bytes })).toHaveLength(1);
    expect(splitSitemap([], { urls: 5, bytes: 1000 })).toEqual([[]]);
  });

  it('cuts past the URL limit, in order, every URL kept once', () => {
    const urls = Array.from({ length: 12 }, (_, i) => page(i));
    const runs = splitSitemap(urls, { urls: 5, bytes: SITEMAP_LIMITS.bytes });
    expect(runs.map((run) => run.length)).toEqual([5, 5, 2]);
    expect(runs.flat()).toEqual(urls);
  });

  it('cuts before a file would pass the byte limit', () => {
    const urls = Array.from({ length: 10 }, (_, i) => page(i));
    const oneUrl = Buffer.byteLength(renderUrlset([urls[0]!])) - Buffer.byteLength(renderUrlset([]));
    const limit = Buffer.byteLength(renderUrlset([])) + 3 * oneUrl + 10;
    const runs = splitSitemap(urls, { urls: 50_000, bytes: limit });
    expect(runs.map((run) => run.length)).toEqual([3, 3, 3, 1]);
    for (const run of runs) expect(Buffer.byteLength(renderUrlset(run))).toBeLessThanOrEqual(limit);
  });

  it('splits 120,000 URLs into three files of at most 50,000 at the real limits', () => {
    const urls = Array.from({ length: 120_000 }, (_, i) => page(i));
    expect(splitSitemap(urls).map((run) => run.length)).toEqual([50_000, 50_000, 20_000]);
  });
});

describe('sitemapFiles', () => {
  const fileUrl = (name: string) => `https://example.org/archive/${name}`;

  it('writes sitemap.xml alone when the URLs fit one file', () => {
    const files = sitemapFiles([page(1), page(2)], fileUrl);
    expect([...files.keys()]).toEqual(['sitemap']);
    expect(files.get('sitemap')).toContain('<urlset');
  });

  it('makes sitemap.xml an index of sitemap-1.xml, sitemap-2.xml… when they do not', () => {
    const files = sitemapFiles(Array.from({ length: 7 }, (_, i) => page(i)), fileUrl, { urls: 3, bytes: SITEMAP_LIMITS.bytes });
    expect([...files.keys()]).toEqual(['sitemap', 'sitemap-1', 'sitemap-2', 'sitemap-3']);
    const index = files.get('sitemap')!;
    assertWellFormed(index);
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(['https://example.org/archive/sitemap-1.xml', 'https://example.org/archive/sitemap-2.xml', 'https://example.org/archive/sitemap-3.xml']);
    for (const name of ['sitemap-1', 'sitemap-2', 'sitemap-3']) assertWellFormed(files.get(name)!);
    expect(renderSitemapIndex([])).toContain('<sitemapindex');
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap', () => {
    expect(robotsTxt('https://example.org/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n');
  });
});
