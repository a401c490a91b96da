import type { Resolution } from '../../schemas/resolution.ts';
import { el, type XmlElement, type XmlNode } from './xml.ts';

/**
 * The cover page (the symbol, and the agenda item with its value in `title`, as the UN
 * sets it) and the preface: the number and the title, `<docNumber>2023/11.</docNumber>
 * <docTitle>…</docTitle>`, a part's letter as a second docNumber. `titleMarks` are the
 * marks of notes printed on the title.
 */
export function coverPage(model: Resolution): XmlElement {
  return el(
    'coverPage',
    {},
    el('p', { class: 'upperRight' }, el('docNumber', { refersTo: '#symbol' }, model.symbol)),
    model.agendaItem === null ? null : el('p', {}, el('inline', { name: 'agenda item', title: model.agendaItem }, model.agendaItem)),
  );
}

/** The preface: number, part letter (if any) and title. */
export function preface(model: Resolution, titleMarks: XmlNode[]): XmlElement {
  const part = /^(.*\S)\s+([A-Z])$/.exec(model.number);
  const number = part ? (part[1] as string) : model.number;
  return el(
    'preface',
    {},
    el(
      'p',
      {},
      el('docNumber', {}, `${number}.`),
      part ? el('docNumber', {}, part[2] as string) : null,
      // The Arabic files print a dash between number and title, inside the title, and readers drop it: a title that starts with one keeps it behind such a dash.
      el('docTitle', { refersTo: '#resolutionTitle' }, /^[-–—.]/.test(model.title) ? `- ${model.title}` : model.title, ...titleMarks),
    ),
  );
}
