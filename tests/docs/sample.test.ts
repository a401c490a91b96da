import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_SOURCE, sampleResolution } from '../../src/docs/sample.ts';
import { generatedText } from '../helpers/bad-sources.ts';

/*
 * Issue 16, point 2: the docs' examples read the seed; an archive built without it shows one of
 * its own pages instead, the first that has every anchor the examples show, else says so.
 */
const root = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'docs-sample-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
mkdirSync(join(scratch, 'sources'), { recursive: true });
mkdirSync(join(scratch, '.generated'), { recursive: true });
writeFileSync(join(scratch, 'sources/a.en.txt'), generatedText('2099/51', 48, 0));
const manifest = (pages: Record<string, string>) => writeFileSync(join(scratch, '.generated/manifest.json'), JSON.stringify(Object.fromEntries(Object.entries(pages).map(([id, source]) => [id, { source }]))));

describe('the docs\' sample without the seed', () => {
  it('says so, by name, when no page of the archive has what the examples show', () => {
    manifest({ 'en/E/RES/2099/51': 'sources/a.en.txt', 'zh/E/RES/2099/9': 'sources/gone.zh.txt' });
    expect(() => sampleResolution(scratch)).toThrow(`docs: ${SAMPLE_SOURCE} is gone, and none of the archive's 1 text or Akoma Ntoso pages has every anchor the docs' examples show`);
  });

  it('is the first page that has them, in the UN\'s language order', () => {
    copyFileSync(join(root, SAMPLE_SOURCE), join(scratch, 'sources/renamed.zh.txt'));
    manifest({ 'en/E/RES/2099/51': 'sources/a.en.txt', 'zh/E/RES/2015/26': 'sources/renamed.zh.txt' });
    expect(sampleResolution(scratch).symbol).toBe('E/RES/2015/26');
  });
});
