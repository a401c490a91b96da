import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { EXAMPLE_COUNT, exampleScore } from '../../src/docs/sample-score.ts';
import { chooseSample, SAMPLE_SOURCE } from '../../src/docs/sample.ts';
import { generatedText } from '../helpers/bad-sources.ts';

/*
 * Issue 16, point 2: the docs' examples read the seed; an archive built without it shows the one
 * of its own pages that shows the most of the examples (ties: the UN's language order, then the
 * id), and an archive with no page to take them from has no sample (the docs then say so) — never
 * a failed build.
 */
const root = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'docs-sample-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());
mkdirSync(join(scratch, 'sources'), { recursive: true });
mkdirSync(join(scratch, '.generated'), { recursive: true });
// 48 numbered paragraphs, one preambular, no heading, no sub-paragraph: of the examples, para-12 only.
writeFileSync(join(scratch, 'sources/a.en.txt'), generatedText('2099/51', 48, 0));
writeFileSync(join(scratch, 'sources/b.en.txt'), generatedText('2099/52', 48, 0));
// Three paragraphs: none of the examples.
writeFileSync(join(scratch, 'sources/c.en.txt'), generatedText('2099/53', 3, 0));
copyFileSync(join(root, SAMPLE_SOURCE), join(scratch, 'sources/renamed.zh.txt'));
const manifest = (pages: Record<string, string>) => writeFileSync(join(scratch, '.generated/manifest.json'), JSON.stringify(Object.fromEntries(Object.entries(pages).map(([id, source]) => [id, { source }]))));

describe('the docs\' sample without the seed', () => {
  it('is the page that shows the most of the examples, when none shows them all', () => {
    manifest({ 'en/E/RES/2099/53': 'sources/c.en.txt', 'en/E/RES/2099/51': 'sources/a.en.txt', 'zh/E/RES/2099/9': 'sources/gone.zh.txt' });
    const sample = chooseSample(scratch);
    expect(sample?.symbol).toBe('E/RES/2099/51');
    expect(exampleScore(sample!)).toBe(1);
  });

  it('is the first of equals in the UN\'s language order, then by id', () => {
    manifest({ 'ru/E/RES/2099/51': 'sources/a.en.txt', 'fr/E/RES/2099/52': 'sources/b.en.txt' });
    expect(chooseSample(scratch)?.symbol).toBe('E/RES/2099/52');
    manifest({ 'en/E/RES/2099/52': 'sources/b.en.txt', 'en/E/RES/2099/51': 'sources/a.en.txt' });
    expect(chooseSample(scratch)?.symbol).toBe('E/RES/2099/51');
  });

  it('is a page that shows every example over any that comes before it', () => {
    manifest({ 'zh/E/RES/2000/1': 'sources/a.en.txt', 'en/E/RES/2015/26': 'sources/renamed.zh.txt' });
    const sample = chooseSample(scratch);
    expect(sample?.symbol).toBe('E/RES/2015/26');
    expect(exampleScore(sample!)).toBe(EXAMPLE_COUNT);
  });

  it('is none when the archive has no text or Akoma Ntoso page to read', () => {
    manifest({ 'zh/E/RES/2099/9': 'sources/gone.zh.txt' });
    expect(chooseSample(scratch)).toBeNull();
    rmSync(join(scratch, '.generated/manifest.json'));
    expect(chooseSample(scratch)).toBeNull();
  });
});

describe('the docs\' sample with the seed', () => {
  it('is the seed of the content folder, content/ or ARCHIVE_CONTENT_DIR\'s, whatever the archive holds', () => {
    manifest({ 'en/E/RES/2099/51': 'sources/a.en.txt' });
    mkdirSync(join(scratch, 'other'), { recursive: true });
    copyFileSync(join(root, SAMPLE_SOURCE), join(scratch, 'other/E-RES-2015-26.zh.txt'));
    vi.stubEnv('ARCHIVE_CONTENT_DIR', 'other');
    expect(chooseSample(scratch)?.symbol).toBe('E/RES/2015/26');
    vi.stubEnv('ARCHIVE_CONTENT_DIR', '');
    expect(chooseSample(scratch)?.symbol).toBe('E/RES/2099/51');
    expect(chooseSample(root)?.symbol).toBe('E/RES/2015/26');
  });
});
