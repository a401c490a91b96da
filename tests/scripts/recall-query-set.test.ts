import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Para } from '../../src/schemas/para.ts';
import type { Resolution } from '../../src/schemas/resolution.ts';
import { loadModels, paragraphsOfModel, type Paragraph } from '../helpers/recall/paragraphs.ts';
import { seededRandom } from '../helpers/recall/prng.ts';
import { cutsWord, drawWords, generateQueries, makeQuerySet, occurrenceCounter, type RecallQuery } from '../helpers/recall/query-set.ts';

const para = (id: string, text: string, items: Para[] = []): Para => ({ kind: 'para', id, num: null, text, notes: [], items });

/** A model with what the generator reads; the rest as the schema wants it. */
const model = (lang: 'zh' | 'en', symbol: string, parts: Pick<Resolution, 'preamble' | 'body'> & Partial<Pick<Resolution, 'annexes' | 'footnotes'>>): Resolution => ({
  symbol,
  organ: 'ECOSOC',
  number: symbol.replace('E/RES/', ''),
  lang,
  title: 'Title',
  adopted: null,
  meeting: null,
  agendaItem: null,
  annexes: [],
  footnotes: [],
  refs: [],
  warnings: [],
  ...parts,
});

const chinese = [
  model('zh', 'E/RES/2023/1', {
    preamble: [para('preamble-1', '回顾其关于经济及社会理事会区域合作的各项决议，'), para('preamble-2', '注意到区域委员会的工作，')],
    body: [
      { kind: 'heading', id: 'section-1', text: '区域合作' },
      para('para-1', '请秘书长与区域的区域委员会协商，', [para('para-1-a', '加强多利益攸关方伙伴关系；'), para('para-1-b', '于 2024 年提出报告。')]),
    ],
    annexes: [{ id: 'annex-1', title: '附件标题', body: [para('annex-1-para-1', '区域委员会的工作方案')] }],
    footnotes: [{ id: 'fn-1', n: 1, text: '第 70/1 号决议。' }],
  }),
  model('zh', 'E/RES/2023/2', {
    preamble: [para('preamble-1', '重申经济及社会理事会的作用，')],
    body: [para('para-1', '决定在区域一级举行会议，'), para('para-2', '。')],
  }),
  model('zh', 'E/RES/2023/3', {
    preamble: [],
    body: [para('para-1', '鼓励会员国推动多利益攸关方伙伴关系，并请各区域委员会提供支持。')],
  }),
];

const english = [
  model('en', 'E/RES/2023/1', {
    preamble: [para('preamble-1', 'Recalling its resolutions on regional cooperation in the economic and social fields,')],
    body: [para('para-1', 'Requests the Secretary-General, in consultation with the regional commissions, to report on the theme;', [para('para-1-a', '(a)\u00a0To strengthen  multi-stakeholder partnerships;')])],
    footnotes: [{ id: 'fn-1', n: 1, text: 'Resolution 70/1.' }],
  }),
  model('en', 'E/RES/2023/2', {
    preamble: [para('preamble-1', 'Reaffirming the role of the Economic and Social Council,')],
    body: [para('para-1', 'Decides to hold the regional meetings and themes in 2024;')],
  }),
];

const zhParagraphs = chinese.flatMap(paragraphsOfModel);
const enParagraphs = english.flatMap(paragraphsOfModel);
const textOf = (paragraphs: Paragraph[], query: RecallQuery) => paragraphs.find((p) => p.symbol === query.symbol && p.id === query.id)!.text;

describe('paragraphsOfModel', () => {
  it('lists preamble, headings, paragraphs with their items, annex paragraphs and footnotes, each under its anchor', () => {
    expect(zhParagraphs.filter((p) => p.symbol === 'E/RES/2023/1').map((p) => `${p.id}/${p.kind}`)).toEqual([
      'preamble-1/para',
      'preamble-2/para',
      'section-1/heading',
      'para-1/para',
      'para-1-a/para',
      'para-1-b/para',
      'annex-1-para-1/para',
      'fn-1/footnote',
    ]);
  });

  it('turns any run of white space, no-break spaces included, into one space', () => {
    expect(enParagraphs.find((p) => p.id === 'para-1-a')?.text).toBe('(a) To strengthen multi-stakeholder partnerships;');
  });
});

describe('generateQueries', () => {
  const zh = generateQueries(zhParagraphs, 'zh', { perLang: 40, seed: 'unit' });
  const en = generateQueries(enParagraphs, 'en', { perLang: 30, seed: 'unit' });

  it('gives the same queries for the same seed, other queries for another, and a longer set begins with the shorter one', () => {
    expect(generateQueries(zhParagraphs, 'zh', { perLang: 40, seed: 'unit' })).toEqual(zh);
    expect(generateQueries(zhParagraphs, 'zh', { perLang: 40, seed: 'other' }).map((q) => q.q)).not.toEqual(zh.map((q) => q.q));
    expect(generateQueries(zhParagraphs, 'zh', { perLang: 10, seed: 'unit' })).toEqual(zh.slice(0, 10));
  });

  it('draws Chinese runs of 2–6 characters that stand in their paragraph, with a letter in each, none twice for one paragraph', () => {
    expect(zh).toHaveLength(40);
    for (const query of zh) {
      expect(textOf(zhParagraphs, query)).toContain(query.q);
      expect(Array.from(query.q).length).toBeGreaterThanOrEqual(2);
      expect(Array.from(query.q).length).toBeLessThanOrEqual(6);
      expect(query.q).toMatch(/\p{L}/u);
      expect(query.q).toBe(query.q.trim());
    }
    expect(new Set(zh.map((q) => `${q.q}|${q.symbol}#${q.id}`)).size).toBe(zh.length);
  });

  it('draws 2–3 consecutive words in the other languages, without punctuation at their ends', () => {
    expect(en).toHaveLength(30);
    for (const query of en) {
      expect(textOf(enParagraphs, query)).toContain(query.q);
      const words = query.q.split(' ');
      expect(words.length).toBeGreaterThanOrEqual(2);
      expect(words.length).toBeLessThanOrEqual(3);
      expect(query.q).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}]$/u);
    }
  });

  it('spreads the queries round-robin over the resolutions', () => {
    const perSymbol = (queries: RecallQuery[]) => Object.values(Object.groupBy(queries, (q) => q.symbol)).map((group) => group!.length);
    expect(perSymbol(zh).sort()).toEqual([13, 13, 14]);
    expect(perSymbol(en)).toEqual([15, 15]);
  });

  it('records where each query must land: the page under the base and the anchor', () => {
    const query = zh.find((q) => q.symbol === 'E/RES/2023/2')!;
    expect(query.page).toBe('zh/E/RES/2023/2/');
    expect(['preamble-1', 'para-1']).toContain(query.id);
  });

  it('counts, for each query, the blocks and resolutions of the language that contain it, its own included', () => {
    for (const [queries, paragraphs] of [[zh, zhParagraphs], [en, enParagraphs]] as const) {
      for (const query of queries) {
        const count = occurrenceCounter(paragraphs, query.lang)(query.q);
        expect(query.occurrences, query.q).toBe(count.occurrences);
        expect(query.pages).toBe(count.pages);
        expect(query.occurrences).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('flags queries spanning punctuation', () => {
    for (const query of [...zh, ...en]) expect(query.punctuation, query.q).toBe(/[^\p{L}\p{M}\p{N}\s]/u.test(query.q));
    expect(zh.some((q) => q.punctuation)).toBe(true);
  });

  it('stops short of the count when the paragraphs have nothing more to give', () => {
    const tiny = paragraphsOfModel(model('zh', 'E/RES/2023/9', { preamble: [para('preamble-1', '区域')], body: [] }));
    expect(generateQueries(tiny, 'zh', { perLang: 5 }).map((q) => q.q)).toEqual(['区域']);
  });
});

describe('occurrenceCounter', () => {
  it('counts Chinese anywhere in a block, once per block', () => {
    expect(occurrenceCounter(zhParagraphs, 'zh')('区域')).toEqual({ occurrences: 7, pages: 3 });
    expect(occurrenceCounter(zhParagraphs, 'zh')('多利益攸关方')).toEqual({ occurrences: 2, pages: 2 });
  });

  it('counts other languages as whole words, whatever the case', () => {
    const count = occurrenceCounter(enParagraphs, 'en');
    expect(count('the theme')).toEqual({ occurrences: 1, pages: 1 });
    expect(count('regional meetings')).toEqual({ occurrences: 1, pages: 1 });
    expect(count('economic and social')).toEqual({ occurrences: 2, pages: 2 });
    expect(count('the regional')).toEqual({ occurrences: 2, pages: 2 });
    expect(count('on the')).toEqual({ occurrences: 1, pages: 1 });
  });
});

describe('drawWords', () => {
  it('takes punctuation off the ends of a phrase and keeps it inside', () => {
    const drawn = new Set(Array.from({ length: 200 }, (_, i) => drawWords(seededRandom(i), '(a) Council, Recalling “the plan”;')?.q));
    expect([...drawn].sort()).toEqual(['Council, Recalling', 'Council, Recalling “the', 'Recalling “the', 'Recalling “the plan', 'a) Council', 'a) Council, Recalling', 'the plan'].sort());
  });
});

describe('cutsWord', () => {
  it('tells a Chinese run that starts or ends inside a word from one on word boundaries', () => {
    const text = '经济及社会理事会';
    expect(cutsWord(text, 0, 2, 'zh')).toBe(false); // 经济
    expect(cutsWord(text, 1, 2, 'zh')).toBe(true); // 济及
  });
});

describe('makeQuerySet', () => {
  const root = mkdtempSync(join(tmpdir(), 'recall-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads the models of a site-shaped folder ({lang}/{symbol}.json), skipping other JSON', () => {
    for (const m of [...chinese, ...english]) {
      const file = join(root, m.lang, `${m.symbol}.json`);
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, JSON.stringify(m));
    }
    writeFileSync(join(root, 'zh', 'other.json'), '{"count": 1}');
    expect(loadModels(root, 'zh').map((m) => m.symbol)).toEqual(['E/RES/2023/1', 'E/RES/2023/2', 'E/RES/2023/3']);
    const set = makeQuerySet(root, ['zh', 'en'], { perLang: 12, seed: 'unit' });
    expect(set.queries.filter((q) => q.lang === 'zh')).toEqual(generateQueries(zhParagraphs, 'zh', { perLang: 12, seed: 'unit' }));
    expect(set.queries.filter((q) => q.lang === 'en')).toHaveLength(12);
  });
});
