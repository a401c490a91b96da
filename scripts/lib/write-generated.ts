import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeAtomically } from '../../src/utils/write-atomically.ts';
import { crashPoint } from './crash-point.ts';

/** Writes the generated files of one folder through a staging folder, so that a build that fails or is stopped changes nothing in it. */
export interface GeneratedWriter {
  /** Keeps a file the last run wrote, unread; false when it is not there (then write it). */
  keep(path: string): boolean;
  /** Stages a file, unless the folder already holds these bytes. */
  write(path: string, content: string): void;
  /** Takes back a file this build wrote or kept (its page was refused after all): `finish` removes it. */
  forget(path: string): void;
  /** The file as this build has it so far: staged, else as the last build left it; null when neither has it. */
  read(path: string): string | null;
  /** Puts the staged files in place and removes the files no source produces any more. */
  finish(): { written: number; removed: number };
  /** Drops what was staged: the folder stays as the last build left it. */
  discard(): void;
}

/**
 * Writes generated files under one folder as they come, into `{folder}.staging/` first, leaving
 * files whose bytes are unchanged untouched (so that Astro's caches see no change). Nothing in
 * the folder changes until `finish`, which renames the staged files into place and removes the
 * files no source produces any more: a build stopped before it (a crash, Ctrl-C, a strict build's
 * refusal, which calls `discard`) leaves the folder as the last complete build made it. Holds only
 * the paths, never the contents, whatever the corpus size.
 */
export function generatedWriter(folder: string): GeneratedWriter {
  const staging = `${folder}.staging`;
  // What an earlier build staged and never finished is not this build's.
  rmSync(staging, { recursive: true, force: true });
  const kept = new Set<string>();
  const staged = new Set<string>();
  return {
    keep(path) {
      if (!existsSync(join(folder, path))) return false;
      kept.add(path);
      return true;
    },
    write(path, content) {
      if (readIfExists(join(folder, path)) === content) {
        staged.delete(path);
        kept.add(path);
        return;
      }
      const target = join(staging, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
      // Kept only once written: a file a full disk or a name too long refused is not this build's.
      staged.add(path);
      kept.add(path);
    },
    forget(path) {
      kept.delete(path);
      if (staged.delete(path)) rmSync(join(staging, path), { force: true });
    },
    read(path) {
      return staged.has(path) ? readIfExists(join(staging, path)) : readIfExists(join(folder, path));
    },
    finish() {
      let done = 0;
      for (const path of staged) {
        const target = join(folder, path);
        mkdirSync(dirname(target), { recursive: true });
        renameSync(join(staging, path), target);
        // A test stops the build here, half the files in place: the next build must not trust them.
        if (++done === Math.ceil(staged.size / 2)) crashPoint('convert');
      }
      let removed = 0;
      for (const path of listFiles(folder)) {
        if (kept.has(path)) continue;
        rmSync(join(folder, path));
        removed++;
      }
      rmSync(staging, { recursive: true, force: true });
      return { written: staged.size, removed };
    },
    discard() {
      rmSync(staging, { recursive: true, force: true });
    },
  };
}

/** Writes a whole set of generated files at once (see `generatedWriter`). */
export function writeGenerated(folder: string, files: Map<string, string>): { written: number; removed: number } {
  const writer = generatedWriter(folder);
  for (const [path, content] of files) writer.write(path, content);
  return writer.finish();
}

/**
 * Writes one file unless it already holds these bytes (an unchanged file keeps its time, and
 * caches stay valid); written aside and renamed, so that a stopped build never leaves half a file.
 */
export function writeIfChanged(path: string, content: string): boolean {
  if (readIfExists(path) === content) return false;
  writeAtomically(path, content);
  return true;
}

function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function listFiles(folder: string, prefix = ''): string[] {
  let names: string[];
  try {
    names = readdirSync(join(folder, prefix));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = prefix === '' ? name : `${prefix}/${name}`;
    return statSync(join(folder, path)).isDirectory() ? listFiles(folder, path) : [path];
  });
}
