import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSources } from '../../scripts/lib/find-sources.ts';
import { MAX_SOURCE_BYTES } from '../../scripts/lib/read-source.ts';
import { runningAsRoot, unlockHostileFolder, writeHostileFolder } from '../helpers/source-folders.ts';

/*
 * Issue 16, points 1–3 and 6: files and folders that must not hang the build, fill its memory,
 * stop it, or drop the good sources around them. Every entry is made here, in a scratch folder
 * (the large file is sparse): a FIFO, a link to /dev/zero, a file over MAX_SOURCE_BYTES, a loop
 * of links, a link to its own folder, a dangling link, an unreadable file and sub-folder, an
 * empty folder. The unreadable ones are unreadable only to a user other than root.
 */
const root = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'source-files-'));
const { folder, empty, good } = writeHostileFolder(scratch, MAX_SOURCE_BYTES);
afterAll(() => {
  unlockHostileFolder(folder);
  rmSync(scratch, { recursive: true, force: true });
});
const shown = (path: string) => relative(root, path);

describe('findSources over a hostile folder', () => {
  const { files, problems } = findSources(root, `${folder}:${empty}`);
  const problem = (name: string) => problems.find((line) => line.startsWith(`${shown(join(folder, name))}: `));

  it('finds every good file, before and after each bad entry', () => {
    for (const { file } of good) expect(files).toContain(file);
  });

  it('names each bad entry for what it is, and skips it alone', () => {
    expect(problem('f.txt')).toBe(`${shown(join(folder, 'f.txt'))}: a FIFO (named pipe), not a regular file; skipped`);
    expect(problem('zero.txt')).toBe(`${shown(join(folder, 'zero.txt'))}: a link to /dev/zero, a device, not a regular file; skipped`);
    expect(problem('loop-a.txt')).toBe(`${shown(join(folder, 'loop-a.txt'))}: a loop of symbolic links; skipped`);
    expect(problem('b.txt')).toBe(`${shown(join(folder, 'b.txt'))}: a loop of symbolic links; skipped`);
    expect(problem('d')).toBe(`${shown(join(folder, 'd'))}: a link to a folder already read (${shown(folder)}); skipped`);
    expect(problem('dangling.txt')).toBe(`${shown(join(folder, 'dangling.txt'))}: a symbolic link to missing.txt, which does not exist; skipped`);
    expect(problems.join('\n')).not.toContain('listed in ARCHIVE_SOURCES but there is no such file or folder');
  });

  it('says a folder holds no source', () => {
    expect(problems).toContain(`${shown(empty)}: no source in this folder (files ending in .txt, .xml or .pdf)`);
  });

  it.skipIf(runningAsRoot)('names a sub-folder it cannot read', () => {
    expect(problem('n-locked')).toBe(`${shown(join(folder, 'n-locked'))}: a folder that cannot be read (permission denied); skipped`);
  });
});

describe('scripts/build.ts and npm run parse over a hostile folder', () => {
  let build: SpawnSyncReturns<string>;
  const generated = join(scratch, 'generated');
  beforeAll(() => {
    build = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, ARCHIVE_SOURCES: `${shown(folder)}:${shown(empty)}`, ARCHIVE_GENERATED_DIR: generated, ARCHIVE_NO_CACHE: '1', ARCHIVE_STRICT: '' },
    });
  }, 150_000);

  it('ends, with no stack trace, and builds every good file', () => {
    expect(build.error).toBeUndefined();
    expect(build.status, build.stderr).toBe(0);
    expect(build.stderr).not.toMatch(/^\s+at /m);
    for (const { symbol } of good) expect(existsSync(join(generated, 'models', 'en', `${symbol}.json`)), symbol).toBe(true);
  });

  it('refuses a file over the size limit, naming the limit', () => {
    expect(build.stderr).toContain(`${shown(join(folder, 'huge.txt'))}: 100 MB, more than the 100 MB a source may have (MAX_SOURCE_BYTES); skipped`);
  });

  it('parse refuses a FIFO, a device and a large file at once, and still prints the good one', () => {
    const run = spawnSync(process.execPath, ['scripts/parse.ts', join(folder, 'f.txt'), join(folder, 'zero.txt'), join(folder, 'huge.txt'), good[0]!.file], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`parse: ${join(folder, 'f.txt')}: a FIFO (named pipe), not a regular file`);
    expect(run.stderr).toContain(`parse: ${join(folder, 'zero.txt')}: a device, not a regular file`);
    expect(run.stderr).toContain(`parse: ${join(folder, 'huge.txt')}: 100 MB, more than the 100 MB a source may have (MAX_SOURCE_BYTES)`);
    expect((JSON.parse(run.stdout) as { symbol: string }[]).map((model) => model.symbol)).toEqual([good[0]!.symbol]);
  });

  it.skipIf(runningAsRoot)('names an unreadable file, permission denied, and goes on', () => {
    expect(build.stderr).toContain(`${shown(join(folder, 'p-unreadable.txt'))}: permission denied`);
  });
});
