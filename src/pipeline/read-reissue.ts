import type { Conventions } from './conventions/types.ts';

/** A source's note that it is a document issued again under the same symbol, corrected. */
export interface Reissue {
  /** The date the note gives, ISO, or null when it gives none. */
  date: string | null;
  /** The note as printed (one line), for the build's messages. */
  note: string;
}

/**
 * Finds the reissue note in a source's text ("* Reissued for technical reasons on 3 August 2015.",
 * "* 因技术原因于2015年8月3日重新印发。"): the first line the language's `reissue` pattern
 * matches, and the date printed on that line. Null when the source is no reissue.
 */
export function readReissue(text: string, conventions: Conventions): Reissue | null {
  for (const line of text.split(/\r\n?|\n/)) {
    if (!conventions.reissue.test(line)) continue;
    const date = line.match(conventions.date);
    const note = line.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    return { date: date ? conventions.parseDate(date) : null, note: note.length > 160 ? `${note.slice(0, 159)}…` : note };
  }
  return null;
}
