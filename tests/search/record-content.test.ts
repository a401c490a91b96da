import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefindApi from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { resolutionMetadata } from '../../src/pipeline/emit/resolution-metadata.ts';
import type { CatalogueCard } from '../../src/schemas/catalogue-card.ts';
import type { Resolution } from '../../src/schemas/resolution.ts';
import type { RecordBlock } from '../../src/search/record-shape.ts';
import { blockTexts, type PagefindRecordData } from '../../src/search/search-engine.ts';
import { searchRecords } from '../../src/search/search-records.ts';

/*
 * Outside Chinese a record's `blocks` meta gives the count of the content's words in place of a
 * block's text (search-records.ts): the text comes back from the content Pagefind stores. Checked
 * here through Pagefind itself, since it is Pagefind's splitting of the content that must match.
 */

const para = (id: string, text: string) => ({ kind: 'para' as const, id, num: id.split('-').at(-1)!, text, notes: [], items: [] });
const model: Resolution = {
  symbol: 'E/RES/2023/3',
  organ: 'ECOSOC',
  number: '2023/3',
  lang: 'fr',
  // Two spaces: not given back by the content's words, so the record keeps this text.
  title: 'Forum sur la gouvernance  de l’Internet',
  adopted: '2023-06-07',
  meeting: 20,
  agendaItem: '18 (b)',
  preamble: [para('preamble-1', 'Rappelant sa résolution 2015/26 du 22 juillet 2015,')],
  body: [para('para-1', 'Décide de prolonger le mandat du Forum ; '.repeat(120).trim()), { kind: 'heading', id: 'section-1', text: 'Suivi' }, para('para-2', 'Prie le Secrétaire général\u200b de lui faire rapport « à sa session ».')],
  annexes: [],
  footnotes: [{ id: 'fn-1', n: 1, text: 'A/RES/70/1.' }],
  refs: [],
  warnings: [],
};
const card: CatalogueCard = { ...resolutionMetadata(model), id: 'fr/E/RES/2023/3', session: null, agendaTitle: null, sdgGoals: [9], subjects: [] };
const out = mkdtempSync(join(tmpdir(), 'record-content-'));

afterAll(async () => {
  await pagefindApi.close();
  rmSync(out, { recursive: true, force: true });
});

describe('records outside Chinese', () => {
  const records = searchRecords(model, card);

  it('count the words of a block where they give its text back, and keep the text where not', () => {
    const blocks = records.flatMap((record) => JSON.parse(record.meta.blocks) as RecordBlock[]);
    expect(blocks.map(([id, , text]) => [id, typeof text])).toEqual([
      ['', 'string'],
      ['preamble-1', 'number'],
      ['para-1', 'number'],
      ['section-1', 'number'],
      ['para-2', 'string'],
      ['fn-1', 'number'],
    ]);
  });

  it('give every block’s text back from the content Pagefind stores', async () => {
    const { index } = await pagefindApi.createIndex({});
    for (const record of records) expect((await index!.addCustomRecord(record)).errors).toEqual([]);
    await index!.writeFiles({ outputPath: out });
    const stored = readdirSync(join(out, 'fragment')).map((file) => {
      const raw = gunzipSync(readFileSync(join(out, 'fragment', file))).toString('utf8');
      return JSON.parse(raw.slice(raw.indexOf('{'))) as PagefindRecordData;
    });
    const texts = Object.fromEntries(stored.flatMap((data) => blockTexts(data, 'fr')).map(([id, , text]) => [id, text]));
    expect(texts).toEqual({
      '': model.title,
      'preamble-1': model.preamble[0]!.text,
      'para-1': (model.body[0] as { text: string }).text,
      'section-1': 'Suivi',
      'para-2': (model.body[2] as { text: string }).text,
      'fn-1': 'A/RES/70/1.',
    });
  });
});
