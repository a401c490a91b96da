/** One line of a text source, as it stood in the file, with its 1-based line number. */
export interface SourceLine {
  /** Line number in the source file, kept through every stage so warnings can point at it. */
  n: number;
  /** The line's text, leading white space included (indentation is a signal). */
  text: string;
  /** A footnote separator rule stood here (set by stripPageFurniture). */
  separator?: boolean;
  /** A new page starts with this line (a form feed stood before it). */
  pageStart?: boolean;
  /**
   * Whether the printed line ended with a space, where the text no longer shows it: a footnote
   * mark alone on a line cut it, and the space stood after the mark (set by liftFootnotes).
   */
  endSpace?: boolean;
}

/** Splits decoded text into numbered lines; a form feed marks the next line with text as a page start. */
export function toSourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let pageStartPending = false;
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    if (raw.includes('\f')) pageStartPending = true;
    const line: SourceLine = { n: index + 1, text: raw.replace(/\f/g, '') };
    if (pageStartPending && line.text.trim() !== '') {
      line.pageStart = true;
      pageStartPending = false;
    }
    lines.push(line);
  });
  return lines;
}

/** True for a line with nothing but white space. */
export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === '';
}

/** The first line from `from` on that `accept`s, or undefined: a walk, not a copy of the rest (a copy at every line is quadratic). */
export function findFrom(lines: readonly SourceLine[], from: number, accept: (line: SourceLine) => boolean): SourceLine | undefined {
  for (let i = from; i < lines.length; i++) if (accept(lines[i] as SourceLine)) return lines[i];
  return undefined;
}
