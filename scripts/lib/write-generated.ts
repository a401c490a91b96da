import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes generated files under one folder as they come, leaving files whose bytes are unchanged
 * untouched (so that Astro's caches see no change); `finish` removes the files no source
 * produces any more. Holds only the paths, never the contents, whatever the corpus size.
 */
export function generatedWriter(folder: string): { write(path: string, content: string): void; keep(path: string): boolean; finish(): { written: number; removed: number } } {
  const kept = new Set<string>();
  let written = 0;
  return {
    /** Keeps a file the last run wrote, unread; false when it is not there (then write it). */
    keep(path) {
      if (!existsSync(join(folder, path))) return false;
      kept.add(path);
      return true;
    },
    write(path, content) {
      // Kept only once written: a file a full disk cut short is removed by `finish`.
      if (writeIfChanged(join(folder, path), content)) written++;
      kept.add(path);
    },
    finish() {
      let removed = 0;
      for (const path of listFiles(folder)) {
        if (kept.has(path)) continue;
        rmSync(join(folder, path));
        removed++;
      }
      return { written, removed };
    },
  };
}

/** Writes a whole set of generated files at once (see `generatedWriter`). */
export function writeGenerated(folder: string, files: Map<string, string>): { written: number; removed: number } {
  const writer = generatedWriter(folder);
  for (const [path, content] of files) writer.write(path, content);
  return writer.finish();
}

/** Writes one file unless it already holds these bytes (an unchanged file keeps its time, and caches stay valid). */
export function writeIfChanged(path: string, content: string): boolean {
  if (readIfExists(path) === content) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
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
