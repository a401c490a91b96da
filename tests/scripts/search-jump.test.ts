import { describe, expect, it } from 'vitest';
import { normaliseQuery, readCitationQuery } from '../../src/utils/search-jump.ts';
import type { Lang } from '../../src/schemas/lang.ts';

/** Queries a reader types into the search box, read as citations (src/utils/search-jump.ts). */

const E2015_26 = { symbol: 'E/RES/2015/26', whole: true };
const PARA_12 = { ...E2015_26, para: '12' };

/** `query`, typed on the search page of `lang`, reads as `expected`. */
function reads(lang: Lang, query: string, expected: ReturnType<typeof readCitationQuery>): void {
  expect(readCitationQuery(query, lang), `${lang}: ${query}`).toEqual(expected);
}

describe('readCitationQuery: a symbol', () => {
  it('reads a bare ECOSOC year/number as E/RES', () => {
    for (const lang of ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const) reads(lang, '2015/26', E2015_26);
    reads('en', ' 2015/26 ', E2015_26);
    reads('zh', '２０１５／２６', E2015_26);
    reads('ar', '٢٠١٥/٢٦', E2015_26);
  });

  it('reads a symbol in capitals, lower case, or with spaces', () => {
    reads('en', 'E/RES/2015/26', E2015_26);
    reads('fr', 'e/res/2015/26', E2015_26);
    reads('ru', 'E / RES / 2015 / 26', E2015_26);
    reads('zh', 'Ｅ／ＲＥＳ／２０１５／２６', E2015_26);
  });

  it('reads a GA symbol written out, or named as the GA’s, but not a bare session/number', () => {
    reads('en', 'A/RES/79/1', { symbol: 'A/RES/79/1', whole: true });
    reads('en', 'a/res/79/1', { symbol: 'A/RES/79/1', whole: true });
    reads('en', 'General Assembly resolution 79/1', { symbol: 'A/RES/79/1', whole: true });
    reads('zh', '大会第79/1号决议', { symbol: 'A/RES/79/1', whole: true });
    reads('fr', 'résolution 79/1 de l’Assemblée générale', { symbol: 'A/RES/79/1', whole: true });
    // Bare, it may be the Human Rights Council's, a date, a fraction.
    reads('en', '79/1', null);
    reads('en', '24/7', null);
    reads('en', 'Human Rights Council resolution 24/7', null);
  });

  it('reads the pre-1978 style, and tells the organ from the number', () => {
    reads('en', '1296 (XLIV)', { symbol: 'E/RES/1296(XLIV)', whole: true });
    reads('fr', '1296 (xliv)', { symbol: 'E/RES/1296(XLIV)', whole: true });
    reads('en', 'resolution 1296 (XLIV)', { symbol: 'E/RES/1296(XLIV)', whole: true });
    reads('en', '217 A (III)', { symbol: 'A/RES/217(III)', whole: true });
    reads('ar', 'قرار الجمعية العامة 1514 (د-15)', { symbol: 'A/RES/1514(XV)', whole: true });
  });

  it('reads decisions and other documents, which the archive does not hold', () => {
    reads('en', 'decision 2015/237', { symbol: 'E/DEC/2015/237', whole: true });
    reads('zh', '第2015/237号决定', { symbol: 'E/DEC/2015/237', whole: true });
    reads('en', 'E/CN.16/2015/2', { symbol: 'E/CN.16/2015/2', whole: true });
    reads('es', 'e/cn.16/2015/2/add.1', { symbol: 'E/CN.16/2015/2/Add.1', whole: true });
  });
});

describe('readCitationQuery: a citation in words, in the six languages', () => {
  it('ar', () => {
    reads('ar', 'القرار 2015/26', E2015_26);
    reads('ar', 'قرار المجلس الاقتصادي والاجتماعي 2015/26', E2015_26);
    reads('ar', 'القرار 2015/26، الفقرة 12', PARA_12);
    reads('ar', 'الفقرة 12 من القرار 2015/26', PARA_12);
    reads('ar', 'الفقرة ١٢ من القرار ٢٠١٥/٢٦', PARA_12);
  });

  it('zh', () => {
    reads('zh', '第2015/26号决议', E2015_26);
    reads('zh', '经社理事会第2015/26号决议', E2015_26);
    reads('zh', '2015/26号决议第12段', PARA_12);
    reads('zh', '第 2015/26 号决议第 12 段', PARA_12);
    reads('zh', '第２０１５／２６号决议第１２段', PARA_12);
    reads('zh', '2015/26 第12段', PARA_12);
  });

  it('en', () => {
    reads('en', 'resolution 2015/26', E2015_26);
    reads('en', 'ECOSOC resolution 2015/26', E2015_26);
    reads('en', 'Economic and Social Council resolution 2015/26', E2015_26);
    reads('en', 'resolution 2015/26, paragraph 12', PARA_12);
    reads('en', 'paragraph 12 of resolution 2015/26', PARA_12);
    reads('en', 'Resolution 2015/26 para 12 (a)', PARA_12);
  });

  it('fr', () => {
    reads('fr', 'résolution 2015/26', E2015_26);
    reads('fr', 'résolution 2015/26 du Conseil économique et social', E2015_26);
    reads('fr', 'résolution 2015/26, paragraphe 12', PARA_12);
    reads('fr', 'paragraphe 12 de la résolution 2015/26', PARA_12);
  });

  it('ru', () => {
    reads('ru', 'резолюция 2015/26', E2015_26);
    reads('ru', 'резолюция ЭКОСОС 2015/26', E2015_26);
    reads('ru', 'резолюция 2015/26, пункт 12', PARA_12);
    reads('ru', 'пункт 12 резолюции 2015/26', PARA_12);
    reads('ru', 'п. 12 резолюции 2015/26', PARA_12);
  });

  it('es', () => {
    reads('es', 'resolución 2015/26', E2015_26);
    reads('es', 'resolución 2015/26 del Consejo Económico y Social', E2015_26);
    reads('es', 'resolución 2015/26, párrafo 12', PARA_12);
    reads('es', 'párrafo 12 de la resolución 2015/26', PARA_12);
  });

  it('reads a citation in another language than the page’s', () => {
    reads('en', '2015/26号决议第12段', PARA_12);
    reads('zh', 'resolution 2015/26, paragraph 12', PARA_12);
  });
});

describe('readCitationQuery: the short pinpoints of a search box', () => {
  it('reads "para 12", "para. 12", "¶12", "§ 12", "#para-12" before or after the symbol', () => {
    reads('en', 'E/RES/2015/26 para 12', PARA_12);
    reads('en', 'E/RES/2015/26, para. 12', PARA_12);
    reads('en', '2015/26 ¶12', PARA_12);
    reads('en', '¶ 12 2015/26', PARA_12);
    reads('fr', '2015/26 § 12', PARA_12);
    reads('en', 'E/RES/2015/26#para-12', PARA_12);
    reads('es', 'E/RES/2015/26, párr. 12', PARA_12);
  });

  it('reads a number after a comma as the paragraph: "2015/26, 12"', () => {
    reads('en', '2015/26, 12', PARA_12);
    reads('zh', 'E/RES/2015/26，12', PARA_12);
    reads('ar', '2015/26، 12', PARA_12);
  });

  it('drops leading zeros of a paragraph number', () => {
    reads('en', '2015/26, paragraph 012', PARA_12);
  });
});

describe('readCitationQuery: not a citation', () => {
  it('names, but does not jump to, a symbol inside other words', () => {
    reads('en', 'sustainable development 2015/26', { symbol: 'E/RES/2015/26', whole: false });
    reads('zh', '信息社会 2015/26', { symbol: 'E/RES/2015/26', whole: false });
    reads('en', '2015/26 2016/1', { symbol: 'E/RES/2015/26', whole: false });
  });

  it('reads words, years and paragraph numbers alone as no citation', () => {
    reads('en', 'internet governance', null);
    reads('zh', '因特网治理论坛', null);
    reads('en', '2015', null);
    reads('en', 'paragraph 12', null);
    reads('en', '', null);
    reads('en', `resolution 2015/26 ${'x'.repeat(300)}`, null);
  });
});

describe('normaliseQuery', () => {
  it('makes digits ASCII, closes up slashes, and puts symbols in capitals with their modifiers as printed', () => {
    expect(normaliseQuery('  e / cn.16 / 2015 / 2 / corr.1 ')).toBe('E/CN.16/2015/2/Corr.1');
    expect(normaliseQuery('第２０１５／２６号决议')).toBe('第2015/26号决议');
    expect(normaliseQuery('1296 ( xliv )')).toBe('1296 (XLIV)');
  });
});
