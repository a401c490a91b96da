import type { Block } from '../schemas/block.ts';
import type { Lang } from '../schemas/lang.ts';
import type { Para } from '../schemas/para.ts';
import { ResolutionSchema } from '../schemas/resolution.ts';
import { collectRefs } from './collect-refs.ts';
import type { Imported, PrintDetails } from './imported.ts';
import { SourceError } from './source-error.ts';
import type { DraftAnnex, DraftBlock, DraftPara } from './text/draft.ts';
import { extractMarks, type FootnoteMark } from './text/footnote-mark.ts';

/** Everything an importer recognised, before marks become notes and citations become refs. */
export interface Draft {
  file: string;
  lang: Lang;
  organ: 'ECOSOC' | 'GA';
  number: string;
  title: string;
  adopted: string | null;
  meeting: number | null;
  agendaItem: string | null;
  preamble: DraftPara[];
  body: DraftBlock[];
  annexes?: DraftAnnex[];
  footnotes: { n: number; text: string; line: number }[];
  warnings: string[];
  print: Omit<PrintDetails, 'labels' | 'marks' | 'classification' | 'agendaTitle'> & Partial<Pick<PrintDetails, 'classification' | 'agendaTitle'>>;
}

/**
 * Turns a draft into the model: footnote marks become each paragraph's `notes` (and the
 * print details' mark positions), citations become `refs`, and the result is validated
 * against the model's schema.
 */
export function assembleResolution(draft: Draft): Imported {
  const labels: Record<string, string> = {};
  const marks: Record<string, FootnoteMark[]> = {};
  const referenced = new Set<number>();
  const warnings = [...draft.warnings];
  const toPara = (p: DraftPara): Para => {
    const { text, marks: found } = extractMarks(p.text);
    if (p.label !== null) labels[p.id] = p.label;
    if (found.length > 0) marks[p.id] = found;
    found.forEach((m) => referenced.add(m.n));
    return { kind: 'para', id: p.id, num: p.num, text: text.trim(), notes: unique(found.map((m) => m.n)), items: p.items.map(toPara) };
  };
  const toBlock = (b: DraftBlock): Block => {
    if (b.kind === 'para') return toPara(b);
    const { text, marks: found } = extractMarks(b.text);
    if (found.length > 0) marks[b.id] = found;
    found.forEach((m) => referenced.add(m.n));
    return { kind: 'heading', id: b.id, text: text.trim() };
  };
  const preamble = draft.preamble.map(toPara);
  const body = draft.body.map(toBlock);
  const annexes = (draft.annexes ?? []).map((a) => ({ id: a.id, title: a.title, body: a.body.map(toBlock) }));
  const footnotes = draft.footnotes.map((f) => ({ id: `fn-${f.n}`, n: f.n, text: f.text }));
  for (const f of draft.footnotes) if (!referenced.has(f.n)) warnings.push(`line ${f.line}: footnote ${f.n} is never referenced in the text`);
  const parts = { preamble, body, annexes, footnotes };
  const resolution = {
    symbol: `${draft.organ === 'ECOSOC' ? 'E' : 'A'}/RES/${draft.number}`,
    organ: draft.organ,
    number: draft.number,
    lang: draft.lang,
    title: draft.title,
    adopted: draft.adopted,
    meeting: draft.meeting,
    agendaItem: draft.agendaItem,
    ...parts,
    refs: collectRefs(parts, draft.lang),
    warnings,
  };
  const checked = ResolutionSchema.safeParse(resolution);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new SourceError(draft.file, null, `the text does not make a valid resolution: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return { resolution: checked.data, print: { classification: { sdgGoals: [], subjects: [] }, agendaTitle: null, ...draft.print, labels, marks } };
}

function unique(ns: number[]): number[] {
  return [...new Set(ns)];
}
