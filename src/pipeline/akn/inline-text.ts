import type { Element, Node } from '@xmldom/xmldom';
import { markPlaceholder } from '../text/footnote-mark.ts';
import { childElements, isElement, lineOf } from './dom.ts';
import { toAsciiDigits as asciiDigits } from '../ascii-digits.ts';
import { normaliseSpace } from './normalise-space.ts';

/** A footnote as the source gives it: its printed number, its text and its line. */
export interface SourceNote {
  n: number;
  text: string;
  line: number;
}

/** Where the footnotes of one document are gathered, in order of appearance, as the text is read. */
export interface NoteSink {
  notes: SourceNote[];
  warnings: string[];
}

/** Elements that stand as blocks of their own: a space separates their text from what is around. */
const BLOCKS = new Set(['p', 'eol', 'br', 'content', 'intro', 'wrapUp', 'listIntroduction', 'item', 'point', 'heading', 'subheading', 'crossHeading', 'container', 'tr', 'td', 'th', 'num']);
/** Elements that hold no words of the text. */
const SILENT = new Set(['img', 'meta', 'marker']);

/**
 * The words of an element as printed: text nodes and inline elements (`a`, `ref`, `span`,
 * `i`, `b`, `docNumber`…) contribute their text exactly, so a citation split over several
 * links joins without a lost or added space. Each `authorialNote` becomes a footnote in
 * `sink` and leaves a placeholder mark where it stood; a superscript number repeats the
 * mark of a footnote printed before. Elements named in `skip` are left to the caller.
 */
export function inlineText(el: Element, sink: NoteSink, skip: readonly string[] = []): string {
  return normaliseSpace(rawText(el, sink, new Set(skip)));
}

function rawText(el: Element, sink: NoteSink, skip: ReadonlySet<string>): string {
  let out = '';
  for (let c: Node | null = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 || c.nodeType === 4) out += (c as Node & { data: string }).data;
    if (!isElement(c)) continue;
    const name = c.localName ?? '';
    if (skip.has(name) || SILENT.has(name)) continue;
    if (name === 'authorialNote') out += note(c, sink);
    else if (name === 'sup' && isRepeatedMark(c, sink)) out += markPlaceholder(Number(asciiDigits((c.textContent ?? '').trim())));
    else if (BLOCKS.has(name)) out += ` ${rawText(c, sink, skip)} `;
    else out += rawText(c, sink, skip);
  }
  return out;
}

/** A superscript number that refers back to a footnote already printed (a second mark of it); any other stays text ("m<sup>3</sup>"). */
function isRepeatedMark(sup: Element, sink: NoteSink): boolean {
  const digits = asciiDigits((sup.textContent ?? '').trim());
  return /^\d+$/.test(digits) && sink.notes.some((f) => f.n === Number(digits));
}

/** Reads an `authorialNote` into the sink and returns the mark that stands for it. */
function note(el: Element, sink: NoteSink): string {
  const line = lineOf(el);
  const marker = asciiDigits(el.getAttribute('marker')?.trim() ?? '');
  const n = /^\d+$/.test(marker) ? Number(marker) : sink.notes.length + 1;
  if (!/^\d+$/.test(marker)) sink.warnings.push(`line ${line}: a footnote without a number (marker "${marker}"), numbered ${n}`);
  const paragraphs = childElements(el, 'p');
  const parts = paragraphs.length > 0 ? paragraphs.map((p) => rawText(p, sink, new Set())) : [rawText(el, sink, new Set())];
  // Some notes repeat their printed marker at the start: the Arabic brackets "(1)	See…", "()	See…",
  // ")(	See…", and the asterisk of a note on the title "*	In the context…".
  const text = normaliseSpace(parts.join(' ').replace(/^\s*(?:\(\s*[0-9\u0660-\u0669]*\s*\)|\)\s*\(|\*+(?=\s))/, ''));
  if (sink.notes.some((f) => f.n === n)) sink.warnings.push(`line ${line}: footnote ${n} is printed twice; the second is kept as a mark of the first`);
  else sink.notes.push({ n, text, line });
  return markPlaceholder(n);
}
