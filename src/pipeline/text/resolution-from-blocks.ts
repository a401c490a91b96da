import type { Lang } from '../../schemas/lang.ts';
import { assembleResolution } from '../assemble-resolution.ts';
import { toAsciiDigits } from '../ascii-digits.ts';
import type { Conventions } from '../conventions/types.ts';
import type { Imported } from '../imported.ts';
import { SourceError } from '../source-error.ts';
import type { LiftedFootnote as JoinedFootnote } from './read-footnote-block.ts';
import type { TextBlock } from './join-wrapped-lines.ts';
import { recogniseBody } from './recognise-body.ts';
import { recogniseFrontMatter } from './recognise-front-matter.ts';

/** What the pages said around the text: the masthead's and the footer's metadata. */
export interface PageMetadata {
  /** The symbol printed at the page top ("A/RES/79/9"), when there is one. */
  symbol: string | null;
  session: string | null;
  agendaItem: string | null;
  agendaTitle: string | null;
  jobNumber: string | null;
}

/**
 * The stages that text and PDF sources share once their paragraphs are blocks: the front
 * matter, preamble, operative part, annexes and closing recognised; the metadata read from
 * the printed lines; and the model assembled and validated.
 */
export function resolutionFromBlocks(input: {
  file: string;
  lang: Lang;
  conventions: Conventions;
  blocks: TextBlock[];
  footnotes: JoinedFootnote[];
  warnings: string[];
  page: PageMetadata;
}): Imported {
  const { file, conventions, page } = input;
  const front = recogniseFrontMatter(input.blocks, conventions);
  const body = recogniseBody(input.blocks.slice(front.next), conventions);
  // Some extractions lose the number printed before the title; the symbol at the page top still has it.
  const printedNumber = /^[AE]\/RES\/(.+)$/.exec(page.symbol?.trim() ?? '')?.[1] ?? null;
  const number = front.number ?? printedNumber;
  if (number === null || !front.title) throw new SourceError(file, null, 'no resolution number and title (such as "2015/26. Title") found: is this a resolution?');
  if (body.preamble.length + body.body.length === 0) throw new SourceError(file, null, 'no paragraphs found after the title');
  const mismatch = printedNumber !== null && printedNumber !== number ? [`the symbol ${page.symbol} at the top of the first page does not match the title's number ${number}`] : [];
  // A resolution ends with its meeting and date: a text without them was most likely cut short.
  const lastLine = input.blocks.at(-1)?.lines.at(-1)?.n ?? 0;
  const cutShort = body.closing.length === 0 ? [`line ${lastLine}: no closing lines (plenary meeting, date) after the last paragraph; the text may be cut short`] : [];
  const closing = body.closing.join(' ');
  const date = conventions.date.exec(closing) ?? (front.adoptionLine ? conventions.date.exec(front.adoptionLine) : null);
  const meeting = conventions.meeting.exec(toAsciiDigits(closing));
  return assembleResolution({
    file,
    lang: input.lang,
    organ: conventions.organ(front.adoptionLine ?? front.formula ?? '') ?? (page.symbol?.startsWith('E/') || /^\d{4}\//.test(number) ? 'ECOSOC' : 'GA'),
    number,
    title: front.title,
    adopted: date ? conventions.parseDate(date) : null,
    meeting: meeting ? (conventions.meetingNumber ? conventions.meetingNumber(meeting) : Number(meeting[1])) : null,
    agendaItem: page.agendaItem,
    preamble: body.preamble,
    body: body.body,
    annexes: body.annexes,
    footnotes: input.footnotes,
    warnings: [...input.warnings, ...mismatch, ...front.warnings, ...body.warnings, ...cutShort],
    print: {
      session: page.session,
      agendaTitle: page.agendaTitle,
      adoptionLine: front.adoptionLine,
      recommendation: front.recommendation,
      formula: front.formula,
      closing: body.closing,
      jobNumber: page.jobNumber,
    },
  });
}
