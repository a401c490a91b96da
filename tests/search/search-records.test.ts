import { describe, expect, it } from 'vitest';
import type { CatalogueCard } from '../../src/schemas/catalogue-card.ts';
import type { Resolution } from '../../src/schemas/resolution.ts';
import { resolutionMetadata } from '../../src/pipeline/emit/resolution-metadata.ts';
import { OPENING_FILTER, type RecordBlock } from '../../src/search/record-shape.ts';
import { blockTexts } from '../../src/search/search-engine.ts';
import { groupBlocks, searchRecords, textSize } from '../../src/search/search-records.ts';
import type { SearchableBlock } from '../../src/search/searchable-blocks.ts';

const para = (id: string, text: string) => ({ kind: 'para' as const, id, num: id.split('-').at(-1)!, text, notes: [], items: [] });
const model: Resolution = {
  symbol: 'E/RES/2023/3',
  organ: 'ECOSOC',
  number: '2023/3',
  lang: 'zh',
  title: '因特网治理论坛',
  adopted: '2023-06-07',
  meeting: 20,
  agendaItem: '18 (b)',
  preamble: [para('preamble-1', '回顾其2015/26号决议，')],
  body: [para('para-1', '决定延长论坛的任务期限；'.repeat(200)), { kind: 'heading', id: 'section-1', text: '后续行动' }, para('para-2', '请秘书长提交报告。')],
  annexes: [],
  footnotes: [{ id: 'fn-1', n: 1, text: 'A/RES/70/1。' }],
  refs: [],
  warnings: [],
};
const card: CatalogueCard = {
  ...resolutionMetadata(model),
  id: 'zh/E/RES/2023/3',
  session: null,
  agendaTitle: null,
  sdgGoals: [9, 16],
  subjects: [{ scheme: 'UNBIS', term: 'INTERNET GOVERNANCE', href: 'http://example.org/1' }],
};

describe('searchRecords', () => {
  const records = searchRecords(model, card);
  const blocks = records.flatMap((record) => JSON.parse(record.meta.blocks) as RecordBlock[]);

  it('carries every block once, in reading order, the title first under no anchor', () => {
    expect(blocks.map(([id]) => id)).toEqual(['', 'preamble-1', 'para-1', 'section-1', 'para-2', 'fn-1']);
    expect(blocks[0]![2]).toBe(7); // the title's seven terms: the record's content gives it back
  });

  it('gives the blocks’ text back, through the engine’s reading of the content', () => {
    const texts = records.flatMap((record) => blockTexts({ url: record.url, content: record.content.replace(/ /g, ' \u200b'), meta: record.meta }));
    expect(texts.map(([, , text]) => text)).toEqual(['因特网治理论坛', '回顾其2015/26号决议，', '决定延长论坛的任务期限；'.repeat(200), '后续行动', '请秘书长提交报告。', 'A/RES/70/1。']);
    // The footnote's capitals do not come back from lower-case terms: its text is in the record.
    expect(blocks.at(-1)![2]).toBe('A/RES/70/1。');
  });

  it('closes a record once it is big enough: the long paragraph ends the first', () => {
    expect(records.map((record) => record.url)).toEqual(['/zh/E/RES/2023/3/', '/zh/E/RES/2023/3/#section-1']);
  });

  it('indexes Chinese as character terms, one block a line', () => {
    expect(records[1]!.content.split('\n')).toHaveLength(3);
    expect(records[1]!.content).toMatch(/^[a-z \n]+$/);
  });

  it('gives each record the filters and the date, and only the first the opening filter', () => {
    expect(records[0]!.filters).toMatchObject({ organ: ['ECOSOC'], year: ['2023'], session: ['2023'], agenda: ['2023/18-b'], sdg: ['9', '16'], [OPENING_FILTER]: ['1'] });
    expect(records[1]!.filters[OPENING_FILTER]).toBeUndefined();
    expect(records[1]!.filters.subject).toEqual(['internet-governance']);
    expect(records.every((record) => record.sort.date === '2023-06-07 E/RES/2023/3')).toBe(true);
  });
});

describe('groupBlocks', () => {
  const block = (id: string, text: string): SearchableBlock => ({ id, kind: 'para', num: null, text });

  it('groups consecutive blocks until the target size, the rest in a last group', () => {
    const groups = groupBlocks([block('a', 'x'.repeat(6)), block('b', 'x'.repeat(6)), block('c', 'x'.repeat(3))], 10);
    expect(groups.map((group) => group.map((b) => b.id))).toEqual([['a', 'b'], ['c']]);
  });

  it('counts a Han character three', () => {
    expect(textSize('发展ab')).toBe(8);
  });
});
