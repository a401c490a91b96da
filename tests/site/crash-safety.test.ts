import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteTree, treeDifferences } from '../helpers/site-tree.ts';

/*
 * The build's caches after a build stopped dead (SIGKILL, as the kernel's out-of-memory killer or
 * a power cut stops it) at each stage: while the converted pages are put in place, while a slice
 * renders, while the lists render, while a language is indexed (scripts/lib/crash-point.ts).
 * Each time the stopped build had a changed source; the next build, from the original sources,
 * must equal the clean build file for file: nothing the stopped build left may be trusted.
 */
const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.cache/test-crash');
const sources = join(work, 'sources');
const source = join(sources, 'E-RES-2016-1.zh.txt');
const original = readFileSync(join(root, 'tests/fixtures/site/E-RES-2016-1.zh.txt'), 'utf8');
// A new title (so that the catalogue and the lists change too) and a new paragraph.
const changed = original.replace('成果的后续行动', '成果的后续行动和审查').replace('继续审议这一问题', '在今后会议上审议这一问题');
const env = {
  ARCHIVE_SOURCES: sources,
  ARCHIVE_GENERATED_DIR: join(work, 'generated'),
  ARCHIVE_OUT_DIR: join(work, 'dist'),
  ARCHIVE_BASE: '/archive/',
};

// Not the variables Vitest sets in its workers for import.meta.env (BASE_URL "/" would win over ARCHIVE_BASE in Astro).
const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(name)));

/** Runs `npm run build`'s two steps; how the last one ended. */
function build(crashAt?: string): { status: number | null; signal: NodeJS.Signals | null; output: string } {
  let output = '';
  for (const script of ['scripts/build.ts', 'scripts/site.ts']) {
    const run = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8', env: { ...inherited, ...env, ...(crashAt ? { ARCHIVE_CRASH_AT: crashAt } : {}) } });
    output += run.stdout + run.stderr;
    if (run.status !== 0) return { status: run.status, signal: run.signal, output };
  }
  return { status: 0, signal: null, output };
}

describe('a build stopped dead at any stage', () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(sources, { recursive: true });
  copyFileSync(join(root, 'tests/fixtures/site/E-RES-2016-1.zh.txt'), source);

  it('leaves nothing the next build trusts: the next build equals a clean one', { timeout: 600_000 }, () => {
    const clean = build();
    expect(clean.status, clean.output).toBe(0);
    const reference = siteTree(env.ARCHIVE_OUT_DIR);
    expect(reference.size).toBeGreaterThan(20);
    // Built for its base, as every other build of this test.
    expect(readFileSync(join(env.ARCHIVE_OUT_DIR, 'zh/E/RES/2016/1/index.html'), 'utf8')).toContain('href="/archive/zh/');
    for (const stage of ['convert', 'render', 'lists', 'index']) {
      writeFileSync(source, changed);
      const stopped = build(stage);
      expect(stopped.signal, `${stage}: ${stopped.output}`).toBe('SIGKILL');
      writeFileSync(source, original);
      const next = build();
      expect(next.status, `${stage}: ${next.output}`).toBe(0);
      expect(treeDifferences(reference, siteTree(env.ARCHIVE_OUT_DIR)), `after a build stopped at "${stage}"`).toEqual({ onlyOne: [], differing: [] });
    }
  });

  it('and a second build in the same folder stops with a message while one runs', () => {
    const lock = join(env.ARCHIVE_GENERATED_DIR, 'build.lock');
    // A lock held by a running process (this one): the build must not write beside it.
    writeFileSync(lock, `${process.pid}\n`);
    try {
      const second = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, encoding: 'utf8', env: { ...inherited, ...env } });
      expect(second.status).toBe(1);
      expect(second.stderr).toContain('another build is running');
      expect(second.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(lock, { force: true });
    }
  });
});
