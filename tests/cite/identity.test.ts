import { describe, expect, it } from 'vitest';
import { citationKey, citedUrl, organName, UNITED_NATIONS } from '../../src/cite/identity.ts';

describe('citationKey', () => {
  it('makes a stable key of the symbol', () => {
    expect(citationKey('E/RES/2015/26')).toBe('E-RES-2015-26');
    expect(citationKey('A/RES/79/1')).toBe('A-RES-79-1');
    expect(citationKey('E/RES/1296 (XLIV)')).toBe('E-RES-1296-XLIV');
  });
  it('adds the paragraph id', () => {
    expect(citationKey('E/RES/2015/26', 'para-48-c')).toBe('E-RES-2015-26-para-48-c');
    expect(citationKey('A/RES/79/1', 'fn-4')).toBe('A-RES-79-1-fn-4');
  });
});

describe('citedUrl', () => {
  const page = 'https://example.org/archive/zh/E/RES/2015/26/';
  it('points at the paragraph, or at the page', () => {
    expect(citedUrl(page, 'para-12')).toBe('https://example.org/archive/zh/E/RES/2015/26/#para-12');
    expect(citedUrl(page)).toBe(page);
  });
  it('replaces a fragment the page URL already had', () => {
    expect(citedUrl(`${page}#cited-by`, 'fn-4')).toBe(`${page}#fn-4`);
    expect(citedUrl(`${page}#para-3`)).toBe(page);
  });
  it('refuses a relative URL', () => {
    expect(() => citedUrl('/zh/E/RES/2015/26/', 'para-12')).toThrow(TypeError);
  });
});

describe('organName', () => {
  it('names the organ in the page’s language', () => {
    expect(organName({ organ: 'ECOSOC', lang: 'en' })).toBe('Economic and Social Council');
    expect(organName({ organ: 'GA', lang: 'zh' })).toBe('大会');
    expect(organName({ organ: 'ECOSOC', lang: 'ar' })).toBe('المجلس الاقتصادي والاجتماعي');
    expect(organName({ organ: 'GA', lang: 'ru' })).toBe('Генеральная Ассамблея');
    expect(UNITED_NATIONS.fr).toBe('Nations Unies');
  });
});
