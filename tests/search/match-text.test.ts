import { describe, expect, it } from 'vitest';
import { findQuery, findQueryParts, foldText, matchQuery, mergeRanges } from '../../src/search/match-text.ts';

const marked = (text: string, ranges: [number, number][]) => ranges.map(([from, to]) => text.slice(from, to));

describe('foldText', () => {
  it('ignores case, accents and the width of spacing, and keeps punctuation', () => {
    expect(foldText('Développement  durable, Résolution', 'fr').text).toBe('developpement durable, resolution');
    expect(foldText('经济及 社会\n理事会，', 'zh').text).toBe('经济及社会理事会,');
  });

  it('drops Arabic vowel marks', () => {
    expect(foldText('تقريراً', 'ar').text).toBe('تقريرا');
  });
});

describe('matchQuery', () => {
  it('marks the query in the text as printed, across a line break of the PDF in Chinese', () => {
    const text = '请秘书长向理事\n会提交报告';
    expect(marked(text, findQuery(text, '理事会', 'zh'))).toEqual(['理事\n会']);
  });

  it('tells whole words from a match inside a longer word', () => {
    expect(matchQuery('and theme of the session', 'and the', 'en').wholeWords).toBe(false);
    expect(matchQuery('and theme, and the session', 'and the', 'en').wholeWords).toBe(true);
  });

  it('counts punctuation: "成员。" is not "成员，"', () => {
    expect(findQuery('所有成员，', '成员。', 'zh')).toEqual([]);
    expect(findQuery('所有成员。', '成员。', 'zh')).toHaveLength(1);
  });

  it('finds every occurrence, and none for a query of white space', () => {
    expect(findQuery('the Council and the Council', 'council', 'en')).toHaveLength(2);
    expect(findQuery('text', '   ', 'en')).toEqual([]);
  });
});

describe('findQueryParts', () => {
  it('marks the query’s words where the phrase is not there', () => {
    const text = 'Development of the Council, sustainable and inclusive development';
    expect(marked(text, findQueryParts(text, 'sustainable development', 'en'))).toEqual(['Development', 'sustainable', 'development']);
  });
});

describe('mergeRanges', () => {
  it('joins overlapping ranges', () => {
    expect(mergeRanges([[5, 8], [0, 2], [1, 3]])).toEqual([[0, 3], [5, 8]]);
  });
});
