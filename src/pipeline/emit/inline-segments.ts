import type { Citation } from '../citations/types.ts';
import type { FootnoteMark } from '../text/footnote-mark.ts';
import type { Inline } from './inline.ts';

/**
 * Splits a paragraph's text into inline segments: text, citations (their printed words as
 * link text) and footnote marks at their printed places. `refId(n)` names each mark's anchor.
 * A mark that falls inside a citation's words is placed just after them.
 */
export function inlineSegments(text: string, marks: FootnoteMark[], citations: Citation[], refId: (n: number) => string): Inline[] {
  const out: Inline[] = [];
  const pending = [...marks].sort((a, b) => a.at - b.at);
  let cursor = 0;
  const pushText = (end: number) => {
    while (pending.length > 0 && (pending[0] as FootnoteMark).at <= end) {
      const mark = pending.shift() as FootnoteMark;
      const at = Math.max(mark.at, cursor);
      if (at > cursor) out.push({ t: text.slice(cursor, at) });
      cursor = at;
      out.push({ fn: mark.n, id: refId(mark.n) });
    }
    if (end > cursor) out.push({ t: text.slice(cursor, end) });
    cursor = Math.max(cursor, end);
  };
  for (const citation of citations) {
    if (citation.start < cursor) continue;
    pushText(citation.start);
    const link: Inline = citation.para === undefined ? { cite: citation.target, text: text.slice(citation.start, citation.end) } : { cite: citation.target, para: citation.para, text: text.slice(citation.start, citation.end) };
    out.push(link);
    cursor = citation.end;
  }
  pushText(text.length);
  return out;
}
