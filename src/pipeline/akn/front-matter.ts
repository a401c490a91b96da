import type { Element } from '@xmldom/xmldom';
import { stripMarks } from '../text/footnote-mark.ts';
import { attr, childElement, childElements, descendant, descendants, lineOf } from './dom.ts';
import { inlineText, type NoteSink } from './inline-text.ts';

/** What the cover page and the preface print around the text. */
export interface FrontMatter {
  /** The title without the number. */
  title: string;
  /** "2023 session"; null where the file leaves the session empty. */
  session: string | null;
  /** The agenda item as printed: "18 (b)", "18(b)", "18 b)". */
  agendaItem: string | null;
  /** The agenda item's title under it: "Economic and environmental questions: science and technology for development". */
  agendaTitle: string | null;
  /** "Resolution adopted by the Economic and Social Council on 7 June 2023". */
  adoptionLine: string | null;
  /** "[on the recommendation of the Commission … (E/2023/31)]". */
  recommendation: string | null;
  /** The UN job number, "23-11566 (E)". */
  jobNumber: string | null;
  /** The preface's line, for warnings. */
  line: number | null;
}

/**
 * Reads the cover page (session, agenda item and its title, adoption line, recommendation), the job
 * number and the preface's title. Footnotes in the preface (on a part's letter, on the
 * title) are read into the sink like any other; their marks cannot stay in a title.
 */
export function readFrontMatter(statement: Element, sink: NoteSink): FrontMatter {
  const cover = childElement(statement, 'coverPage');
  const preface = childElement(statement, 'preface');
  const text = (el: Element | null | undefined): string | null => (el ? stripMarks(inlineText(el, sink)) || null : null);
  const inline = (name: string): Element | undefined => (cover ? descendants(cover, 'inline').find((e) => e.getAttribute('name') === name) : undefined);
  const agenda = inline('agenda item');
  const prefaceLines = preface ? childElements(preface, 'p').map((p) => ({ p, title: descendant(p, 'docTitle') })) : [];
  const titled = prefaceLines.find((l) => l.title !== null);
  // Every line of the preface is read, so that a footnote on the part's letter is kept.
  prefaceLines.filter((l) => l !== titled).forEach((l) => text(l.p));
  const title = titled ? text(titled.title) : (prefaceLines[0] ? stripMarks(inlineText(prefaceLines[0].p, sink, ['docNumber'])) : null);
  const meta = childElement(statement, 'meta');
  return {
    // The Arabic files set the dash that follows the number ("2021/14 - …") in the title.
    title: (title ?? '').replace(/^[-–—.]\s*/, ''),
    session: text(cover && descendant(cover, 'session')),
    agendaItem: attr(agenda ?? null, 'title') ?? text(agenda),
    agendaTitle: text(inline('agenda item name')),
    adoptionLine: text(cover && descendant(cover, 'docTitle')),
    recommendation: text(cover && descendant(cover, 'docProponent')),
    jobNumber: text(meta && descendant(meta, 'docketNumber')),
    line: preface ? lineOf(preface) : null,
  };
}
