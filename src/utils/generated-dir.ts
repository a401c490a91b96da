import { resolve } from 'node:path';

/**
 * The folder scripts/build.ts writes and Astro reads: `resolutions/` (MDX), `models/` (JSON) and
 * `catalogue.json`. `.generated/` under the project, or ARCHIVE_GENERATED_DIR: the sliced build
 * (scripts/site.ts) points each Astro run at a folder holding one slice of the pages.
 */
export function generatedDir(root: string = process.cwd()): string {
  return resolve(root, process.env.ARCHIVE_GENERATED_DIR || '.generated');
}
