import { describe, expect, it } from 'vitest';
import { CitationTargetError } from '../../src/cite/locate.ts';
import { risRecord, risValue } from '../../src/cite/ris.ts';
import { gaResolution, resolution, twoAnnexes } from './fixtures.ts';

/** The record's lines, checking that every one ends in CR LF. */
function lines(record: string): string[] {
  expect(record.endsWith('\r\n')).toBe(true);
  const out = record.slice(0, -2).split('\r\n');
  for (const line of out) expect(line).not.toMatch(/[\r\n]/);
  return out;
}

describe('risValue', () => {
  it('folds line breaks and control characters into one space', () => {
    expect(risValue(' Title\r\nER  - second\tline\u2028end ')).toBe('Title ER  - second line end');
  });
  it('keeps every other character', () => {
    expect(risValue('信息社会 {x} \\ % & # — تقييم')).toBe('信息社会 {x} \\ % & # — تقييم');
  });
});

describe('risRecord', () => {
  it('writes a paragraph’s record, CR LF line by line', () => {
    expect(risRecord(resolution(), 'https://example.org/archive/en/E/RES/2015/26/', 'para-12')).toBe(
      [
        'TY  - STAT',
        'ID  - E-RES-2015-26-para-12',
        `TI  - ${resolution().title}`,
        'AU  - Economic and Social Council',
        'PB  - United Nations',
        'PY  - 2015',
        'DA  - 2015/07/22/',
        'M1  - 2015/26',
        'CN  - E/RES/2015/26',
        'SE  - para. 12',
        'UR  - https://example.org/archive/en/E/RES/2015/26/#para-12',
        'LA  - en',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('writes Chinese and Arabic as they are, the pinpoint in the page’s language', () => {
    const zh = risRecord(
      resolution({ lang: 'zh', title: '评估信息社会世界峰会成果落实进展\n（第二次）' }),
      'https://example.org/archive/zh/E/RES/2015/26/',
      'annex-1-para-3',
    );
    expect(lines(zh)).toEqual([
      'TY  - STAT',
      'ID  - E-RES-2015-26-annex-1-para-3',
      'TI  - 评估信息社会世界峰会成果落实进展 （第二次）',
      'AU  - 经济及社会理事会',
      'PB  - 联合国',
      'PY  - 2015',
      'DA  - 2015/07/22/',
      'M1  - 2015/26',
      'CN  - E/RES/2015/26',
      'SE  - 附件第3段',
      'UR  - https://example.org/archive/zh/E/RES/2015/26/#annex-1-para-3',
      'LA  - zh',
      'ER  - ',
    ]);
    const ar = risRecord(twoAnnexes({ lang: 'ar', title: 'تقييم التقدم المحرز' }), 'https://example.org/ar/E/RES/2015/26/', 'annex-2-para-3');
    expect(lines(ar)).toContain('TI  - تقييم التقدم المحرز');
    expect(lines(ar)).toContain('AU  - المجلس الاقتصادي والاجتماعي');
    expect(lines(ar)).toContain('SE  - المرفق الثاني، الفقرة 3');
  });

  it('writes a GA resolution without a date or a pinpoint', () => {
    expect(lines(risRecord(gaResolution({ adopted: null, title: 'The Pact for the Future' }), 'https://example.org/en/A/RES/79/1/'))).toEqual([
      'TY  - STAT',
      'ID  - A-RES-79-1',
      'TI  - The Pact for the Future',
      'AU  - General Assembly',
      'PB  - United Nations',
      'M1  - 79/1',
      'CN  - A/RES/79/1',
      'UR  - https://example.org/en/A/RES/79/1/',
      'LA  - en',
      'ER  - ',
    ]);
  });

  it('throws for an id the resolution does not have', () => {
    expect(() => risRecord(resolution(), 'https://example.org/en/E/RES/2015/26/', 'fn-1')).toThrow(CitationTargetError);
  });
});
