import { describe, expect, it } from 'vitest';
import { CitationTargetError } from '../../src/cite/locate.ts';
import { oscolaCitation, oscolaDate, oscolaSlot } from '../../src/cite/oscola.ts';
import { gaResolution, resolution, twoAnnexes } from './fixtures.ts';

describe('oscolaDate', () => {
  it('writes day, full month, year', () => {
    expect(oscolaDate('2015-07-22')).toBe('22 July 2015');
    expect(oscolaDate('2024-09-01')).toBe('1 September 2024');
  });
});

describe('oscolaCitation', () => {
  it('cites an ECOSOC resolution and a paragraph of it', () => {
    expect(oscolaCitation(resolution())).toBe('ECOSOC Res 2015/26 (22 July 2015) UN Doc E/RES/2015/26');
    expect(oscolaCitation(resolution(), 'para-12')).toBe('ECOSOC Res 2015/26 (22 July 2015) UN Doc E/RES/2015/26, para 12');
  });

  it('cites a General Assembly resolution', () => {
    expect(oscolaCitation(gaResolution())).toBe('UNGA Res 79/1 (22 September 2024) UN Doc A/RES/79/1');
    expect(oscolaCitation(gaResolution(), 'para-12')).toBe('UNGA Res 79/1 (22 September 2024) UN Doc A/RES/79/1, para 12');
  });

  it('leaves out a missing adoption date cleanly', () => {
    expect(oscolaCitation(resolution({ adopted: null }))).toBe('ECOSOC Res 2015/26 UN Doc E/RES/2015/26');
    expect(oscolaCitation(gaResolution({ adopted: null }), 'fn-4')).toBe('UNGA Res 79/1 UN Doc A/RES/79/1, n 4');
  });

  it('pinpoints sub-paragraphs, the preamble, annexes and footnotes', () => {
    const tail = (id: string, res = resolution()) => oscolaCitation(res, id).split('UN Doc E/RES/2015/26, ')[1];
    expect(tail('para-48-c')).toBe('para 48(c)');
    expect(tail('para-12-a-ii')).toBe('para 12(a)(ii)');
    expect(tail('preamble-3')).toBe('preambular para 3');
    expect(tail('annex-1-para-3')).toBe('annex, para 3');
    expect(tail('annex-1-preamble-2')).toBe('annex, preambular para 2');
    expect(tail('annex-1-para-3', twoAnnexes())).toBe('annex I, para 3');
    expect(tail('fn-4')).toBe('n 4');
  });

  it('stays in English whatever the page’s language', () => {
    const ar = resolution({ lang: 'ar', title: 'تقييم التقدم المحرز' }, ['أ', 'ب', 'ج']);
    expect(oscolaCitation(ar, 'para-48-c')).toBe('ECOSOC Res 2015/26 (22 July 2015) UN Doc E/RES/2015/26, para 48(c)');
  });

  it('throws for an id the resolution does not have', () => {
    expect(() => oscolaCitation(gaResolution(), 'preamble-9')).toThrow(CitationTargetError);
  });
});

describe('oscolaSlot', () => {
  it('is what comes before a paragraph’s pinpoint, which ends the citation', () => {
    expect(oscolaSlot(resolution())).toEqual({ before: 'ECOSOC Res 2015/26 (22 July 2015) UN Doc E/RES/2015/26, ', after: '' });
    expect(oscolaSlot(gaResolution({ adopted: null }))).toEqual({ before: 'UNGA Res 79/1 UN Doc A/RES/79/1, ', after: '' });
  });
});
