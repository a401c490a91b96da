import { resolve } from 'node:path';

/**
 * The bundled sources folder the build always reads: `content/` under the project, or
 * ARCHIVE_CONTENT_DIR (checked at start by src/config/settings.ts). A test builds an archive
 * without the seed by pointing it at a folder of its own; the docs look for the seed there.
 */
export function contentDir(root: string = process.cwd(), env: Record<string, string | undefined> = process.env): string {
  return resolve(root, env.ARCHIVE_CONTENT_DIR || 'content');
}
