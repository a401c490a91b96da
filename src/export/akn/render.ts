import type { Footnote } from '../../schemas/footnote.ts';
import type { Lang } from '../../schemas/lang.ts';
import type { Para } from '../../schemas/para.ts';
import { markNodes, type NotePlan } from './footnotes.ts';
import { inlineNodes } from './inline.ts';
import type { XmlElement, XmlNode } from './xml.ts';

/** What every part of the export needs: the language, and where each footnote's marks go. */
export interface Render {
  lang: Lang;
  /** The marks planned at a site: a paragraph's id, or a slot ("title", "formula", a heading's id…). */
  marks(key: string): XmlElement[];
  /** Words, citations as `ref`. */
  inline(text: string): XmlNode[];
  /** A paragraph's words, citations as `ref`, its footnote marks after them. */
  words(para: Pick<Para, 'id' | 'text'>): XmlNode[];
}

/** A render context over a plan of the notes. */
export function newRender(lang: Lang, plan: NotePlan, footnotes: readonly Footnote[]): Render {
  const marks = (key: string): XmlElement[] => markNodes(plan.marks.get(key), footnotes, lang);
  return { lang, marks, inline: (text) => inlineNodes(text, lang), words: (para) => [...inlineNodes(para.text, lang), ...marks(para.id)] };
}
