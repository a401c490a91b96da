import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, rewrite } from '../../scripts/bench/corpus.ts';
import { importSource } from '../../src/pipeline/import-source.ts';

const REAL = join(import.meta.dirname, '../../../shared/corpus/ecosoc-akn');
const scratch = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the benchmark corpus (skipped where ../shared/corpus/ecosoc-akn is absent)', () => {
  it.runIf(existsSync(REAL))('is the same files, byte for byte, for the same N', () => {
    const a = generateCorpus(REAL, join(scratch, 'a'), 1500);
    const b = generateCorpus(REAL, join(scratch, 'b'), 1500);
    expect(a.documents).toEqual(b.documents);
    expect(a.documents).toHaveLength(1500);
    for (const { file } of a.documents.filter((_, i) => i % 50 === 0)) {
      expect(readFileSync(join(a.folder, file), 'utf8')).toBe(readFileSync(join(b.folder, file), 'utf8'));
    }
  });

  it.runIf(existsSync(REAL))('gives every document a symbol and language of its own, beyond one copy of the real corpus', () => {
    const { documents } = generateCorpus(REAL, join(scratch, 'c'), 1500);
    const keys = documents.map((d) => d.file.replace(/^.*\//, ''));
    expect(new Set(keys).size).toBe(documents.length);
    expect(new Set(documents.map((d) => d.symbol)).size).toBeGreaterThan(250);
  });

  it.runIf(existsSync(REAL))('is read by the importer under the new symbol, with the real text', async () => {
    const { folder, documents } = generateCorpus(REAL, join(scratch, 'd'), 1400);
    for (const doc of [documents[0], documents[700], documents[1399]]) {
      if (!doc) throw new Error('missing document');
      const imported = await importSource(readFileSync(join(folder, doc.file)), doc.file);
      expect(imported.resolution.symbol).toBe(doc.symbol);
      expect(imported.resolution.preamble.length + imported.resolution.body.length).toBeGreaterThan(0);
    }
  });
});

describe('rewrite', () => {
  const xml = [
    '<FRBRthis value="/akn/un/statement/deliberation/unecosoc/2023-06-07/2023-5/eng@!main/"></FRBRthis>',
    '<FRBRdate date="2023-06-07" name="adoption"></FRBRdate><x date="0001-01-01"/>',
    '<docNumber refersTo="#symbol">E/RES/2023/5</docNumber>',
    '<docNumber>2023/5.</docNumber>',
  ].join('\n');

  it('leaves copy 0 of a 2021 resolution as it is, and moves later copies to other years and numbers', () => {
    expect(rewrite(xml.replaceAll('2023', '2021'), 0)?.symbol).toBe('E/RES/2024/5');
    const copy = rewrite(xml, 1);
    expect(copy?.symbol).toBe('E/RES/2018/5');
    expect(copy?.xml).toContain('unecosoc/2018-06-07/2018-5/eng@!main/');
    expect(copy?.xml).toContain('<FRBRdate date="2018-06-07"');
    expect(copy?.xml).toContain('date="0001-01-01"');
    expect(copy?.xml).toContain('>E/RES/2018/5</docNumber>');
    expect(copy?.xml).toContain('<docNumber>2018/5.</docNumber>');
    expect(rewrite(xml, 40)?.symbol).toMatch(/^E\/RES\/\d{4}\/(?:1|2)05$/);
  });

  it('refuses a document with no FRBR work number', () => {
    expect(rewrite('<akomaNtoso/>', 0)).toBeNull();
  });
});
