import { describe, expect, it } from 'vitest';
import { buildCitedBy, groupByParagraph, type CitingModel } from '../../src/utils/cited-by.ts';

// Synthetic models: 2016/1 cites 2015/26 paragraph 12 in two languages and 2015/26 as a whole;
// 2017/4 cites paragraph 3 of 2015/26 and itself; nothing cites 2016/1.
const models: CitingModel[] = [
  { symbol: 'E/RES/2016/1', lang: 'en', refs: [{ target: 'E/RES/2015/26', para: '12', in: 'para-2' }] },
  {
    symbol: 'E/RES/2016/1',
    lang: 'zh',
    refs: [
      { target: 'E/RES/2015/26', para: '12', in: 'para-2' },
      { target: 'E/RES/2015/26', in: 'preamble-1' },
    ],
  },
  {
    symbol: 'E/RES/2017/4',
    lang: 'fr',
    refs: [
      { target: 'E/RES/2015/26', para: '3 (a)', in: 'para-10' },
      { target: 'E/RES/2017/4', para: '1', in: 'para-2' },
      { target: 'E/2015/31', in: 'preamble-2' },
    ],
  },
  { symbol: 'E/RES/2015/26', lang: 'zh', refs: [] },
];

describe('buildCitedBy', () => {
  const index = buildCitedBy(models);

  it('turns every model\'s refs around, one entry per citing paragraph with the languages that carry it', () => {
    expect(index.get('E/RES/2015/26')).toEqual([
      { symbol: 'E/RES/2016/1', in: 'para-2', para: '12', langs: ['zh', 'en'] },
      { symbol: 'E/RES/2016/1', in: 'preamble-1', langs: ['zh'] },
      { symbol: 'E/RES/2017/4', in: 'para-10', para: '3', langs: ['fr'] },
    ]);
    expect(index.get('E/2015/31')).toHaveLength(1);
  });

  it('leaves out a resolution citing itself and lists nothing for an uncited one', () => {
    expect(index.get('E/RES/2017/4')).toBeUndefined();
    expect(index.get('E/RES/2016/1')).toBeUndefined();
  });

  it('groups by the cited paragraph, in number order, the uncited-paragraph group last', () => {
    const groups = groupByParagraph(index.get('E/RES/2015/26')!);
    expect(groups.map(([para, list]) => [para, list.map((c) => c.symbol)])).toEqual([
      ['3', ['E/RES/2017/4']],
      ['12', ['E/RES/2016/1']],
      ['', ['E/RES/2016/1']],
    ]);
  });
});
