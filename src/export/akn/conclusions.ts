import type { Resolution } from '../../schemas/resolution.ts';
import { meetingLine, printedDate } from './language.ts';
import type { Render } from './render.ts';
import { el, type XmlElement } from './xml.ts';

/**
 * The closing lines, as the UN sets them: `<inline name="adoptionMeeting" title="26">26th
 * plenary meeting</inline><eol/><docDate date="2023-06-07">7 June 2023</docDate>`, in the
 * resolution's language. Notes planned at the end (see footnotes.ts) stand after them.
 */
export function conclusions(model: Resolution, render: Render): XmlElement | null {
  const marks = render.marks('conclusions');
  if (model.meeting === null && model.adopted === null && marks.length === 0) return null;
  const meeting = model.meeting === null ? null : el('inline', { name: 'adoptionMeeting', title: String(model.meeting) }, meetingLine(model.meeting, model.lang));
  const date = model.adopted === null ? null : el('docDate', { date: model.adopted, refersTo: '#dateOfAdoption' }, printedDate(model.adopted, model.lang));
  return el('conclusions', { eId: 'conclusions' }, el('p', {}, meeting, meeting && date ? el('eol', {}) : null, date, ...marks));
}
