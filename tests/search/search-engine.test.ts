import { describe, expect, it } from 'vitest';
import { recordRows, startSearchRun, type PagefindApi, type PagefindHit } from '../../src/search/search-engine.ts';
import { urlParams } from '../../src/utils/search-client.ts';

/** A record as Pagefind would return it: its matched word positions, and its data. */
const hit = (page: string, words: number[], blocks: [string, string, string][]): PagefindHit => ({
  id: page + words.join(','),
  score: 1,
  words,
  data: async () => ({ url: page, meta: { page, symbol: page.replace(/^\/en\/|\/$/g, ''), title: `Title of ${page}`, blocks: JSON.stringify(blocks) } }),
});

/** A fake of Pagefind's browser API returning `hits`, remembering what it was asked. */
function fakePagefind(hits: PagefindHit[]) {
  const asked: { query: string | null; options: unknown }[] = [];
  const api: PagefindApi = {
    search: async (query, options) => {
      asked.push({ query, options });
      return { results: hits };
    },
  };
  return { api, asked };
}

describe('startSearchRun', () => {
  it('gives the paragraphs holding the phrase first, whole words before a match inside a word, then the rest', async () => {
    const { api } = fakePagefind([
      hit('/en/E/RES/2023/1/', [3, 40], [['para-1', '1', 'The Council and sustainable things; development.']]),
      hit('/en/E/RES/2023/2/', [7, 8], [['para-4', '4', 'Sustainable developments were few.'], ['para-5', '5', 'Promotes sustainable development.']]),
    ]);
    const run = await startSearchRun(api, 'en', { query: 'sustainable development', filters: {}, order: 'relevance' });
    const rows = await run.next(10);
    expect(rows.map((row) => `${row.page}#${row.id}:${row.exactness}`)).toEqual(['/en/E/RES/2023/2/#para-5:2', '/en/E/RES/2023/2/#para-4:1', '/en/E/RES/2023/1/#para-1:0']);
    expect(rows[0]!.excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual(['sustainable development']);
    expect(await run.next(10)).toEqual([]);
  });

  it('asks Pagefind with the filters and the order, and for filters alone lists each resolution once', async () => {
    const { api, asked } = fakePagefind([hit('/en/E/RES/2023/1/', [], [])]);
    const run = await startSearchRun(api, 'en', { query: '', filters: { year: '2023', sdg: '' }, order: 'newest' });
    expect(asked[0]).toEqual({ query: null, options: { filters: { year: ['2023'], opening: ['1'] }, sort: { date: 'desc' } } });
    expect((await run.next(5)).map((row) => [row.page, row.id])).toEqual([['/en/E/RES/2023/1/', null]]);
  });

  it('asks Pagefind for Chinese in character terms', async () => {
    const { api, asked } = fakePagefind([]);
    await startSearchRun(api, 'zh', { query: '治理论坛', filters: {}, order: 'relevance' });
    expect(asked[0]!.query).toMatch(/^[a-z]{8} [a-z]{8} [a-z]{8}$/);
  });
});

describe('recordRows', () => {
  it('gives the title row no anchor', () => {
    const rows = recordRows({ url: '/en/x/', meta: { page: '/en/x/', blocks: JSON.stringify([['', '', 'Internet Governance Forum']]) } }, 'governance forum', 'en', 200);
    expect(rows.map((row) => [row.id, row.exactness])).toEqual([[null, 2]]);
  });
});

describe('urlParams', () => {
  it('puts the query, the filters set and the order in the URL, in a fixed order', () => {
    expect(urlParams({ query: '发展 议程', filters: { sdg: '5', year: '2023' }, order: 'newest' })).toBe('q=%E5%8F%91%E5%B1%95+%E8%AE%AE%E7%A8%8B&year=2023&sdg=5&sort=newest');
    expect(urlParams({ query: '', filters: {}, order: 'relevance' })).toBe('');
  });
});
