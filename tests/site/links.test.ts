import { describe, expect, it } from 'vitest';
import { zh } from '../../src/i18n/zh.ts';
import { en } from '../../src/i18n/en.ts';
import { citationHref } from '../../src/utils/citation-href.ts';
import { partTitle } from '../../src/utils/part-title.ts';
import { homePath, modelPath, resolutionPath, searchPath, undocsUrl, withBase } from '../../src/utils/paths.ts';

const holds = (...symbols: string[]) => (symbol: string) => symbols.includes(symbol);

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
  it('links a pinpointed resolution the archive holds to that paragraph of its page, in the same language', () => {
    expect(citationHref({ cite: 'E/RES/2014/27', para: '57' }, 'zh', holds('E/RES/2014/27'), '/')).toEqual({
      href: '/zh/E/RES/2014/27/#para-57',
      external: false,
    });
  });

  it('links a resolution the archive holds, without a pinpoint, to its page', () => {
    expect(citationHref({ cite: 'E/RES/2014/27' }, 'en', holds('E/RES/2014/27'), '/a/').href).toBe('/a/en/E/RES/2014/27/');
  });

  it('links anything else to undocs.org in the same language', () => {
    expect(citationHref({ cite: 'E/RES/2014/27', para: '57' }, 'zh', holds(), '/')).toEqual({
      href: 'https://undocs.org/zh/E/RES/2014/27',
      external: true,
    });
    expect(citationHref({ cite: 'E/2015/31' }, 'ru', holds('E/RES/2015/26')).href).toBe('https://undocs.org/ru/E/2015/31');
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
