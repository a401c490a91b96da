import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings, SettingsError } from '../../src/config/settings.ts';

/*
 * Issue 16, point 5: every setting checked once, at start, by src/config/settings.ts; a value the
 * archive cannot use is refused with a message naming the variable and what it accepts, never
 * replaced by a default in silence, never left to Astro's stack traces.
 */
const root = join(import.meta.dirname, '../..');
const problemsOf = (env: Record<string, string>) => {
  try {
    readSettings(env, root);
    return [];
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    return [...error.problems];
  }
};

describe('readSettings', () => {
  it('gives the defaults when nothing is set', () => {
    const settings = readSettings({}, root);
    expect(settings).toMatchObject({ base: '/', site: undefined, outDir: join(root, 'dist'), slicePages: 4000, pagefindMaxFragments: 1000, searchRecordSize: 4000, convertWorkers: undefined, astroHeapMb: undefined, strict: false, noCache: false, pagefind: true, indexAlongside: true, sources: [], contentDir: join(root, 'content') });
  });

  it('takes good values as given', () => {
    const settings = readSettings({ ARCHIVE_BASE: '/archive/', ARCHIVE_SITE: 'https://example.org/un', ARCHIVE_SLICE_PAGES: '1', ARCHIVE_CONVERT_WORKERS: '2', ARCHIVE_ASTRO_HEAP_MB: '4096', ARCHIVE_STRICT: '1', ARCHIVE_PAGEFIND: '0', ARCHIVE_OUT_DIR: '.cache/test-dist', ARCHIVE_SOURCES: 'a:b', ARCHIVE_CONTENT_DIR: 'tests/fixtures/site' }, root);
    expect(settings).toMatchObject({ contentDir: join(root, 'tests/fixtures/site'), base: '/archive/', site: 'https://example.org/un', slicePages: 1, convertWorkers: 2, astroHeapMb: 4096, strict: true, pagefind: false, outDir: join(root, '.cache/test-dist'), sources: ['a', 'b'] });
    expect(readSettings({ ARCHIVE_BASE: '/a/b.c/~d' }, root).base).toBe('/a/b.c/~d');
  });

  it.each([
    ['ARCHIVE_BASE', '//evil.example/'],
    ['ARCHIVE_BASE', '/../x/'],
    ['ARCHIVE_BASE', '/?x/'],
    ['ARCHIVE_BASE', '/a/#b/'],
    ['ARCHIVE_BASE', 'archive/'],
    ['ARCHIVE_BASE', 'https://evil.example/'],
    ['ARCHIVE_SITE', 'not a url'],
    ['ARCHIVE_SITE', 'javascript:alert(1)//'],
    ['ARCHIVE_SITE', 'ftp://example.org'],
    ['ARCHIVE_SITE', 'https://user:pw@example.org'],
    ['ARCHIVE_SITE', 'https://example.org/?x'],
    ['ARCHIVE_SLICE_PAGES', 'abc'],
    ['ARCHIVE_SLICE_PAGES', '-1'],
    ['ARCHIVE_SLICE_PAGES', '0'],
    ['ARCHIVE_SLICE_PAGES', '1.5'],
    ['ARCHIVE_CONVERT_WORKERS', '0'],
    ['ARCHIVE_ASTRO_HEAP_MB', '12'],
    ['ARCHIVE_PAGEFIND_MAX_FRAGMENTS', 'many'],
    ['ARCHIVE_SEARCH_RECORD_SIZE', '-4000'],
    ['ARCHIVE_STRICT', 'yes'],
    ['ARCHIVE_NO_CACHE', 'true'],
    ['ARCHIVE_PAGEFIND', 'off'],
    ['ARCHIVE_INDEX_ALONGSIDE', 'no'],
    ['ARCHIVE_OUT_DIR', '/'],
    ['ARCHIVE_OUT_DIR', '.'],
    ['ARCHIVE_OUT_DIR', '..'],
    ['ARCHIVE_CONTENT_DIR', 'no-such-folder'],
    ['ARCHIVE_CONTENT_DIR', 'README.md'],
  ])('refuses %s=%s, naming it and what it accepts', (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name}: ${JSON.stringify(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not .*; give|^${name}: .* is not (?:a whole number|0 or 1)|^${name}: .* is the project or a folder above it; give`));
  });

  it('names every bad setting at once', () => {
    expect(problemsOf({ ARCHIVE_BASE: '//x/', ARCHIVE_SLICE_PAGES: 'abc', ARCHIVE_CONVERT_WORKERS: '0' }).map((p) => p.slice(0, p.indexOf(':')))).toEqual(['ARCHIVE_BASE', 'ARCHIVE_SLICE_PAGES', 'ARCHIVE_CONVERT_WORKERS']);
  });
});

describe('the scripts, given a bad setting', () => {
  it.each(['scripts/build.ts', 'scripts/site.ts'])('%s stops at once with the message, exit code 2, no stack trace', (script) => {
    const run = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8', env: { ...process.env, ARCHIVE_BASE: '//evil.example/', ARCHIVE_SLICE_PAGES: '-1' } });
    const prefix = script.includes('build') ? 'build' : 'site';
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `${prefix}: ARCHIVE_BASE: "//evil.example/" is not a path on the site's host; give one such as /archive/ (one / first, then names of letters, digits, - _ . ~ between slashes; no "..", "?", "#" or //)\n` +
        `${prefix}: ARCHIVE_SLICE_PAGES: "-1" is not a whole number of pages, 1 or more (default 4000)\n`,
    );
    expect(run.stdout).toBe('');
  });
});
