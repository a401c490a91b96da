import { describe, expect, it } from 'vitest';
import { LABEL_ONLY, readLabel } from '../../../src/pipeline/text/labels.ts';
import { seedLines } from './helpers.ts';

/** The label of a line as [kind, value, printed, rest], or null. */
const label = (text: string) => {
  const found = readLabel(text);
  return found && [found.kind, found.value, found.printed, found.rest];
};

describe('readLabel', () => {
  describe('operative paragraph numbers', () => {
    it('reads the number of a seed paragraph, its leading spaces dropped', () => {
      expect(label(seedLines(67, 67)[0] as string)).toEqual(['operative', '1', '1.', '注意到目前执行信息社会世界首脑会议成果的情况，']);
      expect(label('  25. 回顾大会')).toEqual(['operative', '25', '25.', '回顾大会']);
    });

    it('reads a Word text\'s number with a tab after it, and a full-width full stop', () => {
      expect(label('1.\tTakes note of the report;')).toEqual(['operative', '1', '1.', 'Takes note of the report;']);
      expect(label('12．决定')).toEqual(['operative', '12', '12．', '决定']);
    });

    it('reads four-digit paragraph numbers, alone or before their words (a text of 2,000 paragraphs lost none past 999)', () => {
      expect(label('1000.\tDecides to continue;')).toEqual(['operative', '1000', '1000.', 'Decides to continue;']);
      expect(LABEL_ONLY.test('1999.')).toBe(true);
    });

    it('does not take a decimal, a fraction or a day of the month for a number', () => {
      expect(readLabel('1.5 per cent of gross national income')).toBeNull();
      expect(readLabel('72 段所述，该论坛')).toBeNull();
      expect(readLabel('11 日在圣何塞举行的')).toBeNull();
    });

    it('takes a number with nothing after it for no label (the text may follow on the next line)', () => {
      expect(readLabel('1.')).toBeNull();
      expect(readLabel(' 48. ')).toBeNull();
    });
  });

  describe('the resolution number before the title', () => {
    it('reads "2015/26." glued to the Chinese title', () => {
      expect(label(seedLines(17, 17)[0] as string)).toEqual(['title', '2015/26', '2015/26.', '评估信息社会世界首脑会议成果的执行情况及后续']);
    });

    it('reads a number with a letter, and a number standing alone on its line', () => {
      expect(label('2015/26 B. Title')).toEqual(['title', '2015/26 B', '2015/26 B.', 'Title']);
      expect(label('2015/26.')).toEqual(['title', '2015/26', '2015/26.', '']);
    });

    it('does not take a symbol in brackets for a title number', () => {
      expect(readLabel('(E/2015/31)通过]')).toBeNull();
    });
  });

  describe('sub-paragraph letters and item numerals', () => {
    it('reads "(a)" and "a)" as letters', () => {
      expect(label(' (a) 赞赏地注意到')).toEqual(['lettered', 'a', '(a)', '赞赏地注意到']);
      expect(label('a) Continue')).toEqual(['lettered', 'a', 'a)', 'Continue']);
      expect(label('(d) x')).toEqual(['lettered', 'd', '(d)', 'x']);
      expect(label('(aa) x')).toEqual(['lettered', 'aa', '(aa)', 'x']);
    });

    it('reads full-width brackets as printed in Chinese texts', () => {
      expect(label('（a）全角括号')).toEqual(['lettered', 'a', '（a）', '全角括号']);
    });

    it('reads a label that could be either a letter or a roman numeral as roman, leaving the choice to its context', () => {
      expect(label('(i) x')?.slice(0, 2)).toEqual(['roman', 'i']);
      expect(label('(c) x')?.slice(0, 2)).toEqual(['roman', 'c']);
      expect(label('(v) x')?.slice(0, 2)).toEqual(['roman', 'v']);
      expect(label('(x) x')?.slice(0, 2)).toEqual(['roman', 'x']);
      expect(label('(ii) x')?.slice(0, 2)).toEqual(['roman', 'ii']);
      expect(label('iv) x')?.slice(0, 2)).toEqual(['roman', 'iv']);
    });

    it('reads the Chinese item numbers ㈠ and (一)', () => {
      expect(label('㈠ 甲')).toEqual(['cjk-item', '㈠', '㈠', '甲']);
      expect(label('(二) 乙')).toEqual(['cjk-item', '二', '(二)', '乙']);
    });

    it('takes a letter with nothing after it for no label', () => {
      expect(readLabel('(a)')).toBeNull();
      expect(readLabel(' (ii)  ')).toBeNull();
    });
  });

  it('finds no label in ordinary text, page furniture or a footnote text', () => {
    for (const text of ['益攸关方性质，', '15-13833 (C)', ' 见 A/60/687。', 'The Economic and Social Council,', '因特网治理']) expect(readLabel(text)).toBeNull();
  });

  describe('the labels of the six languages (the UN\'s Akoma Ntoso prints them so)', () => {
    it('does not take a reference such as "9.c" (target 9.c) at the start of a wrapped line for paragraph 9', () => {
      expect(readLabel('9.c de la Agenda 2030, que llama a aumentar significativamente el acceso')).toBeNull();
      expect(label('9. Calls upon')).toEqual(['operative', '9', '9.', 'Calls upon']);
    });

    it('reads Arabic paragraph numbers with a hyphen or an en dash', () => {
      expect(label('12 – يرحب بالتقرير')).toEqual(['operative', '12', '12 –', 'يرحب بالتقرير']);
      expect(label('3 - يرحب')).toEqual(['operative', '3', '3 -', 'يرحب']);
    });

    it('reads the Arabic title number, printed with a dash: "2023/3 - تقييم …"', () => {
      expect(label('2023/3 - تقييم التقدم المحرز')).toEqual(['title', '2023/3', '2023/3 -', 'تقييم التقدم المحرز']);
    });

    it('reads Arabic item labels "’1‘", "’12‘" as the roman items (i), (xii)', () => {
      expect(label('’1‘ إقامة صلة وثيقة')).toEqual(['roman', 'i', '’1‘', 'إقامة صلة وثيقة']);
      expect(label('’12‘ تعزيز')).toEqual(['roman', 'xii', '’12‘', 'تعزيز']);
    });

    it('knows the labels printed alone on their line, long roman numerals included', () => {
      for (const text of ['1. ', '12 - ', '(a) ', 'b) ', 'xviii) ', '(xxviii) ', 'а) ', '(أ) ', '(هـ) ', '(十一) ', '㈠ ', '’3‘ ']) expect(LABEL_ONLY.test(text), text).toBe(true);
      for (const text of ['(2022-2026) ', 'Annex ', '(E/2023/31)']) expect(LABEL_ONLY.test(text), text).toBe(false);
    });
  });
});
