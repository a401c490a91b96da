import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resolution } from '../../src/schemas/resolution.ts';
import { badSources, copyCases, MANY_PARAGRAPHS, writeGeneratedSources, type BadSource } from '../helpers/bad-sources.ts';

/*
 * Issue 8, point 5, through the build: scripts/build.ts given the bad-sources corpus (and the two
 * generated extremes) finishes, names every file it refuses with the reason, keeps every good one,
 * and with ARCHIVE_STRICT=1 fails, naming them. Past a handful, the terminal counts them by kind
 * and the build's report file (issue 15, point 6) names each.
 */
const root = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'bad-sources-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const corpus = join(scratch, 'corpus');
const cases = copyCases(badSources(), corpus);
const generated = writeGeneratedSources(join(corpus, 'generated'));

/** One run of scripts/build.ts over the corpus, into a folder of its own (never the project's .generated/). */
function build(name: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const sources = relative(root, corpus);
  return spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_SOURCES: sources, ARCHIVE_GENERATED_DIR: join(scratch, name), ARCHIVE_NO_CACHE: '1', ...env },
  });
}

/** The source path the build prints for a file of the corpus. */
const shown = (file: string) => relative(root, file);
const report = (name: string) => readFileSync(join(scratch, name, 'build-report.txt'), 'utf8');
const model = (generatedDir: string, symbol: string) => JSON.parse(readFileSync(join(generatedDir, 'models', 'en', `${symbol}.json`), 'utf8')) as Resolution;

describe('the bad-sources corpus through scripts/build.ts', () => {
  let run: SpawnSyncReturns<string>;
  let strict: SpawnSyncReturns<string>;
  beforeAll(() => {
    run = build('plain');
    strict = build('strict', { ARCHIVE_STRICT: '1' });
  }, 240_000);

  const refused = [...cases].filter(([, c]) => c.expected?.outcome === 'refused') as [string, BadSource][];
  const kept = [...cases].filter(([, c]) => c.expected?.outcome === 'model') as [string, BadSource][];

  it('finishes, with no stack trace', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('names every file it refuses, with the reason parse gives', () => {
    for (const [file, c] of refused) {
      const reason = (c.expected as { message: string }).message.replace(/^input\.\w+/, '');
      expect(report('plain'), c.name).toContain(`  ${shown(file)}${reason}\n`);
    }
  });

  it('keeps every good file, and reports the warnings of each by name', () => {
    for (const [file, c] of kept) {
      if (c.expected?.outcome !== 'model') continue;
      const { symbol, warnings } = c.expected.resolution;
      expect(existsSync(join(scratch, 'plain', 'models', 'en', `${symbol}.json`)), c.name).toBe(true);
      for (const warning of warnings) expect(report('plain')).toContain(`  ${shown(file)}: ${warning}\n`);
    }
    expect(model(join(scratch, 'plain'), 'E/RES/2099/91').body).toHaveLength(MANY_PARAGRAPHS);
    expect(model(join(scratch, 'plain'), 'E/RES/2099/92').body).toHaveLength(generated.tenMegabytesCount);
    expect(run.stdout).toMatch(new RegExp(`${refused.length} refused`));
  });

  it('fails with ARCHIVE_STRICT=1, naming every refused file', () => {
    expect(strict.status).toBe(1);
    expect(strict.stderr).not.toMatch(/^\s+at /m);
    for (const [file] of refused) expect(report('strict')).toContain(`  ${shown(file)}`);
  });

  it('counts the refusals and warnings by kind on the terminal, never one line each past a handful, and names the report', () => {
    expect(refused.length).toBeGreaterThan(8);
    expect(run.stderr).toContain(`build: ${refused.length} sources refused or skipped, by kind:`);
    expect(run.stderr).toMatch(/^build: {3}\d+ × the file is empty$/m);
    for (const [file] of refused) expect(run.stderr).not.toContain(shown(file));
    expect(run.stderr).toContain(`build: each with its file and line: ${relative(root, join(scratch, 'plain', 'build-report.txt'))}`);
  });
});
