import { assembleResolution } from '../assemble-resolution.ts';
import { toAsciiDigits } from '../ascii-digits.ts';
import { conventionsFor } from '../conventions/index.ts';
import { detectLanguage } from '../detect-language.ts';
import type { Imported } from '../imported.ts';
import { SourceError } from '../source-error.ts';
import { decodeText } from './decode.ts';
import { joinWrappedLines } from './join-wrapped-lines.ts';
import { liftFootnotes } from './lift-footnotes.ts';
import { recogniseBody } from './recognise-body.ts';
import { recogniseFrontMatter } from './recognise-front-matter.ts';
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
  const lifted = liftFootnotes(lines);
  // 4. Wrapped lines joined into blocks.
  const blocks = joinWrappedLines(lifted.lines, { standalone: (line) => isStandaloneLine(conventions, line), leadWord: conventions.leadWord });
  // 5. The blocks recognised: front matter, preamble, operative part, closing.
  const front = recogniseFrontMatter(blocks, conventions);
  const body = recogniseBody(blocks.slice(front.next), conventions);
  // Some extractions lose the number printed before the title; the symbol at the page top still has it.
  front.number ??= numberFromSymbol(furniture.symbol ?? hints.symbol);
  if (front.number === null || !front.title) throw new SourceError(file, null, 'no resolution number and title (such as "2015/26. Title") found: is this a resolution?');
  if (body.preamble.length + body.body.length === 0) throw new SourceError(file, null, 'no paragraphs found after the title');
  // 6. Metadata from the printed lines, and the model assembled and validated.
  const closing = body.closing.join(' ');
  const date = conventions.date.exec(closing) ?? (front.adoptionLine ? conventions.date.exec(front.adoptionLine) : null);
  const meeting = conventions.meeting.exec(toAsciiDigits(closing));
  return assembleResolution({
    file,
    lang,
    organ: conventions.organ(front.adoptionLine ?? front.formula ?? '') ?? (/^\d{4}\//.test(front.number) ? 'ECOSOC' : 'GA'),
    number: front.number,
    title: front.title,
    adopted: date ? conventions.parseDate(date) : null,
    meeting: meeting ? Number(meeting[1]) : null,
    agendaItem: furniture.agendaItem,
    preamble: body.preamble,
    body: body.body,
    annexes: body.annexes,
    footnotes: lifted.footnotes,
    warnings: [...lifted.warnings, ...front.warnings, ...body.warnings],
    print: { session: furniture.session, adoptionLine: front.adoptionLine, recommendation: front.recommendation, formula: front.formula, closing: body.closing, jobNumber: furniture.jobNumber },
  });
}

function numberFromSymbol(symbol: string | undefined | null): string | null {
  return /^[AE]\/RES\/(.+)$/.exec(symbol?.trim() ?? '')?.[1] ?? null;
}
