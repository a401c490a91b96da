import { describe, expect, it } from 'vitest';
import { zh } from '../../src/i18n/zh.ts';
import { en } from '../../src/i18n/en.ts';
import { archiveLookup, citationHref } from '../../src/utils/citation-href.ts';
import type { Lang } from '../../src/schemas/lang.ts';
import { partTitle } from '../../src/utils/part-title.ts';
import { homePath, modelPath, resolutionPath, searchPath, undocsUrl, withBase } from '../../src/utils/paths.ts';

describe('paths', () => {
  it('keep the slashes of the symbol and follow the base', () => {
    expect(resolutionPath('zh', 'E/RES/2015/26', undefined, '/')).toBe('/zh/E/RES/2015/26/');
    expect(resolutionPath('zh', 'E/RES/2015/26', 'para-32', '/archive/')).toBe('/archive/zh/E/RES/2015/26/#para-32');
    expect(modelPath('en', 'E/RES/2015/26', '/archive')).toBe('/archive/en/E/RES/2015/26.json');
    expect(homePath('ar', '/')).toBe('/ar/');
    expect(searchPath('zh', '因特网', '/')).toBe(`/zh/search/?q=${encodeURIComponent('因特网')}`);
    expect(withBase('/favicon.svg', '/archive/')).toBe('/archive/favicon.svg');
    expect(undocsUrl('fr', 'A/70/63-E/2015/10')).toBe('https://undocs.org/fr/A/70/63-E/2015/10');
  });
});

describe('citationHref', () => {
  // 2014/27 held in Chinese and English, with paragraphs 1 and 57 in Chinese only; 2013/9 held in French only.
  const archive = archiveLookup(
    new Map<string, Lang[]>([
      ['E/RES/2014/27', ['zh', 'en']],
      ['E/RES/2013/9', ['fr']],
    ]),
    new Map([
      ['zh E/RES/2014/27', new Set(['para-1', 'para-57'])],
      ['en E/RES/2014/27', new Set(['para-1'])],
      ['fr E/RES/2013/9', new Set(['para-3'])],
    ]),
  );

  it('links a pinpointed resolution the archive holds to that paragraph of its page, in the same language', () => {
    expect(citationHref({ cite: 'E/RES/2014/27', para: '57' }, 'zh', archive, '/')).toEqual({
      href: '/zh/E/RES/2014/27/#para-57',
      external: false,
    });
    expect(citationHref({ cite: 'E/RES/2014/27', para: '57 (a)' }, 'zh', archive, '/').href).toBe('/zh/E/RES/2014/27/#para-57');
  });

  it('links to the page without an anchor when there is no pinpoint or the page has no such paragraph', () => {
    expect(citationHref({ cite: 'E/RES/2014/27' }, 'en', archive, '/a/').href).toBe('/a/en/E/RES/2014/27/');
    expect(citationHref({ cite: 'E/RES/2014/27', para: '57' }, 'en', archive, '/').href).toBe('/en/E/RES/2014/27/');
  });

  it('links to another language version, marked by hreflang, when the reader\'s one is missing', () => {
    expect(citationHref({ cite: 'E/RES/2014/27', para: '57' }, 'ar', archive, '/')).toEqual({
      href: '/zh/E/RES/2014/27/#para-57',
      external: false,
      hreflang: 'zh',
    });
    expect(citationHref({ cite: 'E/RES/2013/9', para: '3' }, 'es', archive, '/')).toEqual({
      href: '/fr/E/RES/2013/9/#para-3',
      external: false,
      hreflang: 'fr',
    });
  });

  it('links anything else to undocs.org in the same language', () => {
    expect(citationHref({ cite: 'E/RES/2012/5', para: '57' }, 'zh', archive, '/')).toEqual({
      href: 'https://undocs.org/zh/E/RES/2012/5',
      external: true,
    });
    expect(citationHref({ cite: 'E/2015/31' }, 'ru', archive).href).toBe('https://undocs.org/ru/E/2015/31');
  });
});

describe('partTitle', () => {
  it('names preambular, operative and sub-paragraphs and footnotes in the UN terms of the language', () => {
    expect(partTitle('preamble-3', null, zh)).toBe('序言部分第 3 段');
    expect(partTitle('para-32', '32.', zh)).toBe('第 32 段');
    expect(partTitle('para-48-c', '(c)', zh)).toBe('第 48 (c) 段');
    expect(partTitle('para-12-a-ii', '(ii)', en)).toBe('Paragraph 12 (a) (ii)');
    expect(partTitle('fn-4', null, en)).toBe('Footnote 4');
    expect(partTitle('annex-1-para-3', '3.', en)).toBe('Annex 1 · Paragraph 3');
  });
});
