import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { join, relative } from 'node:path';
import { resolutionsLoader } from './loaders/resolutions-loader.ts';
import { CatalogueCardSchema } from './schemas/catalogue-card.ts';
import { ResolutionPageSchema } from './schemas/resolution-page.ts';
import { generatedDir } from './utils/generated-dir.ts';

/** Where scripts/build.ts wrote the sources (a slice of them, in a sliced build: scripts/site.ts), relative to the project. */
const generated = relative(process.cwd(), generatedDir()) || '.';

/**
 * The generated sources of the site, written by `scripts/build.ts` into `.generated/`. The
 * models (`.generated/models`) are no collection: `/{lang}/{symbol}.json` reads them itself,
 * which keeps 20,000 models out of the build's memory (docs/performance.md).
 */
export const collections = {
  /**
   * One MDX page per resolution and language: front matter for the header, body for the text,
   * rendered to HTML at content sync (src/loaders/resolutions-loader.ts) rather than bundled as a
   * module per page; scripts/site.ts passes the version of the rendering code, which an entry's
   * cached HTML is kept under.
   */
  resolutions: defineCollection({
    loader: resolutionsLoader({ generated: generatedDir(), version: process.env.ARCHIVE_RENDER_VERSION || undefined }),
    schema: ResolutionPageSchema,
  }),
  /**
   * One card per resolution page of the whole archive, text left out: what lists, the
   * catalogue, citation links and "cited by" need. A sliced build renders a slice of the
   * `resolutions` but always reads every card.
   */
  catalogue: defineCollection({
    loader: file(`./${join(generated, 'catalogue.json')}`),
    schema: CatalogueCardSchema,
  }),
  /**
   * The documentation, `/{lang}/docs/{page}/` (`index` at `/{lang}/docs/`): prose in MDX, one
   * folder per language (`en/citing.mdx`, `zh/citing.mdx`; the id is "zh/citing"), every page in
   * English, the reader's pages in all six (src/docs/pages.ts); its examples computed at build
   * time from the seed resolution (src/docs/sample.ts), so that they show what the archive serves.
   * `order` places a page in the docs' navigation (the English page's counts).
   */
  docs: defineCollection({
    // The id is the path as written ("en/index"): the default would cut an index page's to "en".
    loader: glob({ pattern: '*/*.mdx', base: './src/content/docs', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: z.strictObject({ title: z.string(), description: z.string(), order: z.number().int() }),
  }),
};
