import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { LANGS } from '../../src/schemas/lang.ts';
import { buildCatalogue } from '../../src/utils/catalogue.ts';
import { withHash } from '../../src/scripts/keep-anchor.ts';
import { adoptionYear, adoptionYears } from '../../src/utils/years.ts';
import { attributeValues } from '../helpers/html.ts';

/** The catalogue, the lists by year and the language versions of the built seed site (under `/archive/`). */
const siteDir = inject('siteDir');
const base = inject('siteBase');
const SYMBOL = 'E/RES/2015/26';
const read = (path: string) => readFileSync(join(siteDir, path), 'utf8');

/** Whether a base-relative href of the built site names a file there (a directory's index.html). */
function resolves(href: string): boolean {
  const path = decodeURIComponent(href.replace(/[?#].*$/, '')).slice(base.length);
  return existsSync(join(siteDir, path.endsWith('/') || path === '' ? `${path}index.html` : path));
}

describe('/api/index.json', () => {
  const catalogue = JSON.parse(read('api/index.json'));

  it('lists the seed resolution with its metadata and its Chinese page under the base', () => {
    const entry = catalogue.resolutions.find((r: { symbol: string }) => r.symbol === SYMBOL);
    expect(entry).toMatchObject({ symbol: SYMBOL, organ: 'ECOSOC', number: '2015/26', adopted: '2015-07-22', meeting: 54 });
    expect(entry.languages).toEqual(['zh']);
    expect(entry.versions.zh.url).toBe(`${base}zh/${SYMBOL}/`);
    expect(entry.versions.zh.title).toBeTruthy();
    expect(catalogue.count).toBe(catalogue.resolutions.length);
  });

  it('links only to pages that exist', () => {
    for (const entry of catalogue.resolutions) {
      for (const version of Object.values(entry.versions) as { url: string }[]) expect(resolves(version.url), version.url).toBe(true);
    }
  });
});

describe('buildCatalogue', () => {
  const page = (symbol: string, lang: 'zh' | 'en', adopted: string | null = null) => ({
    symbol, lang, adopted, organ: 'ECOSOC' as const, number: symbol.slice(6), title: `${symbol} ${lang}`, meeting: null, agendaItem: null,
  });

  it('sorts by symbol, numbers as numbers, and gathers the languages in the UN order, whatever the input order', () => {
    const pages = [page('E/RES/2015/26', 'en', '2015-07-22'), page('E/RES/2015/3', 'zh'), page('E/RES/2015/26', 'zh')];
    const one = buildCatalogue(pages, '/a/');
    expect(one.resolutions.map((r) => r.symbol)).toEqual(['E/RES/2015/3', 'E/RES/2015/26']);
    const [, later] = one.resolutions;
    expect(later?.languages).toEqual(['zh', 'en']);
    expect(later?.adopted).toBe('2015-07-22');
    expect(later?.versions.en?.url).toBe('/a/en/E/RES/2015/26/');
    expect(JSON.stringify(buildCatalogue([...pages].reverse(), '/a/'))).toBe(JSON.stringify(one));
  });
});

describe('/{lang}/years/{year}/', () => {
  it('tells the year of adoption', () => {
    expect(adoptionYear('2015-07-22')).toBe('2015');
    expect(adoptionYear(null)).toBeNull();
    expect(adoptionYears(['2014-01-01', null, '2015-07-22', '2014-12-31'])).toEqual(['2015', '2014']);
  });

  it('lists the seed resolution in 2015, in Chinese, with a count', () => {
    const html = read('zh/years/2015/index.html');
    expect(html).toMatch(/<html lang="zh"[\s>]/);
    expect(attributeValues(html, 'href')).toContain(`${base}zh/${SYMBOL}/`);
    expect(html).toContain('共 1 项决议');
  });

  it('exists in all six languages, and sends a language without the year to those that have it', () => {
    for (const lang of LANGS) expect(existsSync(join(siteDir, lang, 'years/2015/index.html')), lang).toBe(true);
    const html = read('en/years/2015/index.html');
    expect(html).toContain('The archive holds no resolutions adopted in this year in English.');
    expect(attributeValues(html, 'href')).toContain(`${base}zh/years/2015/`);
  });

  it('is linked from every language home, and every link of the homes and year pages resolves', () => {
    for (const lang of LANGS) {
      for (const path of [`${lang}/index.html`, `${lang}/years/2015/index.html`]) {
        const hrefs = attributeValues(read(path), 'href').filter((href) => href.startsWith(base));
        if (path.endsWith('/index.html') && !path.includes('years')) expect(hrefs, path).toContain(`${base}${lang}/years/2015/`);
        for (const href of hrefs) expect(resolves(href), `${href} on ${path}`).toBe(true);
      }
    }
  });
});

describe('language versions of a resolution page', () => {
  const html = read(`zh/${SYMBOL}/index.html`);

  it('names each version that exists with <link rel="alternate" hreflang>, and no other', () => {
    const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(alternates).toEqual([['zh', `${base}zh/${SYMBOL}/`]]);
  });

  it('marks no language switch to keep the anchor when the resolution is held in one language only', () => {
    expect(html).not.toContain('data-keep-anchor');
  });

  it('carries the current anchor over to another language version (withHash)', () => {
    expect(withHash('/archive/en/E/RES/2015/26/', '#para-32')).toBe('/archive/en/E/RES/2015/26/#para-32');
    expect(withHash('/archive/en/E/RES/2015/26/#para-1', '#para-48-c')).toBe('/archive/en/E/RES/2015/26/#para-48-c');
    expect(withHash('/archive/en/E/RES/2015/26/', '')).toBe('/archive/en/E/RES/2015/26/');
  });
});
