import { rmSync } from 'node:fs';
import * as pagefindApi from 'pagefind';
import type { Lang } from '../../src/schemas/lang.ts';

/**
 * The floor's search index: Pagefind reading the HTML pages of one language (`{lang}/**∕*.html`
 * under `siteDir`, the text marked `data-pagefind-body`) into a bundle of its own in `outDir`, as
 * the archive indexed its pages before its own records (src/integrations/pagefind-bundle.ts).
 * Issue 15 measures our records against this: at most 1.3× its time.
 */
export async function writeHtmlBundle(siteDir: string, lang: Lang, outDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefindApi.createIndex({ excludeSelectors: ['a[id^="fnref-"]'], maxFragments: Number(process.env.ARCHIVE_PAGEFIND_MAX_FRAGMENTS) || 1000 });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir, glob: `${lang}/**/*.html` });
    if (added.errors.length > 0) throw new Error(`Pagefind (${lang}): ${added.errors.join('; ')}`);
    rmSync(outDir, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: outDir });
    if (written.errors.length > 0) throw new Error(`Pagefind (${lang}): ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await index.deleteIndex();
    // A process per language, as ours: the service keeps its memory after deleteIndex.
    await pagefindApi.close();
  }
}
