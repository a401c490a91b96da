import { catalogueCard, pageLinks } from '../../src/pipeline/emit/catalogue-card.ts';
import { renderMdx } from '../../src/pipeline/emit/mdx.ts';
import { importSource } from '../../src/pipeline/import-source.ts';
import { SourceError } from '../../src/pipeline/source-error.ts';
import type { Converted } from './convert-cache.ts';

/** Imports one source into the model and renders its page, model and card; a source that cannot be read is refused, not fatal. */
export async function convert(bytes: Uint8Array, source: string): Promise<Converted> {
  try {
    const result = await importSource(bytes, source);
    return {
      key: `${result.resolution.lang}/${result.resolution.symbol}`,
      mdx: renderMdx(result, source),
      model: `${JSON.stringify(result.resolution, null, 2)}\n`,
      card: catalogueCard(result),
      links: pageLinks(result),
      warnings: result.resolution.warnings,
    };
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    return { refused: error.message };
  }
}
