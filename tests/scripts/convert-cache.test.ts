import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertCache, pipelineVersion } from '../../scripts/lib/convert-cache.ts';

const scratch = mkdtempSync(join(tmpdir(), 'convert-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the conversion cache', () => {
  const bytes = new TextEncoder().encode('<akomaNtoso/>');

  it('finds a result by the bytes, the path and the pipeline version, and by nothing else', () => {
    const cache = convertCache(join(scratch, 'a'), 'v1');
    const key = cache.keyOf(bytes, 'corpus/a.xml');
    expect(cache.get(key)).toBeNull();
    const card = { id: 'en/E/RES/2020/1', symbol: 'E/RES/2020/1', organ: 'ECOSOC' as const, number: '2020/1', lang: 'en' as const, title: 'T', adopted: null, meeting: null, agendaItem: null, session: null, agendaTitle: null, sdgGoals: [], subjects: [] };
    const links = { anchors: ['para-1'], refs: [] };
    const result = { key: 'en/E/RES/2020/1', mdx: 'x', model: '{}', card, links, warnings: ['w'], kind: 'akn' as const, reissue: { date: '2020-08-03', note: 'Reissued for technical reasons on 3 August 2020.' } };
    cache.set(key, result);
    expect(cache.get(key)).toEqual(result);
    expect(cache.keyOf(bytes, 'corpus/a.xml')).toBe(key);
    expect(cache.keyOf(bytes, 'corpus/b.xml')).not.toBe(key);
    expect(cache.keyOf(new TextEncoder().encode('<akomaNtoso />'), 'corpus/a.xml')).not.toBe(key);
    expect(convertCache(join(scratch, 'a'), 'v2').keyOf(bytes, 'corpus/a.xml')).not.toBe(key);
  });

  it('keeps refusals too, so an unreadable source is not read again', () => {
    const cache = convertCache(join(scratch, 'b'), 'v1');
    const key = cache.keyOf(bytes, 'corpus/broken.xml');
    cache.set(key, { refused: 'corpus/broken.xml:1: not well-formed XML' });
    expect(cache.get(key)).toEqual({ refused: 'corpus/broken.xml:1: not well-formed XML' });
  });

  it('changes version when the code of the pipeline changes', () => {
    const root = join(scratch, 'root');
    for (const dir of ['src/pipeline', 'src/schemas', 'scripts/lib']) mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, 'scripts/build.ts'), '// build');
    writeFileSync(join(root, 'src/pipeline/a.ts'), 'export const a = 1;');
    const before = pipelineVersion(root);
    expect(pipelineVersion(root)).toBe(before);
    writeFileSync(join(root, 'src/pipeline/a.ts'), 'export const a = 2;');
    expect(pipelineVersion(root)).not.toBe(before);
  });
});
