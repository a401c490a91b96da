import type { Footnote } from '../../schemas/footnote.ts';
import type { Lang } from '../../schemas/lang.ts';
import { inlineNodes } from './inline.ts';
import { el, type XmlElement } from './xml.ts';

/**
 * Footnotes, as the UN sets them: each note is an `authorialNote` standing where its first
 * mark is printed, and a later mark of the same note is a superscript number. The model
 * keeps, per paragraph, which notes its own words reference, not where: the marks are set
 * at the end of the paragraph's words. A note the model's paragraphs never reference (one
 * on the title, a heading, the formula of a draft) goes into such a place that prints no
 * marks in the model ("slots"), chosen so that the notes are met in the model's order.
 */

/** A place in reading order: a paragraph (its marks become its `notes`) or a slot (its marks are left out of the model). */
export interface Site {
  key: string;
  kind: 'para' | 'slot';
  notes: readonly number[];
}

/** One mark to set at a site: the note itself the first time, a superscript number after. */
export interface Mark {
  n: number;
  first: boolean;
  /** `fn-4` for the note, `fnref-4-2` for its second mark. */
  eId: string;
}

/** The marks of each site, by its key, and the notes no site could take in order. */
export interface NotePlan {
  marks: Map<string, Mark[]>;
  /** Notes set at the end (the conclusions) because no slot lay between their neighbours. */
  outOfOrder: number[];
}

/** Plans where each footnote's note and marks stand, given the sites in the order the importer reads them. */
export function planNotes(sites: readonly Site[], footnotes: readonly Footnote[]): NotePlan {
  const marks = new Map<string, Mark[]>();
  const count = new Map<number, number>();
  const firstSite = new Map<number, number>();
  const add = (key: string, n: number): void => {
    const k = (count.get(n) ?? 0) + 1;
    count.set(n, k);
    const list = marks.get(key) ?? [];
    list.push({ n, first: k === 1, eId: k === 1 ? `fn-${n}` : `fnref-${n}-${k}` });
    marks.set(key, list);
  };
  sites.forEach((site, i) => {
    if (site.kind !== 'para') return;
    for (const n of site.notes) {
      if (!firstSite.has(n)) firstSite.set(n, i);
      add(site.key, n);
    }
  });
  // Notes no paragraph references go into the first slot after the note before them (in the model's order) and before the next referenced one.
  const order = footnotes.map((f) => f.n);
  const outOfOrder: number[] = [];
  let position = -1;
  order.forEach((n, i) => {
    const at = firstSite.get(n);
    if (at !== undefined) {
      position = Math.max(position, at);
      return;
    }
    const next = order.slice(i + 1).map((m) => firstSite.get(m)).find((s) => s !== undefined) ?? sites.length;
    const slot = sites.findIndex((s, j) => s.kind === 'slot' && j >= position && j < next);
    const chosen = slot >= 0 ? slot : sites.findLastIndex((s) => s.kind === 'slot');
    if (slot < 0) outOfOrder.push(n);
    if (chosen < 0) return;
    position = Math.max(position, chosen);
    add((sites[chosen] as Site).key, n);
  });
  return { marks, outOfOrder };
}

/** The mark elements for a site: `authorialNote` with the note's text, or `sup` repeating its number. */
export function markNodes(marks: readonly Mark[] | undefined, footnotes: readonly Footnote[], lang: Lang): XmlElement[] {
  return (marks ?? []).map((m) => {
    if (!m.first) return el('sup', { eId: m.eId }, String(m.n));
    const text = footnotes.find((f) => f.n === m.n)?.text ?? '';
    return el('authorialNote', { marker: String(m.n), placement: 'bottom', eId: m.eId }, el('p', {}, printedMarker(text, m.n), ...inlineNodes(text, lang)));
  });
}

/**
 * Notes in some UN files repeat their marker at the start ("(1) See…", "* In the context…"),
 * and readers drop it. A note whose own words start so ("(2015) was…") gets its marker
 * printed before them, as those files do, so that only the marker is dropped.
 */
const PRINTED_MARKER = /^\s*(?:\(\s*[0-9\u0660-\u0669]*\s*\)|\)\s*\(|\*+(?=\s))/;

function printedMarker(text: string, n: number): string | null {
  return PRINTED_MARKER.test(text) ? `(${n}) ` : null;
}
