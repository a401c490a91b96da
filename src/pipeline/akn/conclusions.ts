import type { Element } from '@xmldom/xmldom';
import type { DraftBlock } from '../text/draft.ts';
import { stripMarks } from '../text/footnote-mark.ts';
import { attr, childElements, descendant, descendants, isElement, lineOf } from './dom.ts';
import { inlineText, type NoteSink } from './inline-text.ts';
import { meetingNumber } from './meeting-number.ts';

/** The closing lines of a resolution and what they say. */
export interface Conclusions {
  /** The lines as printed: ["25th plenary meeting", "7 June 2023"]. */
  closing: string[];
  meeting: number | null;
  /** ISO date from the closing `docDate`. */
  date: string | null;
  /** The line of the conclusions, for warnings. */
  line: number | null;
}

/**
 * Reads the `conclusions`: the plenary meeting (`inline name="adoptionMeeting"` or, in the
 * 2024 files, `event/location`) and the date. The first `conclusions` in document order is
 * taken, since some files put it inside the recommended draft resolution.
 */
export function readConclusions(statement: Element, sink: NoteSink): Conclusions {
  const conclusions = descendant(statement, 'conclusions');
  if (!conclusions) return { closing: [], meeting: null, date: null, line: null };
  const closing = childElements(conclusions, 'p').flatMap((p) => linesOf(p).map((line) => stripMarks(inlineText(line, sink))).filter((l) => l !== ''));
  const meetingEl = [...descendants(conclusions, 'inline'), ...descendants(conclusions, 'location')].find((e) => /meeting/i.test(e.getAttribute('name') ?? e.getAttribute('refersTo') ?? ''));
  const meeting = meetingNumber(attr(meetingEl ?? null, 'title') ?? '') ?? meetingNumber(meetingEl?.textContent ?? '');
  const date = attr(descendant(conclusions, 'docDate'), 'date');
  return { closing, meeting, date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null, line: lineOf(conclusions) };
}

/** A paragraph cut at its `eol` elements (also inside `event`), each piece a detached copy to read. */
function linesOf(p: Element): Element[] {
  const lines: Element[] = [];
  const doc = p.ownerDocument as NonNullable<Element['ownerDocument']>;
  let current = doc.createElement('p');
  const walk = (el: Element): void => {
    for (const c of Array.from(el.childNodes)) {
      if (isElement(c, 'eol')) {
        lines.push(current);
        current = doc.createElement('p');
      } else if (isElement(c) && descendant(c, 'eol')) walk(c);
      else current.appendChild(c.cloneNode(true));
    }
  };
  walk(p);
  lines.push(current);
  return lines;
}

/** "plenary meeting" in the six languages, to know a meeting line the file set in the text. */
const PLENARY = /plenary meeting|séance plénière|sesión plenaria|reunión plenaria|пленарное заседание|全体会议|الجلسة العامة/i;

/**
 * Takes back a closing line that a file set as the last block of a run (the operative part,
 * an annex): one that repeats a closing line ("الجلسة العامة الأولى", "第13次全体会议" set in
 * both places) is dropped; a plenary-meeting line missing from the conclusions ("43ª sesión
 * plenaria" in some Spanish files) moves there, and gives the meeting number.
 */
export function recoverClosing(blocks: DraftBlock[], conclusions: Conclusions, warnings: string[]): { blocks: DraftBlock[]; conclusions: Conclusions } {
  const last = blocks.at(-1);
  if (!last || (last.kind === 'para' && (last.num !== null || last.items.length > 0))) return { blocks, conclusions };
  const text = stripMarks(last.text);
  if (conclusions.closing.includes(text)) {
    warnings.push(`line ${last.line}: the closing line "${text}" is set in the text too; it is read once, as a closing line`);
    return { blocks: blocks.slice(0, -1), conclusions };
  }
  if (!PLENARY.test(text) || text.length > 60) return { blocks, conclusions };
  warnings.push(`line ${last.line}: the meeting line "${text}" is set in the text; it is read as a closing line`);
  const meeting = conclusions.meeting ?? meetingNumber(text);
  return { blocks: blocks.slice(0, -1), conclusions: { ...conclusions, closing: [text, ...conclusions.closing], meeting } };
}
