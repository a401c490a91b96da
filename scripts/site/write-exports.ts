import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MODEL_EXPORTS } from '../../src/export/model-exports.ts';
import { ResolutionSchema } from '../../src/schemas/resolution.ts';
import { splitPageId } from '../../src/utils/index-cards.ts';

/** What the exports of a slice are written with: where its models are, where the files go, and the site's address and base for the citations' URLs. */
export interface ExportOptions {
  generated: string;
  outDir: string;
  site: URL | undefined;
  base: string;
}

/**
 * Writes the exports of some pages (`{lang}/{symbol}.json`, `.akn.xml`, `.bib`, `.ris`,
 * `.csl.json`; src/export/model-exports.ts) into `outDir`, where an `astro build` of the whole
 * site would write them, byte for byte: five files a page from one read of its model, with none
 * of a route's cost per file. The event loop gets a turn between pages, so that the slice's
 * `astro build`, which runs meanwhile, is never kept waiting on its output pipe.
 */
export async function writeExports(ids: readonly string[], options: ExportOptions): Promise<number> {
  let files = 0;
  for (const id of ids) {
    const { lang, symbol } = splitPageId(id);
    // Validated, as the routes validate it (src/utils/model-files.ts): read once for five files.
    const model = ResolutionSchema.parse(JSON.parse(readFileSync(join(options.generated, 'models', `${id}.json`), 'utf8')));
    const stem = join(options.outDir, lang, symbol);
    mkdirSync(dirname(stem), { recursive: true });
    for (const exported of MODEL_EXPORTS) {
      writeFileSync(`${stem}${exported.extension}`, exported.body(model, options.site, options.base));
      files++;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return files;
}
