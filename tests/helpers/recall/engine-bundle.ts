import { build } from 'esbuild';
import { resolve } from 'node:path';

/**
 * The search page's own search module (src/search/search-engine.ts) as one script for a page,
 * defining `window.archiveSearchEngine`: the recall harness runs the very code readers run, with
 * no hook for tests in the site itself. Bundled with esbuild, which Astro's Vite brings.
 */
export async function engineScript(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, '../../../src/search/search-engine.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'archiveSearchEngine',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  return result.outputFiles[0]!.text;
}
