import { describe, expect, it } from 'vitest';
import { bluebookCitation, bluebookDate, bluebookSlot } from '../../src/cite/bluebook.ts';
import { CitationTargetError } from '../../src/cite/locate.ts';
import { gaResolution, resolution, twoAnnexes } from './fixtures.ts';

describe('bluebookDate', () => {
  it('abbreviates months as table T12 does', () => {
    expect(bluebookDate('2015-07-22')).toBe('July 22, 2015');
    expect(bluebookDate('2024-09-22')).toBe('Sept. 22, 2024');
    expect(bluebookDate('2023-06-07')).toBe('June 7, 2023');
    expect(bluebookDate('1968-05-23')).toBe('May 23, 1968');
    expect(bluebookDate('2021-01-01')).toBe('Jan. 1, 2021');
  });
});

describe('bluebookCitation', () => {
  it('cites an ECOSOC resolution with its document symbol', () => {
    expect(bluebookCitation(resolution())).toBe('Economic and Social Council Res. 2015/26, U.N. Doc. E/RES/2015/26 (July 22, 2015)');
    expect(bluebookCitation(resolution(), 'para-12')).toBe(
      'Economic and Social Council Res. 2015/26, ¶ 12, U.N. Doc. E/RES/2015/26 (July 22, 2015)',
    );
  });

  it('cites a General Assembly resolution in its short form', () => {
    expect(bluebookCitation(gaResolution())).toBe('G.A. Res. 79/1 (Sept. 22, 2024)');
    expect(bluebookCitation(gaResolution(), 'para-12')).toBe('G.A. Res. 79/1, ¶ 12 (Sept. 22, 2024)');
  });

  it('leaves out a missing adoption date cleanly', () => {
    expect(bluebookCitation(resolution({ adopted: null }), 'para-12')).toBe(
      'Economic and Social Council Res. 2015/26, ¶ 12, U.N. Doc. E/RES/2015/26',
    );
    expect(bluebookCitation(gaResolution({ adopted: null }))).toBe('G.A. Res. 79/1');
  });

  it('pinpoints sub-paragraphs, the preamble, annexes and footnotes', () => {
    const pin = (id: string, res = resolution()) => bluebookCitation(res, id);
    expect(pin('para-48-c')).toBe('Economic and Social Council Res. 2015/26, ¶ 48(c), U.N. Doc. E/RES/2015/26 (July 22, 2015)');
    expect(pin('para-12-a-ii', gaResolution())).toBe('G.A. Res. 79/1, ¶ 12(a)(ii) (Sept. 22, 2024)');
    expect(pin('preamble-3', gaResolution())).toBe('G.A. Res. 79/1, pmbl. ¶ 3 (Sept. 22, 2024)');
    expect(pin('annex-1-para-3', gaResolution())).toBe('G.A. Res. 79/1, annex, ¶ 3 (Sept. 22, 2024)');
    expect(pin('annex-2-para-3', twoAnnexes())).toBe(
      'Economic and Social Council Res. 2015/26, annex II, ¶ 3, U.N. Doc. E/RES/2015/26 (July 22, 2015)',
    );
    expect(pin('fn-4', gaResolution())).toBe('G.A. Res. 79/1, n.4 (Sept. 22, 2024)');
  });

  it('stays in English whatever the page’s language', () => {
    const zh = resolution({ lang: 'zh', title: '信息社会世界峰会成果落实进展' });
    expect(bluebookCitation(zh, 'para-12')).toBe(bluebookCitation(resolution(), 'para-12'));
    const ar = resolution({ lang: 'ar' }, ['أ', 'ب', 'ج']);
    expect(bluebookCitation(ar, 'para-48-c')).toBe(
      'Economic and Social Council Res. 2015/26, ¶ 48(c), U.N. Doc. E/RES/2015/26 (July 22, 2015)',
    );
  });

  it('throws for an id the resolution does not have', () => {
    expect(() => bluebookCitation(resolution(), 'para-99')).toThrow(CitationTargetError);
  });
});

describe('bluebookSlot', () => {
  it('is what surrounds a paragraph’s pinpoint: after the number, before the symbol and date', () => {
    expect(bluebookSlot(resolution())).toEqual({
      before: 'Economic and Social Council Res. 2015/26, ',
      after: ', U.N. Doc. E/RES/2015/26 (July 22, 2015)',
    });
    expect(bluebookSlot(gaResolution())).toEqual({ before: 'G.A. Res. 79/1, ', after: ' (Sept. 22, 2024)' });
    expect(bluebookSlot(gaResolution({ adopted: null }))).toEqual({ before: 'G.A. Res. 79/1, ', after: '' });
  });
});
