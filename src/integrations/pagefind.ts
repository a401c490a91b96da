import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LANGS } from '../schemas/lang.ts';
import { generatedDir } from '../utils/generated-dir.ts';
import { closePagefind, indexingEnabled, mergeBundles, writeLanguageBundle } from './pagefind-bundle.ts';

/**
 * Indexes the built site with Pagefind once `astro build` is done, into `<outDir>/pagefind`:
 * one language at a time, the bundles then merged (pagefind-bundle.ts). scripts/site.ts, which
 * builds the archive in slices, turns this off (ARCHIVE_PAGEFIND=0) and indexes the assembled
 * site itself with the same functions.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexingEnabled()) return;
        const started = performance.now();
        const site = fileURLToPath(dir);
        const cards = JSON.parse(readFileSync(join(generatedDir(), 'catalogue.json'), 'utf8')) as { lang: string }[];
        const langs = LANGS.filter((lang) => cards.some((card) => card.lang === lang));
        const bundles = langs.map((lang) => join(site, `.pagefind-${lang}`));
        let pages = 0;
        try {
          for (const [i, lang] of langs.entries()) pages += (await writeLanguageBundle(generatedDir(), lang, bundles[i]!)).pages;
        } finally {
          await closePagefind();
        }
        mergeBundles(bundles, join(site, 'pagefind'));
        for (const bundle of bundles) rmSync(bundle, { recursive: true, force: true });
        // The benchmark (scripts/bench.ts) reads the seconds from this line.
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`indexed ${pages} resolution pages, wrote the index to ${join(site, 'pagefind')} in ${seconds} s`);
      },
    },
  };
}
