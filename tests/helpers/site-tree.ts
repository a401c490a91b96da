import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file of a built site with the sha256 of its bytes, by path relative to the site. */
export function siteTree(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) for (const [p, h] of siteTree(dir, `${path}/`)) files.set(p, h);
    else files.set(path, createHash('sha256').update(readFileSync(join(dir, path))).digest('hex'));
  }
  return files;
}

/** The paths two sites do not share, and the shared paths whose bytes differ: empty lists for the same site. */
export function treeDifferences(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): { onlyOne: string[]; differing: string[] } {
  const onlyOne = [...[...a.keys()].filter((path) => !b.has(path)), ...[...b.keys()].filter((path) => !a.has(path))].sort();
  const differing = [...a].filter(([path, hash]) => b.has(path) && b.get(path) !== hash).map(([path]) => path);
  return { onlyOne, differing };
}
