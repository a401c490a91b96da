import { describe, expect, it } from 'vitest';
import { CitationTargetError } from '../../src/cite/locate.ts';
import { unCitation, unPinpoint } from '../../src/cite/un.ts';
import type { Lang } from '../../src/schemas/lang.ts';
import { gaResolution, para, resolution, twoAnnexes } from './fixtures.ts';

/** Each language's model, with the sub-paragraph letters that language prints. */
const LETTERS: Record<Lang, string[]> = {
  en: ['a', 'b', 'c'], zh: ['a', 'b', 'c'], fr: ['a', 'b', 'c'], es: ['a', 'b', 'c'], ru: ['a', 'b', 'c'], ar: ['أ', 'ب', 'ج'],
};
const ecosoc = (lang: Lang) => resolution({ lang }, LETTERS[lang]);

describe('unCitation: the resolution', () => {
  it('cites an ECOSOC resolution as the UN does in each language', () => {
    const expected: Record<Lang, string> = {
      en: 'Economic and Social Council resolution 2015/26',
      zh: '经济及社会理事会第2015/26号决议',
      fr: 'résolution 2015/26 du Conseil économique et social',
      es: 'resolución 2015/26 del Consejo Económico y Social',
      ru: 'резолюция 2015/26 Экономического и Социального Совета',
      ar: 'قرار المجلس الاقتصادي والاجتماعي 2015/26',
    };
    for (const [lang, form] of Object.entries(expected)) expect(unCitation(ecosoc(lang as Lang))).toBe(form);
  });

  it('cites a General Assembly resolution as the UN does in each language', () => {
    const expected: Record<Lang, string> = {
      en: 'General Assembly resolution 79/1',
      zh: '大会第79/1号决议',
      fr: 'résolution 79/1 de l’Assemblée générale',
      es: 'resolución 79/1 de la Asamblea General',
      ru: 'резолюция 79/1 Генеральной Ассамблеи',
      ar: 'قرار الجمعية العامة 79/1',
    };
    for (const [lang, form] of Object.entries(expected)) expect(unCitation(gaResolution({ lang: lang as Lang }))).toBe(form);
  });

  it('keeps an old-style number, closed up in Chinese', () => {
    const old = { symbol: 'E/RES/1296 (XLIV)', number: '1296 (XLIV)', adopted: '1968-05-23' };
    expect(unCitation(resolution(old))).toBe('Economic and Social Council resolution 1296 (XLIV)');
    expect(unCitation(resolution({ ...old, lang: 'zh' }))).toBe('经济及社会理事会第1296(XLIV)号决议');
  });

  it('does not depend on the adoption date', () => {
    expect(unCitation(resolution({ adopted: null }), 'para-12')).toBe('Economic and Social Council resolution 2015/26, para. 12');
  });
});

describe('unCitation: a paragraph', () => {
  it('cites operative paragraph 12 in each language', () => {
    const expected: Record<Lang, string> = {
      en: 'Economic and Social Council resolution 2015/26, para. 12',
      zh: '经济及社会理事会第2015/26号决议第12段',
      fr: 'résolution 2015/26 du Conseil économique et social, par. 12',
      es: 'resolución 2015/26 del Consejo Económico y Social, párr. 12',
      ru: 'резолюция 2015/26 Экономического и Социального Совета, п. 12',
      ar: 'قرار المجلس الاقتصادي والاجتماعي 2015/26، الفقرة 12',
    };
    for (const [lang, form] of Object.entries(expected)) expect(unCitation(ecosoc(lang as Lang), 'para-12')).toBe(form);
  });

  it('cites a sub-paragraph by the label the language prints', () => {
    const expected: Record<Lang, string> = {
      en: 'para. 48 (c)', zh: '第48(c)段', fr: 'par. 48 c)', es: 'párr. 48 c)', ru: 'п. 48 c)', ar: 'الفقرة 48 (ج)',
    };
    for (const [lang, form] of Object.entries(expected)) expect(unPinpoint(ecosoc(lang as Lang), 'para-48-c')).toBe(form);
    expect(unCitation(ecosoc('zh'), 'para-48-c')).toBe('经济及社会理事会第2015/26号决议第48(c)段');
    expect(unCitation(ecosoc('ar'), 'para-48-c')).toBe('قرار المجلس الاقتصادي والاجتماعي 2015/26، الفقرة 48 (ج)');
  });

  it('walks items inside sub-paragraphs', () => {
    expect(unCitation(ecosoc('en'), 'para-12-a-ii')).toBe('Economic and Social Council resolution 2015/26, para. 12 (a) (ii)');
    expect(unPinpoint(ecosoc('zh'), 'para-12-a-ii')).toBe('第12(a)(ii)段');
    expect(unPinpoint(ecosoc('fr'), 'para-12-a-ii')).toBe('par. 12 a) ii)');
    const zhItems = resolution({ lang: 'zh', body: [para('para-7', '7', [para('para-7-a', 'a', [para('para-7-a-i', '㈠')])])] });
    expect(unPinpoint(zhItems, 'para-7-a-i')).toBe('第7(a)㈠段');
  });

  it('cites a preambular paragraph by its position', () => {
    const expected: Record<Lang, string> = {
      en: 'Economic and Social Council resolution 2015/26, third preambular paragraph',
      zh: '经济及社会理事会第2015/26号决议序言部分第三段',
      fr: 'résolution 2015/26 du Conseil économique et social, troisième alinéa du préambule',
      es: 'resolución 2015/26 del Consejo Económico y Social, tercer párrafo del preámbulo',
      ru: 'резолюция 2015/26 Экономического и Социального Совета, третий пункт преамбулы',
      ar: 'قرار المجلس الاقتصادي والاجتماعي 2015/26، الفقرة الثالثة من الديباجة',
    };
    for (const [lang, form] of Object.entries(expected)) expect(unCitation(ecosoc(lang as Lang), 'preamble-3')).toBe(form);
  });

  it('spells long preambles as far as each language does, then counts', () => {
    const long = (lang: Lang) =>
      resolution({ lang, preamble: Array.from({ length: 23 }, (_, i) => para(`preamble-${i + 1}`, null)) });
    const twentieth: Record<Lang, string> = {
      en: 'twentieth preambular paragraph', zh: '序言部分第二十段', fr: 'vingtième alinéa du préambule',
      es: 'vigésimo párrafo del preámbulo', ru: 'двадцатый пункт преамбулы', ar: 'الفقرة العشرون من الديباجة',
    };
    const twentyThird: Record<Lang, string> = {
      en: 'twenty-third preambular paragraph', zh: '序言部分第二十三段', fr: 'alinéa 23 du préambule',
      es: 'párrafo 23 del preámbulo', ru: 'пункт 23 преамбулы', ar: 'الفقرة 23 من الديباجة',
    };
    for (const lang of Object.keys(twentieth) as Lang[]) {
      expect(unPinpoint(long(lang), 'preamble-20')).toBe(twentieth[lang]);
      expect(unPinpoint(long(lang), 'preamble-23')).toBe(twentyThird[lang]);
    }
    expect(unPinpoint(long('ar'), 'preamble-11')).toBe('الفقرة الحادية عشرة من الديباجة');
    expect(unPinpoint(long('es'), 'preamble-13')).toBe('decimotercer párrafo del preámbulo');
  });

  it('adds the labels of an item inside a preambular paragraph', () => {
    const items = (lang: Lang, label: string) =>
      resolution({ lang, preamble: [para('preamble-1', null), para('preamble-2', null, [para('preamble-2-a', label)])] });
    expect(unPinpoint(items('en', 'a'), 'preamble-2-a')).toBe('second preambular paragraph (a)');
    expect(unPinpoint(items('zh', 'a'), 'preamble-2-a')).toBe('序言部分第二(a)段');
    expect(unPinpoint(items('fr', 'a'), 'preamble-2-a')).toBe('deuxième alinéa du préambule a)');
    expect(unPinpoint(items('ar', 'أ'), 'preamble-2-a')).toBe('الفقرة الثانية من الديباجة (أ)');
  });

  it('cites a paragraph of the only annex without numbering the annex', () => {
    const expected: Record<Lang, string> = {
      en: 'Economic and Social Council resolution 2015/26, annex, para. 3',
      zh: '经济及社会理事会第2015/26号决议附件第3段',
      fr: 'résolution 2015/26 du Conseil économique et social, annexe, par. 3',
      es: 'resolución 2015/26 del Consejo Económico y Social, anexo, párr. 3',
      ru: 'резолюция 2015/26 Экономического и Социального Совета, приложение, п. 3',
      ar: 'قرار المجلس الاقتصادي والاجتماعي 2015/26، المرفق، الفقرة 3',
    };
    for (const [lang, form] of Object.entries(expected)) expect(unCitation(ecosoc(lang as Lang), 'annex-1-para-3')).toBe(form);
    expect(unPinpoint(ecosoc('en'), 'annex-1-para-3-b')).toBe('annex, para. 3 (b)');
    expect(unPinpoint(ecosoc('en'), 'annex-1-preamble-2')).toBe('annex, second preambular paragraph');
    expect(unPinpoint(ecosoc('zh'), 'annex-1-preamble-2')).toBe('附件序言部分第二段');
  });

  it('numbers the annex when there are several', () => {
    const expected: Record<Lang, [string, string]> = {
      en: ['annex I, para. 3', 'annex II, para. 3'],
      zh: ['附件一第3段', '附件二第3段'],
      fr: ['annexe I, par. 3', 'annexe II, par. 3'],
      es: ['anexo I, párr. 3', 'anexo II, párr. 3'],
      ru: ['приложение I, п. 3', 'приложение II, п. 3'],
      ar: ['المرفق الأول، الفقرة 3', 'المرفق الثاني، الفقرة 3'],
    };
    for (const [lang, [first, second]] of Object.entries(expected)) {
      expect(unPinpoint(twoAnnexes({ lang: lang as Lang }), 'annex-1-para-3')).toBe(first);
      expect(unPinpoint(twoAnnexes({ lang: lang as Lang }), 'annex-2-para-3')).toBe(second);
    }
    expect(unCitation(twoAnnexes({ lang: 'zh' }), 'annex-2-para-3')).toBe('经济及社会理事会第2015/26号决议附件二第3段');
  });

  it('cites a footnote', () => {
    const expected: Record<Lang, string> = {
      en: 'Economic and Social Council resolution 2015/26, footnote 4',
      zh: '经济及社会理事会第2015/26号决议脚注4',
      fr: 'résolution 2015/26 du Conseil économique et social, note 4',
      es: 'resolución 2015/26 del Consejo Económico y Social, nota 4',
      ru: 'резолюция 2015/26 Экономического и Социального Совета, сноска 4',
      ar: 'قرار المجلس الاقتصادي والاجتماعي 2015/26، الحاشية 4',
    };
    for (const [lang, form] of Object.entries(expected)) expect(unCitation(ecosoc(lang as Lang), 'fn-4')).toBe(form);
  });

  it('cites a GA paragraph', () => {
    expect(unCitation(gaResolution(), 'para-12')).toBe('General Assembly resolution 79/1, para. 12');
    expect(unCitation(gaResolution({ lang: 'zh' }), 'para-12')).toBe('大会第79/1号决议第12段');
    expect(unCitation(gaResolution({ lang: 'fr' }), 'para-48-c')).toBe('résolution 79/1 de l’Assemblée générale, par. 48 c)');
    expect(unCitation(gaResolution({ lang: 'ar' }), 'fn-4')).toBe('قرار الجمعية العامة 79/1، الحاشية 4');
  });

  it('throws for an id the resolution does not have, rather than cite a paragraph that is not there', () => {
    expect(() => unCitation(ecosoc('en'), 'para-99')).toThrow(CitationTargetError);
    expect(() => unPinpoint(ecosoc('zh'), 'fn-9')).toThrow('E/RES/2015/26 has no paragraph or footnote with id "fn-9"');
    expect(() => unCitation(ecosoc('en'), 'text-1')).toThrow(expect.objectContaining({ reason: 'not-citable' }));
  });
});
