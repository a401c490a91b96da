import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { LANGS } from '../../src/schemas/lang.ts';
import { attributeValues } from '../helpers/html.ts';
import { CORPUS_SITE_URL, CORPUS_SOURCES } from './corpus-setup.ts';

/*
 * What tools read in a resolution page's head (src/components/ResolutionHead.astro): Highwire
 * `citation_*` tags, schema.org JSON-LD, Open Graph and Twitter tags, and the feed link of every
 * page. The seed site has no ARCHIVE_SITE (root-relative URLs under /archive/); the corpus site at
 * `/` is built for CORPUS_SITE_URL (absolute URLs), with a resolution held in six languages.
 */
const siteDir = inject('siteDir');
const base = inject('siteBase');
const corpusDir = inject('corpusSites')['/'];
const SEED = 'E/RES/2015/26';
const SIX = 'E/RES/2023/3';

/** The `<head>` of a built page. */
function headOf(dir: string, path: string): string {
  const html = readFileSync(join(dir, path), 'utf8');
  return html.slice(0, html.indexOf('</head>'));
}

/** The content of every `<meta>` with this `name` or `property`, in order. */
function metaValues(head: string, key: string): string[] {
  const escaped = key.replace(/[.:]/g, '\\$&');
  return [...head.matchAll(new RegExp(`<meta (?:name|property)="${escaped}" content="([^"]*)"`, 'g'))].map((m) => decode(m[1] ?? ''));
}

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The page's JSON-LD, parsed. */
function jsonLd(head: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(head);
  expect(match, 'a JSON-LD script').toBeTruthy();
  return JSON.parse(match![1]!) as Record<string, unknown>;
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the head of a resolution page (seed site, no ARCHIVE_SITE)', () => {
  const head = headOf(siteDir, `zh/${SEED}/index.html`);
  const page = `${base}zh/${SEED}/`;

  it('has the Highwire tags Zotero reads as a Report and Google Scholar indexes', () => {
    expect(metaValues(head, 'citation_title')).toEqual(['评估信息社会世界首脑会议成果的执行情况及后续行动方面取得的进展']);
    expect(metaValues(head, 'citation_author')).toEqual(['经济及社会理事会']);
    expect(metaValues(head, 'citation_publication_date')).toEqual(['2015/07/22']);
    expect(metaValues(head, 'citation_date')).toEqual(['2015/07/22']);
    expect(metaValues(head, 'citation_publisher')).toEqual(['联合国']);
    expect(metaValues(head, 'citation_technical_report_institution')).toEqual(['联合国']);
    expect(metaValues(head, 'citation_technical_report_number')).toEqual([SEED]);
    expect(metaValues(head, 'citation_language')).toEqual(['zh']);
    // No host known: no URL rather than a root-relative one (Zotero takes the page's address).
    expect(metaValues(head, 'citation_public_url')).toEqual([]);
    expect(metaValues(head, 'citation_pdf_url')).toEqual([]);
  });

  it('has Open Graph and Twitter tags, root-relative without the site’s host, and a share card that exists', () => {
    expect(metaValues(head, 'og:type')).toEqual(['article']);
    expect(metaValues(head, 'og:title')[0]).toMatch(/^2015\/26\. 评估/);
    expect(metaValues(head, 'og:url')).toEqual([page]);
    expect(metaValues(head, 'og:locale')).toEqual(['zh_CN']);
    expect(metaValues(head, 'og:locale:alternate')).toEqual([]);
    expect(metaValues(head, 'og:site_name')).toEqual(['经济及社会理事会决议档案']);
    expect(metaValues(head, 'twitter:card')).toEqual(['summary_large_image']);
    // The page's own share card (its file: tests/site/share-cards.test.ts); the static card of each language stays for other uses.
    const [image] = metaValues(head, 'og:image');
    expect(image).toBe(`${page}card.png`);
    expect(metaValues(head, 'twitter:image')).toEqual([image]);
    expect(metaValues(head, 'og:image:alt')).toEqual([`${SEED}: 评估信息社会世界首脑会议成果的执行情况及后续行动方面取得的进展`]);
    expect(metaValues(head, 'twitter:image:alt')).toEqual(metaValues(head, 'og:image:alt'));
    for (const lang of LANGS) expect(pngSize(join(siteDir, `og/card-${lang}.png`)), lang).toEqual([1200, 630]);
  });

  it('has schema.org Legislation JSON-LD whose parts are the page’s own paragraph anchors', () => {
    const ld = jsonLd(head);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      legislationIdentifier: SEED,
      legislationDate: '2015-07-22',
      inLanguage: 'zh',
      url: page,
      legislationPassedBy: { '@type': 'Organization', name: '经济及社会理事会' },
    });
    expect(ld.workExample).toEqual([{ '@type': 'Legislation', url: page, inLanguage: 'zh' }]);
    const parts = ld.hasPart as { url: string; identifier: string }[];
    const ids = new Set(attributeValues(readFileSync(join(siteDir, `zh/${SEED}/index.html`), 'utf8'), 'id'));
    expect(parts.map((part) => part.identifier)).toEqual(expect.arrayContaining(['preamble-1', 'para-1', 'para-32']));
    for (const part of parts) {
      expect(ids.has(part.identifier), part.identifier).toBe(true);
      expect(part.url).toBe(`${page}#${part.identifier}`);
    }
  });

  it('advertises the language’s Atom feed on every page of that language', () => {
    for (const path of [`zh/${SEED}/index.html`, 'zh/index.html', 'zh/years/2015/index.html', 'en/index.html']) {
      const lang = path.slice(0, 2);
      expect(headOf(siteDir, path), path).toContain(`<link rel="alternate" type="application/atom+xml" href="${base}${lang}/feed.xml"`);
    }
  });
});

describe.skipIf(!corpusDir)(`the head of a resolution held in six languages (corpus, ARCHIVE_SITE=${CORPUS_SITE_URL}; needs ${CORPUS_SOURCES})`, () => {
  const url = (lang: string) => `${CORPUS_SITE_URL}/${lang}/${SIX}/`;

  it('has absolute URLs, its locale and the five others as alternates', () => {
    const head = headOf(corpusDir!, `fr/${SIX}/index.html`);
    expect(metaValues(head, 'og:url')).toEqual([url('fr')]);
    expect(metaValues(head, 'og:locale')).toEqual(['fr_FR']);
    expect(metaValues(head, 'og:locale:alternate')).toEqual(['ar_AR', 'zh_CN', 'en_US', 'ru_RU', 'es_ES']);
    expect(metaValues(head, 'og:image')).toEqual([`${url('fr')}card.png`]);
    expect(metaValues(head, 'citation_public_url')).toEqual([url('fr')]);
    expect(metaValues(head, 'citation_author')).toEqual(['Conseil économique et social']);
    const alternates = [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(alternates).toEqual(LANGS.map((lang) => [lang, url(lang)]));
  });

  it('names every language version in its JSON-LD, in the UN’s order', () => {
    const ld = jsonLd(headOf(corpusDir!, `ar/${SIX}/index.html`));
    expect(ld.workExample).toEqual(LANGS.map((lang) => ({ '@type': 'Legislation', url: url(lang), inLanguage: lang })));
    expect(ld).toMatchObject({ '@id': url('ar'), inLanguage: 'ar', legislationPassedBy: { name: 'المجلس الاقتصادي والاجتماعي' } });
  });

  it('has JSON-LD that parses on every resolution page, with a part for each paragraph anchor it names', () => {
    for (const lang of LANGS) {
      const html = readFileSync(join(corpusDir!, lang, SIX, 'index.html'), 'utf8');
      const ids = new Set(attributeValues(html, 'id'));
      const parts = jsonLd(html.slice(0, html.indexOf('</head>'))).hasPart as { identifier: string }[];
      expect(parts.length, lang).toBeGreaterThan(0);
      for (const part of parts) expect(ids.has(part.identifier), `${lang} ${part.identifier}`).toBe(true);
    }
    expect(existsSync(join(corpusDir!, 'ar', SIX, 'card.png'))).toBe(true);
  });
});
