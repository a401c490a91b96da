import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleDist } from '../../../scripts/site/assemble-dist.ts';

const scratch = mkdtempSync(join(tmpdir(), 'assemble-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function write(dir: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const list = (dir: string, prefix = ''): string[] =>
  readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? list(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`])).sort();

describe('assembleDist', () => {
  it('takes pages and assets from the slices, everything else from the lists part', () => {
    const a = write(join(scratch, 'a'), { 'en/E/RES/2020/1/index.html': 'a', 'en/E/RES/2020/1.json': '{}', '_astro/x.css': 'css', 'index.html': 'stale home', 'api/index.json': 'stale' });
    const b = write(join(scratch, 'b'), { 'fr/E/RES/2020/1/index.html': 'b', '_astro/x.css': 'css', 'index.html': 'stale home' });
    const lists = write(join(scratch, 'lists'), { 'index.html': 'home', 'en/index.html': 'en home', 'api/index.json': '[]', '_astro/y.css': 'css2', 'favicon.svg': '<svg/>' });
    const out = join(scratch, 'dist');
    writeFileSync(join(scratch, 'leftover'), '');
    const { files } = assembleDist(out, [
      { dir: a, role: 'pages' },
      { dir: b, role: 'pages' },
      { dir: lists, role: 'lists' },
    ]);
    expect(list(out)).toEqual(['_astro/x.css', '_astro/y.css', 'api/index.json', 'en/E/RES/2020/1.json', 'en/E/RES/2020/1/index.html', 'en/index.html', 'favicon.svg', 'fr/E/RES/2020/1/index.html', 'index.html']);
    expect(files).toBe(9);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('home');
  });

  it('fails, naming the path, when two parts write the same page', () => {
    const a = write(join(scratch, 'c'), { 'en/E/RES/2020/1/index.html': 'a' });
    const b = write(join(scratch, 'd'), { 'en/E/RES/2020/1/index.html': 'b' });
    expect(() => assembleDist(join(scratch, 'dist2'), [{ dir: a, role: 'pages' }, { dir: b, role: 'pages' }])).toThrow(/en\/E\/RES\/2020\/1\/index\.html is written by two parts/);
  });
});
