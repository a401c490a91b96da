import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../../src/schemas/lang.ts';
import { link } from './slice-input.ts';

/** One rendered part of the site and which of its files the finished site takes. */
export interface RenderedPart {
  /** The part's `astro build` output folder. */
  dir: string;
  /** `pages`: only its resolution pages and models (`{lang}/…`) and its assets (`_astro/…`); `lists`: everything it wrote. */
  role: 'pages' | 'lists';
}

/**
 * Puts the site together in `outDir` from the parts' outputs, as hard links. A slice of pages
 * also writes the routes that have no parameters (`/`, `/api/index.json`): the finished site
 * takes those from the lists part only. Assets are named by their content, so two parts writing
 * the same asset write the same file; any other path written twice is a bug, and fails.
 */
export function assembleDist(outDir: string, parts: readonly RenderedPart[]): { files: number } {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  let files = 0;
  for (const part of parts) {
    const tops = readdirSync(part.dir).filter((name) => part.role === 'lists' || name === '_astro' || (LANGS as readonly string[]).includes(name));
    for (const top of tops) {
      for (const path of walk(part.dir, top)) {
        const target = join(outDir, path);
        if (existsSync(target)) {
          if (path.startsWith('_astro/')) continue;
          throw new Error(`site: ${path} is written by two parts of the build (the second is ${part.dir})`);
        }
        link(join(part.dir, path), target);
        files++;
      }
    }
  }
  return { files };
}

function walk(root: string, path: string): string[] {
  if (!statSync(join(root, path)).isDirectory()) return [path];
  return readdirSync(join(root, path)).flatMap((name) => walk(root, `${path}/${name}`));
}
