import { describe, expect, it } from 'vitest';
import { bibtexEntry, escapeBibtex } from '../../src/cite/bibtex.ts';
import { CitationTargetError } from '../../src/cite/locate.ts';
import { gaResolution, resolution } from './fixtures.ts';

const PAGE = 'https://example.org/archive/en/E/RES/2015/26/';

describe('escapeBibtex', () => {
  it('escapes LaTeX’s special characters once each', () => {
    expect(escapeBibtex('a{b}c')).toBe('a\\{b\\}c');
    expect(escapeBibtex('C:\\path')).toBe('C:\\textbackslash{}path');
    expect(escapeBibtex('50% & #1 $2 a_b ~ ^')).toBe(
      '50\\% \\& \\#1 \\$2 a\\_b \\textasciitilde{} \\textasciicircum{}',
    );
    expect(escapeBibtex('\\{')).toBe('\\textbackslash{}\\{');
  });

  it('keeps every other character, Chinese and Arabic included', () => {
    expect(escapeBibtex('信息社会 — «Objectifs» تقييم')).toBe('信息社会 — «Objectifs» تقييم');
  });
});

describe('bibtexEntry', () => {
  it('writes an entry for a paragraph', () => {
    expect(bibtexEntry(resolution({ title: 'Science & technology: 100% {open}' }), PAGE, 'para-12')).toBe(
      [
        '@misc{E-RES-2015-26-para-12,',
        '  author = {{Economic and Social Council}},',
        '  title = {{Science \\& technology: 100\\% \\{open\\}}},',
        '  number = {2015/26},',
        '  howpublished = {E/RES/2015/26},',
        '  organization = {United Nations},',
        '  year = {2015},',
        '  month = jul,',
        '  date = {2015-07-22},',
        '  note = {para. 12},',
        '  url = {https://example.org/archive/en/E/RES/2015/26/#para-12},',
        '  language = {English}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes Chinese as UTF-8, with the pinpoint in Chinese', () => {
    const zh = resolution({ lang: 'zh', title: '评估信息社会世界峰会成果落实进展 {第二次} #1' });
    expect(bibtexEntry(zh, 'https://example.org/archive/zh/E/RES/2015/26/', 'para-48-c')).toBe(
      [
        '@misc{E-RES-2015-26-para-48-c,',
        '  author = {{经济及社会理事会}},',
        '  title = {{评估信息社会世界峰会成果落实进展 \\{第二次\\} \\#1}},',
        '  number = {2015/26},',
        '  howpublished = {E/RES/2015/26},',
        '  organization = {联合国},',
        '  year = {2015},',
        '  month = jul,',
        '  date = {2015-07-22},',
        '  note = {第48(c)段},',
        '  url = {https://example.org/archive/zh/E/RES/2015/26/#para-48-c},',
        '  language = {Chinese}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes Arabic as UTF-8, and a GA resolution without a date', () => {
    const ar = gaResolution({ lang: 'ar', adopted: null, title: 'ميثاق المستقبل \\ 100%' });
    expect(bibtexEntry(ar, 'https://example.org/ar/A/RES/79/1/')).toBe(
      [
        '@misc{A-RES-79-1,',
        '  author = {{الجمعية العامة}},',
        '  title = {{ميثاق المستقبل \\textbackslash{} 100\\%}},',
        '  number = {79/1},',
        '  howpublished = {A/RES/79/1},',
        '  organization = {الأمم المتحدة},',
        '  url = {https://example.org/ar/A/RES/79/1/},',
        '  language = {Arabic}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('keeps the braces of every entry balanced whatever the title', () => {
    for (const title of ['}', '{', '}}{{', '\\}', 'a}b{c\\']) {
      const entry = bibtexEntry(resolution({ title }), PAGE);
      let depth = 0;
      for (let i = 0; i < entry.length; i++) {
        if (entry[i] === '\\') {
          i++; // an escaped character does not count
          continue;
        }
        if (entry[i] === '{') depth++;
        if (entry[i] === '}') depth--;
        expect(depth, title).toBeGreaterThanOrEqual(0);
      }
      expect(depth, title).toBe(0);
    }
  });

  it('throws for an id the resolution does not have', () => {
    expect(() => bibtexEntry(resolution(), PAGE, 'annex-3-para-1')).toThrow(CitationTargetError);
  });
});
