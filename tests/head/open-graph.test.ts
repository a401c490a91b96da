import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/head/absolute-url.ts';
import { OG_LOCALES, openGraphMeta } from '../../src/head/open-graph.ts';

const INPUT = {
  lang: 'ar' as const,
  title: '2023/3. عنوان',
  description: 'E/RES/2023/3: عنوان',
  url: 'https://example.org/ar/E/RES/2023/3/',
  siteName: 'أرشيف',
  alternateLangs: ['zh', 'en'] as const,
  image: { url: 'https://example.org/ar/E/RES/2023/3/card.png', width: 1200, height: 630, alt: 'E/RES/2023/3: عنوان' },
  published: '2023-06-06',
};

describe('openGraphMeta', () => {
  const tags = openGraphMeta(INPUT);
  const values = (key: string) => tags.filter((tag) => tag.key === key).map((tag) => tag.content);

  it('writes Open Graph tags as properties and Twitter tags as names', () => {
    expect(tags.filter((tag) => tag.key.startsWith('og:') || tag.key.startsWith('article:')).every((tag) => tag.attr === 'property')).toBe(true);
    expect(tags.filter((tag) => tag.key.startsWith('twitter:')).every((tag) => tag.attr === 'name')).toBe(true);
  });

  it('says what the page is, in its locale, with the others as alternates', () => {
    expect(values('og:type')).toEqual(['article']);
    expect(values('og:title')).toEqual([INPUT.title]);
    expect(values('og:url')).toEqual([INPUT.url]);
    expect(values('og:site_name')).toEqual(['أرشيف']);
    expect(values('og:locale')).toEqual(['ar_AR']);
    expect(values('og:locale:alternate')).toEqual(['zh_CN', 'en_US']);
    expect(values('og:image')).toEqual([INPUT.image.url]);
    expect(values('og:image:width')).toEqual(['1200']);
    expect(values('og:image:alt')).toEqual(['E/RES/2023/3: عنوان']);
    expect(values('twitter:image:alt')).toEqual(['E/RES/2023/3: عنوان']);
    expect(values('article:published_time')).toEqual(['2023-06-06']);
    expect(values('twitter:card')).toEqual(['summary_large_image']);
    expect(values('twitter:image')).toEqual([INPUT.image.url]);
  });

  it('gives each language a locale of the language_TERRITORY form', () => {
    for (const locale of Object.values(OG_LOCALES)) expect(locale).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    expect(OG_LOCALES).toEqual({ ar: 'ar_AR', zh: 'zh_CN', en: 'en_US', fr: 'fr_FR', ru: 'ru_RU', es: 'es_ES' });
  });
});

describe('absoluteUrl', () => {
  it('puts a path on the site’s host when it is known, and leaves it root-relative otherwise', () => {
    expect(absoluteUrl('/archive/zh/E/RES/2015/26/', 'https://example.org')).toBe('https://example.org/archive/zh/E/RES/2015/26/');
    expect(absoluteUrl('/archive/zh/', new URL('https://example.org/archive/'))).toBe('https://example.org/archive/zh/');
    expect(absoluteUrl('/zh/', undefined)).toBe('/zh/');
  });
});
