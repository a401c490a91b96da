import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';

/**
 * Indexes the built site with Pagefind once `astro build` is done, into `<outDir>/pagefind`.
 * Only the resolution text is indexed (the pages mark it `data-pagefind-body`); each page's
 * `<html lang>` picks its language index, and the Node API runs Pagefind's extended binary,
 * the one that segments Chinese (and Japanese) into words.
 */
/** Fragment files per language at most: ARCHIVE_PAGEFIND_MAX_FRAGMENTS, or 1,000 (6,000 files for six languages). */
const MAX_FRAGMENTS = Number(process.env.ARCHIVE_PAGEFIND_MAX_FRAGMENTS) || 1000;

export function pagefind(): AstroIntegration {
  return {
    name: 'archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefindApi.createIndex({
          // Footnote marks keep the contract's exact markup, so they are left out here instead:
          // a "1" glued to the words around it would only clutter the excerpts.
          excludeSelectors: ['a[id^="fnref-"]'],
          // At most this many fragment files per language; beyond it Pagefind bundles several
          // pages' fragments into one file. Fewer files (a static host's cap is often 20,000),
          // for more bytes per result loaded (docs/performance.md, "Static hosts").
          maxFragments: MAX_FRAGMENTS,
        });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          // The benchmark (scripts/bench.ts) reads the seconds from this line.
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`read ${added.page_count} HTML files, wrote the index to ${written.outputPath} in ${seconds} s`);
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}
