import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { attributeValues, elementById, textOf } from '../helpers/html.ts';
import { blockTexts, type PagefindRecordData } from '../../src/search/search-engine.ts';
import type { Resolution } from '../../src/schemas/resolution.ts';
import { searchableBlocks } from '../../src/search/searchable-blocks.ts';
import { contractIds, footnoteRefIds, paragraphsOf, type ModelAnchors } from '../helpers/model-ids.ts';

/** The built page of the seed resolution, against the model the pipeline generated for it. */
const LANG = 'zh';
const SYMBOL = 'E/RES/2015/26';

const siteDir = inject('siteDir');
const base = inject('siteBase');
const root = resolve(import.meta.dirname, '../..');

let html: string;
let model: ModelAnchors & Record<string, unknown>;

beforeAll(() => {
  html = readFileSync(join(siteDir, LANG, SYMBOL, 'index.html'), 'utf8');
  model = JSON.parse(readFileSync(join(root, '.generated/models', LANG, `${SYMBOL}.json`), 'utf8'));
});

describe(`/${LANG}/${SYMBOL}/`, () => {
  it('is a Chinese page', () => {
    expect(html).toMatch(/<html lang="zh"[\s>]/);
  });

  it('has every contract anchor of the model exactly once', () => {
    const ids = attributeValues(html, 'id');
    const expected = contractIds(model);
    expect(expected.length).toBeGreaterThan(0);
    for (const id of expected) {
      expect(ids.filter((found) => found === id), id).toHaveLength(1);
    }
  });

  it('has no duplicate ids at all', () => {
    const ids = attributeValues(html, 'id');
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('resolves every in-page link to an element on the page', () => {
    const ids = new Set(attributeValues(html, 'id'));
    const fragments = attributeValues(html, 'href').filter((href) => href.startsWith('#'));
    expect(fragments.length).toBeGreaterThan(0);
    for (const href of fragments) expect(ids.has(decodeURIComponent(href.slice(1))), href).toBe(true);
  });

  it('gives every paragraph a ¶ permalink to itself', () => {
    const hrefs = new Set(attributeValues(html, 'href'));
    for (const para of paragraphsOf(model)) expect(hrefs.has(`#${para.id}`), para.id).toBe(true);
  });

  it('links each footnote mark to its footnote and each footnote back to each of its marks', () => {
    for (const [n, refIds] of footnoteRefIds(model)) {
      for (const refId of refIds) {
        expect(html).toContain(`<sup><a id="${refId}" href="#fn-${n}">${n}</a></sup>`);
      }
      const footnote = elementById(html, `fn-${n}`);
      expect(footnote?.tag).toBe('li');
      expect(attributeValues(footnote?.inner ?? '', 'href').filter((href) => href.startsWith('#fnref-'))).toEqual(
        refIds.map((id) => `#${id}`),
      );
    }
  });

  it('links citations of documents outside the archive to undocs.org in Chinese', () => {
    const undocs = attributeValues(html, 'href').filter((href) => href.startsWith('https://undocs.org/'));
    expect(undocs).toContain('https://undocs.org/zh/E/2015/31');
    expect(undocs).toContain('https://undocs.org/zh/E/RES/2014/27');
    for (const href of undocs) expect(href).toMatch(/^https:\/\/undocs\.org\/zh\//);
    for (const link of html.matchAll(/<a\b[^>]*href="https?:[^"]*"[^>]*>/g)) {
      expect(link[0]).toContain('rel="noopener noreferrer"');
    }
  });

  it('shows each citation with exactly its printed words', () => {
    const citation = /<a class="cite" href="https:\/\/undocs\.org\/zh\/E\/RES\/2014\/27"[^>]*>([^<]*)<\/a>/g;
    expect([...html.matchAll(citation)].map((match) => match[1])).toContain('第 2014/27 号决议第 57 段');
  });

  it('carries no Pagefind markup: the index is made from the models (src/search/search-records.ts)', () => {
    expect(html).not.toMatch(/data-pagefind-/);
  });

  it('has the header of the printed document: adoption line, number and title, closing lines', () => {
    const text = textOf(html);
    expect(text).toContain('2015 年 7 月 22 日经济及社会理事会决议');
    expect(text).toContain('2015/26. 评估信息社会世界首脑会议成果的执行情况及后续行动方面取得的进展');
    expect(text).toContain('第 54 次全体会议');
    expect(text).toContain('资料来源：联合国');
  });

  it(`keeps every site link under the base ${base}`, () => {
    const local = [...attributeValues(html, 'href'), ...attributeValues(html, 'src')].filter((url) =>
      url.startsWith('/'),
    );
    expect(local.length).toBeGreaterThan(0);
    for (const url of local) expect(url.startsWith(base), url).toBe(true);
  });
});

describe(`/${LANG}/${SYMBOL}.json`, () => {
  it('is the model', () => {
    const served = JSON.parse(readFileSync(join(siteDir, LANG, `${SYMBOL}.json`), 'utf8'));
    expect(served).toEqual(model);
  });
});

describe('the Pagefind index', () => {
  it('has a Chinese index', () => {
    const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.zh?.page_count).toBeGreaterThan(0);
  });

  /** Every record of the index: a fragment is gzipped JSON behind Pagefind's signature. */
  const records = () => {
    const dir = join(siteDir, 'pagefind/fragment');
    return readdirSync(dir).map((file) => {
      const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
      return JSON.parse(raw.slice(raw.indexOf('{'))) as PagefindRecordData;
    });
  };

  it(`holds every paragraph, heading and footnote of ${SYMBOL} under its id, with its text, in reading order`, () => {
    const own = records()
      .filter((record) => record.url.startsWith(`/${LANG}/${SYMBOL}/`))
      .sort((a, b) => (a.url === `/${LANG}/${SYMBOL}/` ? -1 : b.url === `/${LANG}/${SYMBOL}/` ? 1 : 0));
    expect(own.length, 'the page is indexed').toBeGreaterThan(0);
    const blocks = own.flatMap((record) => blockTexts(record));
    const expected = searchableBlocks(model as unknown as Resolution);
    expect(new Set(blocks.map(([id]) => id))).toEqual(new Set(['', ...expected.map((block) => block.id)]));
    for (const block of expected) expect(blocks.find(([id]) => id === block.id)?.[2], block.id).toBe(block.text);
    expect(blocks.find(([id]) => id === '')?.[2]).toBe(model.title);
    // The Chinese content is the archive's character terms, not Pagefind's words.
    expect(own[0]!.content).toMatch(/^[a-z\s\u200b]+$/);
  });

  it('indexes the resolution pages only, each under its language', () => {
    const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    const generated = readdirSync(join(root, '.generated/resolutions'), { recursive: true })
      .filter((file) => String(file).endsWith('.mdx'))
      .map((file) => `/${String(file).replace(/\.mdx$/, '')}/`);
    const pages = new Set(records().map((record) => decodeURI(record.meta.page ?? '')));
    expect([...pages].sort()).toEqual(generated.map((page) => decodeURI(page)).sort());
    const counted = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((sum, language) => sum + language.page_count, 0);
    expect(counted).toBe(records().length);
  });
});
