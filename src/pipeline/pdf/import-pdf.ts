import { conventionsFor } from '../conventions/index.ts';
import { isStandaloneLine } from '../conventions/standalone.ts';
import { detectLanguage } from '../detect-language.ts';
import type { Imported } from '../imported.ts';
import { resolutionFromBlocks } from '../text/resolution-from-blocks.ts';
import { buildBlocks } from './build-blocks.ts';
import { classifyRegions, type Region, type Regions } from './classify-regions.ts';
import { collectFootnotes } from './collect-footnotes.ts';
import { markLine } from './find-marks.ts';
import { groupLines, plainText, type PdfLine } from './group-lines.ts';
import { readMasthead } from './read-masthead.ts';
import { readPdf } from './read-pdf.ts';

/**
 * Reads a resolution from the UN's PDF. Position, size and weight of the text tell what
 * the text importer has to guess from plain text: superscript marks, page furniture, the
 * footnote area and paragraph breaks. From the blocks on, the stages are the text
 * importer's own, so both kinds of source are recognised alike.
 */
export async function importPdf(bytes: Uint8Array, file: string): Promise<Imported> {
  // 1. The text layer: runs of text with their position, size and weight, page by page.
  const pages = await readPdf(bytes, file);
  // 2. Runs grouped into lines, superscripts attached, numbered through the document.
  const lines = groupLines(pages);
  // 3. The language it is written in, and how that language prints resolutions.
  const lang = detectLanguage(lines.map(plainText).join('\n'), file);
  const conventions = conventionsFor(lang);
  // 4. Regions by position: masthead, running header, body, footnote area, footer.
  const regions = classifyRegions(lines, pages);
  // 5. The masthead's metadata (symbol, session, agenda item) and the job number; then out.
  const masthead = readMasthead(linesIn(regions, 'masthead'), linesIn(regions, 'footer').filter((line) => line.page === 1), regions.layout, conventions);
  // 6. Footnotes out of the footnote areas, continued across pages.
  const notes = collectFootnotes(linesIn(regions, 'footnotes'));
  // 7. The body's lines, superscript footnote numbers turned into mark placeholders.
  const known = new Set(notes.footnotes.map((note) => note.n));
  const marked = linesIn(regions, 'body').map((line) => markLine(line, known));
  // 8. Paragraph blocks by the geometry of the lines.
  const blocks = buildBlocks(marked, regions.layout, { standalone: (text) => isStandaloneLine(conventions, text) });
  // 9. The blocks recognised, the metadata read and the model assembled, as for every source.
  return resolutionFromBlocks({
    file,
    lang,
    conventions,
    blocks,
    footnotes: notes.footnotes,
    warnings: [...notes.warnings, ...marked.flatMap((line) => line.warnings)],
    page: { symbol: masthead.symbol, session: masthead.session, agendaItem: masthead.agendaItem, agendaTitle: masthead.agendaTitle, jobNumber: masthead.jobNumber },
  });
}

function linesIn(regions: Regions, region: Region): PdfLine[] {
  return regions.lines.filter((entry) => entry.region === region).map((entry) => entry.line);
}
