import type { Conventions } from './types.ts';

/**
 * Lines the UN always prints on their own: the formula that opens the preamble, the annex
 * line, a part's letter, and the closing plenary meeting and date. They are never joined to the lines around them.
 */
export function isStandaloneLine(conventions: Conventions, text: string): boolean {
  if (conventions.formula.test(text) || conventions.annex.test(text) || conventions.part.test(text)) return true;
  if (text.length > 60) return false;
  const meeting = conventions.meeting.exec(text);
  if (meeting && text.replace(meeting[0], '').trim() === '') return true;
  const date = conventions.date.exec(text);
  return date !== null && text.replace(date[0], '').trim() === '';
}
