import { describe, expect, it } from 'vitest';
import { archiveSitemapUrls } from '../../src/feeds/archive-pages.ts';

const url = (path: string) => `https://example.org${path}`;

describe('archiveSitemapUrls: pages outside the catalogue', () => {
  it('lists each version of a translated page, naming the others as alternates, and an English-only page without any', () => {
    const urls = archiveSitemapUrls([], url, undefined, [
      [{ lang: 'zh', path: '/zh/docs/citing/' }, { lang: 'en', path: '/en/docs/citing/' }],
      [{ lang: 'en', path: '/en/docs/deploying/' }],
    ]);
    const alternates = [
      { hreflang: 'zh', href: 'https://example.org/zh/docs/citing/' },
      { hreflang: 'en', href: 'https://example.org/en/docs/citing/' },
    ];
    expect(urls.slice(-3)).toEqual([
      { loc: 'https://example.org/zh/docs/citing/', alternates },
      { loc: 'https://example.org/en/docs/citing/', alternates },
      { loc: 'https://example.org/en/docs/deploying/', alternates: [] },
    ]);
  });
});
