import type { Element } from '@xmldom/xmldom';
import type { DraftBlock } from '../text/draft.ts';
import { stripMarks } from '../text/footnote-mark.ts';
import { attr, childElements, descendant, descendants, isElement } from './dom.ts';
import { inlineText, type NoteSink } from './inline-text.ts';
import { asciiDigits } from './num-label.ts';

/** The closing lines of a resolution and what they say. */
export interface Conclusions {
  /** The lines as printed: ["25th plenary meeting", "7 June 2023"]. */
  closing: string[];
  meeting: number | null;
  /** ISO date from the closing `docDate`. */
  date: string | null;
}

/**
 * Reads the `conclusions`: the plenary meeting (`inline name="adoptionMeeting"` or, in the
 * 2024 files, `event/location`) and the date. The first `conclusions` in document order is
 * taken, since some files put it inside the recommended draft resolution.
 */
export function readConclusions(statement: Element, sink: NoteSink): Conclusions {
  const conclusions = descendant(statement, 'conclusions');
  if (!conclusions) return { closing: [], meeting: null, date: null };
  const closing = childElements(conclusions, 'p').flatMap((p) => linesOf(p).map((line) => stripMarks(inlineText(line, sink))).filter((l) => l !== ''));
  const meetingEl = [...descendants(conclusions, 'inline'), ...descendants(conclusions, 'location')].find((e) => /meeting/i.test(e.getAttribute('name') ?? e.getAttribute('refersTo') ?? ''));
  const meeting = /\d+/.exec(asciiDigits(attr(meetingEl ?? null, 'title') ?? meetingEl?.textContent ?? ''));
  const date = attr(descendant(conclusions, 'docDate'), 'date');
  return { closing, meeting: meeting ? Number(meeting[0]) : null, date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null };
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

/**
 * Drops a last paragraph of the operative part that only repeats a closing line (some Arabic
 * files set "الجلسة العامة الأولى" both as a paragraph and in the conclusions).
 */
export function dropRepeatedClosing(blocks: DraftBlock[], closing: string[], warnings: string[]): DraftBlock[] {
  const last = blocks.at(-1);
  if (!last || last.kind !== 'para' || last.num !== null || last.items.length > 0 || !closing.includes(stripMarks(last.text))) return blocks;
  warnings.push(`line ${last.line}: the closing line "${last.text}" is set as a paragraph too; it is read once, as a closing line`);
  return blocks.slice(0, -1);
}
