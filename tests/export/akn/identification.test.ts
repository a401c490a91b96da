import { describe, expect, it } from 'vitest';
import { identification, meta, workNumber, workUri } from '../../../src/export/akn/identification.ts';
import { readIdentification } from '../../../src/pipeline/akn/identification.ts';
import { all, model, parsed, statementOf } from './helpers.ts';

describe('identification', () => {
  it('names the work, expression and manifestation as the UN does', () => {
    const id = parsed(identification(model({ number: '2023/11', symbol: 'E/RES/2023/11', lang: 'en' })));
    const values = all(id, 'FRBRthis').map((e) => e.getAttribute('value'));
    expect(values).toEqual([
      '/akn/un/statement/deliberation/unecosoc/2023-06-07/2023-11/!main/',
      '/akn/un/statement/deliberation/unecosoc/2023-06-07/2023-11/eng@!main/',
      '/akn/un/statement/deliberation/unecosoc/2023-06-07/2023-11/eng@/!main.xml',
    ]);
    expect(all(id, 'FRBRuri').map((e) => e.getAttribute('value'))).toEqual([
      '/akn/un/statement/deliberation/unecosoc/2023-06-07/2023-11/',
      '/akn/un/statement/deliberation/unecosoc/2023-06-07/2023-11/eng@/',
      '/akn/un/statement/deliberation/unecosoc/2023-06-07/2023-11/eng@.xml',
    ]);
    expect(all(id, 'FRBRdate')[0]?.getAttribute('name')).toBe('adoption');
  });

  it('uses the UN’s language codes: ara, zho, eng, fra, rus, spa', () => {
    const codes = (['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const).map((lang) => all(parsed(identification(model({ lang }))), 'FRBRlanguage')[0]?.getAttribute('language'));
    expect(codes).toEqual(['ara', 'zho', 'eng', 'fra', 'rus', 'spa']);
  });

  it('names an annex as a component of the work: "!main/annex"', () => {
    expect(all(parsed(identification(model(), 'annex')), 'FRBRthis').map((e) => e.getAttribute('value'))).toEqual([
      '/akn/un/statement/deliberation/unecosoc/2023-06-07/2023-3/!main/annex',
      '/akn/un/statement/deliberation/unecosoc/2023-06-07/2023-3/eng@!main/annex',
      '/akn/un/statement/deliberation/unecosoc/2023-06-07/2023-3/eng@/!main/annex.xml',
    ]);
  });

  it('writes a part of a resolution adopted in parts as the UN does: "2021-2B"; a GA resolution under unga', () => {
    expect(workNumber('2021/2 B')).toBe('2021-2B');
    expect(workUri(model({ symbol: 'A/RES/70/1', organ: 'GA', number: '70/1', adopted: '2015-09-25' }))).toBe('/akn/un/statement/deliberation/unga/2015-09-25/70-1/');
  });

  it('dates a work without an adoption date by its year, under a name no reader takes for the adoption', () => {
    const id = parsed(identification(model({ adopted: null })));
    expect(all(id, 'FRBRdate')[0]?.getAttribute('date')).toBe('2023-01-01');
    expect(all(id, 'FRBRdate')[0]?.getAttribute('name')).toBe('year');
  });

  it('reads back through the importer: organ, number, adoption, language', () => {
    for (const m of [model({ lang: 'zh' }), model({ symbol: 'E/RES/2021/2 B', number: '2021/2 B', lang: 'ru' }), model({ adopted: null, lang: 'ar' })]) {
      expect(readIdentification(statementOf(m), 'x')).toEqual({ organ: 'ECOSOC', number: m.number, adopted: m.adopted, lang: m.lang, warnings: [] });
    }
  });

  it('declares in meta/references every #id the document refers to', () => {
    const eIds = all(parsed(meta(model())), '*').map((e) => e.getAttribute('eId')).filter(Boolean);
    expect(eIds).toEqual(expect.arrayContaining(['archive', 'ecosoc', 'author', 'editor', 'symbol', 'resolutionTitle', 'dateOfAdoption', 'preamble']));
  });
});
