import { describe, expect, it } from 'vitest';
import { readNum } from '../../../src/pipeline/akn/num-label.ts';
import { placeItem, positional } from '../../../src/pipeline/akn/place-item.ts';
import { draftPara } from '../../../src/pipeline/akn/scope.ts';

describe('placeItem', () => {
  it('gives sub-paragraphs positional ids whatever the printed letter', () => {
    const para = draftPara('para-12', '12', '12.', 'Decides:', 1);
    for (const label of ['(أ)', '(ب)', '(ج)']) placeItem(para, 1, readNum(label), 'x', 1, []);
    expect(para.items.map((i) => [i.id, i.num, i.label])).toEqual([
      ['para-12-a', 'أ', '(أ)'],
      ['para-12-b', 'ب', '(ب)'],
      ['para-12-c', 'ج', '(ج)'],
    ]);
  });

  it('puts an item label after a sub-paragraph one level down, unless "(i)" continues the letters', () => {
    const para = draftPara('para-2', '2', '2.', 'Requests:', 1);
    const warnings: string[] = [];
    for (const label of ['(a)', '(b)', '(i)', '(ii)', '’3‘', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', '(i)']) placeItem(para, 1, readNum(label), 'x', 1, warnings);
    expect(para.items.map((i) => i.id)).toEqual(['para-2-a', 'para-2-b', 'para-2-c', 'para-2-d', 'para-2-e', 'para-2-f', 'para-2-g', 'para-2-h', 'para-2-i']);
    expect(para.items[1]?.items.map((i) => [i.id, i.num])).toEqual([
      ['para-2-b-i', 'i'],
      ['para-2-b-ii', 'ii'],
      ['para-2-b-iii', '3'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('counts a third level in digits', () => {
    expect([positional(1, 28), positional(2, 4), positional(3, 2)]).toEqual(['bb', 'iv', '2']);
  });
});
