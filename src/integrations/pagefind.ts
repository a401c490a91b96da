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
export function pagefind(): AstroIntegration {
  return {
    name: 'archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefindApi.createIndex({
          // Footnote marks keep the contract's exact markup, so they are left out here instead:
          // a "1" glued to the words around it would only clutter the excerpts.
          excludeSelectors: ['a[id^="fnref-"]'],
        });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`read ${added.page_count} HTML files, wrote the index to ${written.outputPath}`);
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}
