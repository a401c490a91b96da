import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes generated files under one folder, leaving files whose bytes are unchanged untouched
 * (so that Astro's caches see no change) and removing files no source produces any more.
 */
export function writeGenerated(folder: string, files: Map<string, string>): { written: number; removed: number } {
  let written = 0;
  for (const [path, content] of files) {
    const target = join(folder, path);
    if (readIfExists(target) === content) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    written++;
  }
  let removed = 0;
  for (const path of listFiles(folder)) {
    if (files.has(path)) continue;
    rmSync(join(folder, path));
    removed++;
  }
  return { written, removed };
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
