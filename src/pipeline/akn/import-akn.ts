import { assembleResolution } from '../assemble-resolution.ts';
import type { Imported } from '../imported.ts';
import { SourceError } from '../source-error.ts';
import { readAnnexes } from './annexes.ts';
import { readBlocks } from './body.ts';
import { readClassification } from './classification.ts';
import { readConclusions, recoverClosing } from './conclusions.ts';
import { childElement, childElements } from './dom.ts';
import { readDraft } from './draft-resolution.ts';
import { readFrontMatter } from './front-matter.ts';
import { readIdentification } from './identification.ts';
import type { NoteSink } from './inline-text.ts';
import { parseAkn } from './parse-akn.ts';
import { readPreamble } from './preamble.ts';
import type { Scope } from './scope.ts';

/**
 * Reads a resolution from the UN's Akoma Ntoso XML (AKN4UN). Each step is a pure stage of
 * its own over the parsed document; footnotes are gathered as the text is read, each
 * leaving a placeholder mark where it stood, and warnings name the line of the source.
 */
export function importAkn(bytes: Uint8Array, file: string): Imported {
  // 1. The XML parsed; a file that is not well-formed is refused with its line.
  const statement = parseAkn(bytes, file);
  // 2. Who, what and when: FRBR identification checked against the preface, and the classification.
  const identity = readIdentification(statement, file);
  const classification = readClassification(statement);
  // 3. Cover page and preface: title, session, agenda item; footnotes start gathering here.
  const sink: NoteSink = { notes: [], warnings: [] };
  const scope: Scope = { prefix: '', sink, drafts: { count: 0 } };
  const front = readFrontMatter(statement, sink);
  const title = front.title || front.adoptionLine;
  if (!title) throw new SourceError(file, null, 'no title in the preface (<docTitle>) nor an adoption line: is this a resolution?');
  // 4. The text: preamble, operative part (with parts and drafts it embeds), recommended drafts set as components, annexes.
  const preambleEl = childElement(statement, 'preamble');
  const preamble = readPreamble(preambleEl ? childElements(preambleEl) : [], scope);
  const mainBody = childElement(statement, 'mainBody');
  const body = readBlocks(mainBody ? childElements(mainBody) : [], scope, { preamble: preamble.paras });
  const components = childElement(statement, 'components');
  const drafts = components ? childElements(components, 'component').map((c) => readDraft(c, scope)) : [];
  const annexes = readAnnexes(statement, scope);
  // 5. The closing lines: plenary meeting and date.
  const read = readConclusions(statement, sink);
  const warnings = [...(front.title ? [] : [`line ${front.line ?? 0}: the preface prints no title; the adoption line stands for it`]), ...identity.warnings, ...preamble.warnings, ...body.warnings, ...drafts.flatMap((d) => d.warnings), ...annexes.warnings, ...sink.warnings];
  // A closing line set in the text (the operative part's or an annex's last block) is taken back.
  const main = recoverClosing([...body.blocks, ...drafts.flatMap((d) => d.blocks)], read, warnings);
  const closing = main.conclusions;
  const annexBodies = annexes.annexes.map((a) => ({ ...a, body: recoverClosing(a.body, closing, warnings).blocks }));
  if (identity.adopted && closing.date && identity.adopted !== closing.date) {
    // The date printed under the resolution is what it says; the FRBR metadata has been seen wrong (2022/14, Russian).
    warnings.push(`line ${closing.line ?? 0}: the FRBR adoption date ${identity.adopted} differs from the printed closing date ${closing.date}; ${closing.date} is kept`);
  }
  // 6. The model assembled and validated.
  return assembleResolution({
    file,
    lang: identity.lang,
    organ: identity.organ,
    number: identity.number,
    title,
    adopted: closing.date ?? identity.adopted,
    meeting: closing.meeting,
    agendaItem: front.agendaItem,
    preamble: preamble.paras,
    body: main.blocks,
    annexes: annexBodies,
    footnotes: sink.notes,
    warnings,
    print: {
      session: front.session,
      agendaTitle: front.agendaTitle,
      adoptionLine: front.adoptionLine,
      recommendation: front.recommendation,
      formula: preamble.formula,
      closing: closing.closing,
      jobNumber: front.jobNumber,
      classification,
    },
  });
}
