import { catalogueCard, pageLinks } from '../../src/pipeline/emit/catalogue-card.ts';
import { renderMdx } from '../../src/pipeline/emit/mdx.ts';
import { conventionsFor } from '../../src/pipeline/conventions/index.ts';
import type { Imported } from '../../src/pipeline/imported.ts';
import { importSource, sourceKind, type SourceKind } from '../../src/pipeline/import-source.ts';
import { readReissue, type Reissue } from '../../src/pipeline/read-reissue.ts';
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
      kind: sourceKind(bytes),
      reissue: reissueOf(bytes, result),
    };
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    return { refused: error.message };
  }
}

/**
 * The source's reissue note, if it has one. Text and XML are read as they are (the note stands
 * under the symbol or in a footnote, wherever the importer put it); a PDF's words are known only
 * through its model, whose footnotes hold the note.
 */
function reissueOf(bytes: Uint8Array, imported: Imported): Reissue | null {
  const kind: SourceKind = sourceKind(bytes);
  const conventions = conventionsFor(imported.resolution.lang);
  const text = kind === 'pdf' ? imported.resolution.footnotes.map((footnote) => footnote.text).join('\n') : decodeForScan(bytes);
  return readReissue(text, conventions);
}

/** The bytes as text for a scan, UTF-16 by its byte-order mark, else UTF-8 (the import already refused what does not decode). */
function decodeForScan(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  return new TextDecoder(utf16 ?? 'utf-8').decode(bytes);
}
