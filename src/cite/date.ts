/** A calendar date, month and day counted from 1. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** English month names, January first. */
export const ENGLISH_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/**
 * The parts of an ISO date as the model gives it ("2015-07-22" → 2015, 7, 22). Throws a
 * RangeError for anything else, or a day the month does not have.
 */
export function isoDateParts(iso: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (!m || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`not an ISO date: "${iso}"`);
  }
  return { year, month, day };
}
