import type { Lang } from '../../schemas/lang.ts';
import { assembleResolution } from '../assemble-resolution.ts';
import { conventionsFor } from '../conventions/index.ts';
import type { Conventions } from '../conventions/types.ts';
import { detectLanguage } from '../detect-language.ts';
import type { Imported } from '../imported.ts';
import { SourceError } from '../source-error.ts';
import { stripMarks } from '../text/footnote-mark.ts';
import { readLabel } from '../text/labels.ts';
import { recogniseBody } from '../text/recognise-body.ts';
import { recogniseFrontMatter, type FrontMatter } from '../text/recognise-front-matter.ts';
import { buildBlocks, type PdfBlock } from './build-blocks.ts';
import { classifyRegions, type Region, type Regions } from './classify-regions.ts';
import { collectFootnotes } from './collect-footnotes.ts';
import { markLine } from './find-marks.ts';
import { groupLines, plainText, type PdfLine } from './group-lines.ts';
import { readMasthead, type Masthead } from './read-masthead.ts';
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
  const conventions = requireConventions(lang, file);
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
  const blocks = buildBlocks(marked, regions.layout);
  // 9. The blocks recognised by the text importer's stages: front matter, preamble, operative part, closing.
  const { front, warnings: numbering } = recogniseFront(blocks, conventions, masthead, regions.layout.bodySize);
  const body = recogniseBody(blocks.slice(front.next), conventions);
  if (front.number === null || !front.title) throw new SourceError(file, null, 'no resolution number and title (such as "79/3. Title") found: is this a resolution?');
  if (body.preamble.length + body.body.length === 0) throw new SourceError(file, null, 'no paragraphs found after the title');
  // 10. Metadata from the printed lines, and the model assembled and validated.
  const closing = body.closing.join(' ');
  const date = conventions.date.exec(closing) ?? (front.adoptionLine ? conventions.date.exec(front.adoptionLine) : null);
  const meeting = conventions.meeting.exec(closing);
  const symbolCheck = masthead.number !== null && masthead.number !== front.number ? [`the masthead's symbol ${masthead.symbol} does not match the title's number ${front.number}`] : [];
  return assembleResolution({
    file,
    lang,
    organ: conventions.organ(front.adoptionLine ?? front.formula ?? '') ?? (masthead.symbol?.startsWith('E/') || /^\d{4}\//.test(front.number) ? 'ECOSOC' : 'GA'),
    number: front.number,
    title: front.title,
    adopted: date ? conventions.parseDate(date) : null,
    meeting: meeting ? Number(meeting[1]) : null,
    agendaItem: masthead.agendaItem,
    preamble: body.preamble,
    body: body.body,
    footnotes: notes.footnotes,
    warnings: [...notes.warnings, ...marked.flatMap((line) => line.warnings), ...numbering, ...symbolCheck, ...front.warnings, ...body.warnings],
    print: { session: masthead.session, adoptionLine: front.adoptionLine, recommendation: front.recommendation, formula: front.formula, closing: body.closing, jobNumber: masthead.jobNumber },
  });
}

function linesIn(regions: Regions, region: Region): PdfLine[] {
  return regions.lines.filter((entry) => entry.region === region).map((entry) => entry.line);
}

/**
 * The front matter, as the text importer reads it. Some PDFs print the title without its
 * number (A/RES/79/9); the number then comes from the symbol at the top of the first page,
 * put before the title block — the first block after the adoption line set bold and larger
 * than the body text — so that the shared stage reads it as printed titles are read.
 */
function recogniseFront(blocks: PdfBlock[], conventions: Conventions, masthead: Masthead, bodySize: number): { front: FrontMatter; warnings: string[] } {
  const front = recogniseFrontMatter(blocks, conventions);
  if (front.number !== null || masthead.number === null) return { front, warnings: [] };
  const adoption = blocks.findIndex((block) => conventions.adoptionLine.test(stripMarks(block.text)));
  const title = blocks.findIndex((block, i) => i > adoption && block.bold && block.size > 1.05 * bodySize && readLabel(block.text)?.kind !== 'title');
  if (adoption < 0 || title < 0) return { front, warnings: [] };
  const numbered = blocks.map((block, i) => (i === title ? { ...block, text: `${masthead.number}. ${block.text}` } : block));
  const line = blocks[title]?.lines[0]?.n ?? 0;
  return {
    front: recogniseFrontMatter(numbered, conventions),
    warnings: [`line ${line}: the title is printed without its number; ${masthead.number} is taken from the symbol ${masthead.symbol} at the top of the first page`],
  };
}

function requireConventions(lang: Lang, file: string): Conventions {
  const conventions = conventionsFor(lang);
  if (!conventions) throw new SourceError(file, null, `text in language "${lang}" cannot be read yet (readable: zh, en)`);
  return conventions;
}
