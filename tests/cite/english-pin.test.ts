import { describe, expect, it } from 'vitest';
import { BLUEBOOK_PIN_WORDS, englishPin, OSCOLA_PIN_WORDS, pinSlot, pinText } from '../../src/cite/english-pin.ts';
import { locateParagraph } from '../../src/cite/locate.ts';
import { gaResolution, resolution, twoAnnexes } from './fixtures.ts';

describe('englishPin', () => {
  it('reduces a located paragraph to its kind, annex and number with English sub-labels', () => {
    const at = (id: string, res = resolution()) => englishPin(locateParagraph(res, id));
    expect(at('para-12')).toEqual({ kind: 'para', annex: null, at: '12' });
    expect(at('para-48-c', resolution({ lang: 'ar' }, ['أ', 'ب', 'ج']))).toEqual({ kind: 'para', annex: null, at: '48(c)' });
    expect(at('para-12-a-ii', gaResolution())).toEqual({ kind: 'para', annex: null, at: '12(a)(ii)' });
    expect(at('preamble-3')).toEqual({ kind: 'preamble', annex: null, at: '3' });
    expect(at('annex-1-para-3-b')).toEqual({ kind: 'para', annex: 'annex', at: '3(b)' });
    expect(at('annex-2-para-3', twoAnnexes())).toEqual({ kind: 'para', annex: 'annex II', at: '3' });
    expect(at('fn-4')).toEqual({ kind: 'footnote', annex: null, at: '4' });
  });
});

describe('pinText', () => {
  it('puts Bluebook’s and OSCOLA’s words around the parts', () => {
    const sub = { kind: 'para', annex: null, at: '48(c)' } as const;
    expect(pinText(sub, BLUEBOOK_PIN_WORDS)).toBe('¶ 48(c)');
    expect(pinText(sub, OSCOLA_PIN_WORDS)).toBe('para 48(c)');
    const preamble = { kind: 'preamble', annex: 'annex II', at: '2' } as const;
    expect(pinText(preamble, BLUEBOOK_PIN_WORDS)).toBe('annex II, pmbl. ¶ 2');
    expect(pinText(preamble, OSCOLA_PIN_WORDS)).toBe('annex II, preambular para 2');
    expect(pinText({ kind: 'footnote', annex: null, at: '4' }, BLUEBOOK_PIN_WORDS)).toBe('n.4');
  });
});

describe('pinSlot', () => {
  it('splits a citation where its pinpoint goes', () => {
    expect(pinSlot((pin) => `Res. 1, ${pin}, Doc. (2015)`)).toEqual({ before: 'Res. 1, ', after: ', Doc. (2015)' });
    expect(pinSlot((pin) => `Res 1, ${pin}`)).toEqual({ before: 'Res 1, ', after: '' });
  });
});
