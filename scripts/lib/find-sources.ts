import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

// Files that can hold a resolution; anything else in a source folder (READMEs, JSON) is not one.
const SOURCE_FILE = /\.(?:txt|xml|pdf)$/i;

/**
 * The source files to build: the bundled `content/` folder, and the folders or files listed in
 * ARCHIVE_SOURCES (separated by ":"; relative to the project, or absolute). Sorted, so that the build never depends on file-system order.
 */
export function findSources(root: string, extra: string | undefined): { files: string[]; problems: string[] } {
  const problems: string[] = [];
  const entries = [join(root, 'content'), ...(extra ?? '').split(':').filter((s) => s.trim() !== '').map((s) => resolve(root, s))];
  const files = new Set<string>();
  for (const entry of entries) {
    try {
      collect(entry, files);
    } catch {
      problems.push(`${relative(root, entry) || entry}: listed in ARCHIVE_SOURCES but there is no such file or folder`);
    }
  }
  return { files: [...files].sort(), problems };
}

function collect(path: string, into: Set<string>): void {
  if (statSync(path).isFile()) {
    into.add(path);
    return;
  }
  for (const name of readdirSync(path).sort()) {
    const child = join(path, name);
    if (statSync(child).isDirectory()) collect(child, into);
    else if (SOURCE_FILE.test(name)) into.add(child);
  }
}
