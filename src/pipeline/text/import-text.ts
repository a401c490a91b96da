import { conventionsFor } from '../conventions/index.ts';
import { detectLanguage } from '../detect-language.ts';
import type { Imported } from '../imported.ts';
import { decodeText } from './decode.ts';
import { joinWrappedLines } from './join-wrapped-lines.ts';
import { liftFootnotes } from './lift-footnotes.ts';
import { resolutionFromBlocks } from './resolution-from-blocks.ts';
import { toSourceLines } from './source-line.ts';
import { isStandaloneLine } from '../conventions/standalone.ts';
import { stripYamlFrontMatter } from './strip-yaml-front-matter.ts';
import { stripPageFurniture } from './strip-page-furniture.ts';

/**
 * Reads a resolution from text extracted from a UN PDF or Word file. Each step is a pure
 * stage of its own; line numbers travel with the text so that warnings can point at them.
 */
export function importText(bytes: Uint8Array, file: string): Imported {
  // 1. Bytes to text, and the language it is written in.
  const text = decodeText(bytes, file);
  const lang = detectLanguage(text, file);
  const conventions = conventionsFor(lang);
  // 2. A YAML front-matter block out; then page furniture: job number, barcode, masthead,
  //    running titles; session and agenda item kept as metadata.
  const { lines: withoutYaml, hints } = stripYamlFrontMatter(toSourceLines(text));
  const { lines, furniture } = stripPageFurniture(withoutYaml, conventions);
  // 3. Footnotes out of the page bottoms; their marks become placeholders in the text.
  const lifted = liftFootnotes(lines, conventions);
  // 4. Wrapped lines joined into blocks.
  const blocks = joinWrappedLines(lifted.lines, { standalone: (line) => isStandaloneLine(conventions, line), leadWord: conventions.leadWord });
  // 5. The blocks recognised, the metadata read and the model assembled, as for every source.
  return resolutionFromBlocks({
    file,
    lang,
    conventions,
    blocks,
    footnotes: lifted.footnotes,
    warnings: lifted.warnings,
    page: { ...furniture, symbol: furniture.symbol ?? hints.symbol ?? null },
  });
}
