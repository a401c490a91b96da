import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { rowLabel } from '../../src/search/row-label.ts';

describe('rowLabel', () => {
  const en = uiStrings('en').parts;
  const zh = uiStrings('zh').parts;

  it('names paragraphs, sub-paragraphs, preambular paragraphs, annex paragraphs and footnotes', () => {
    expect(rowLabel('para-12', '12', en)).toBe('Paragraph 12');
    expect(rowLabel('para-48-c', 'c', en)).toBe('Paragraph 48 (c)');
    expect(rowLabel('preamble-3', '', en)).toBe('Preambular paragraph 3');
    expect(rowLabel('annex-1-para-3', '3', en)).toBe('Annex 1, Paragraph 3');
    expect(rowLabel('fn-4', '4', en)).toBe('Footnote 4');
    expect(rowLabel('para-12', '12', zh)).toBe(zh.paragraph('12'));
  });

  it('says nothing for headings and the title', () => {
    expect(rowLabel('section-2', '', en)).toBe('');
    expect(rowLabel(null, '', en)).toBe('');
  });
});

describe('rowLabel, in drafts, parts and annex sections', () => {
  const en = uiStrings('en').parts;

  it('names the paragraph by its own number, with its annex', () => {
    expect(rowLabel('draft-preamble-2', '', en)).toBe('Preambular paragraph 2');
    expect(rowLabel('part-b-para-3', '3', en)).toBe('Paragraph 3');
    expect(rowLabel('annex-1-section-2-para-3-a', 'a', en)).toBe('Annex 1, Paragraph 3 (a)');
    expect(rowLabel('annex-2-section-1', '', en)).toBe('Annex 2');
  });
});
