import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ResolutionPageSchema } from './schemas/resolution-page.ts';

/**
 * Entry ids are `${lang}/${symbol}` exactly as printed ("zh/E/RES/2015/26"): the default
 * generator would lower-case and slugify them, and the ids must match the URLs.
 */
function idFromLangAndSymbol({ entry, data }: { entry: string; data: Record<string, unknown> }): string {
  const { lang, symbol } = data;
  if (typeof lang !== 'string' || typeof symbol !== 'string') {
    throw new Error(`${entry}: no "lang" or "symbol" to make its id from`);
  }
  return `${lang}/${symbol}`;
}

/**
 * The generated sources of the site, written by `scripts/build.ts` into `.generated/`. The
 * models (`.generated/models`) are no collection: `/{lang}/{symbol}.json` reads them itself,
 * which keeps 20,000 models out of the build's memory (docs/performance.md).
 */
export const collections = {
  /** One MDX page per resolution and language: front matter for the header, body for the text. */
  resolutions: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './.generated/resolutions', generateId: idFromLangAndSymbol }),
    schema: ResolutionPageSchema,
  }),
};
