import { describe, expect, it } from 'vitest';
import { readList } from '../../../src/pipeline/akn/list-items.ts';
import { draftPara } from '../../../src/pipeline/akn/scope.ts';
import type { DraftPara } from '../../../src/pipeline/text/draft.ts';
import { newScope, xml } from './helpers.ts';

const ids = (para: DraftPara): string[] => para.items.flatMap((i) => [i.id, ...ids(i)]);
const point = (num: string, text: string, inner = ''): string => `<point><num>${num}</num><content><p>${text}</p></content>${inner}</point>`;

describe('readList', () => {
  it('joins the intro to the paragraph’s words and makes each point a sub-paragraph', () => {
    const para = draftPara('para-2', '2', '2.', '', 1);
    readList(xml(`<list><intro><p><span>Requests</span> the secretariat:</p></intro>${point('(a)', 'To submit;')}${point('(b)', 'To report.')}</list>`), para, 1, newScope(), []);
    expect(para.text).toBe('Requests the secretariat:');
    expect(para.items.map((i) => [i.id, i.num, i.label, i.text])).toEqual([
      ['para-2-a', 'a', '(a)', 'To submit;'],
      ['para-2-b', 'b', '(b)', 'To report.'],
    ]);
  });

  it('gives a sublist to the point before it, and a list inside a point to that point', () => {
    const para = draftPara('para-3', '3', '3.', 'x', 1);
    readList(xml(`<list>${point('(a)', 'a')}<sublist>${point('(i)', 'i')}${point('(ii)', 'ii')}</sublist>${point('(b)', 'b', `<list>${point('(i)', 'bi')}</list>`)}</list>`), para, 1, newScope(), []);
    expect(ids(para)).toEqual(['para-3-a', 'para-3-a-i', 'para-3-a-ii', 'para-3-b', 'para-3-b-i']);
  });

  it('reads a sublist whose label continues the letters as siblings (the file nested "(i)" under "(h)")', () => {
    const para = draftPara('para-25', '25', '25.', 'x', 1);
    const points = ['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)'].map((l) => point(l, l)).join('');
    const warnings: string[] = [];
    readList(xml(`<list>${points}<sublist>${point('(i)', 'In coordination')}</sublist>${point('(j)', 'j')}</list>`), para, 1, newScope(), warnings);
    expect(para.items.map((i) => i.id).slice(-3)).toEqual(['para-25-h', 'para-25-i', 'para-25-j']);
    expect(warnings).toHaveLength(1);
  });

  it('hands back a heading set as a list point ("B. Actions…")', () => {
    const para = draftPara('para-1', '1', '1.', 'x', 1);
    const stray = readList(xml(`<list>${point('(j)', 'To continue;')}<sublist>${point('B.', '<span class="bold">Actions related to the secretariat</span>')}</sublist></list>`), para, 1, newScope(), []);
    expect(ids(para)).toEqual(['para-1-a']);
    expect(stray).toEqual([{ text: 'B. Actions related to the secretariat', line: 1 }]);
  });
});
