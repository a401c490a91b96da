import { describe, expect, it } from 'vitest';
import { ENGLISH_MONTHS, isoDateParts } from '../../src/cite/date.ts';

describe('isoDateParts', () => {
  it('reads the model’s ISO dates', () => {
    expect(isoDateParts('2015-07-22')).toEqual({ year: 2015, month: 7, day: 22 });
    expect(isoDateParts('1968-01-05')).toEqual({ year: 1968, month: 1, day: 5 });
    expect(isoDateParts('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('refuses anything else', () => {
    for (const bad of ['2015-7-22', '22 July 2015', '2015-02-30', '2023-02-29', '2015-13-01', '']) {
      expect(() => isoDateParts(bad), bad).toThrow(RangeError);
    }
  });

  it('names the months in order', () => {
    expect(ENGLISH_MONTHS[0]).toBe('January');
    expect(ENGLISH_MONTHS[6]).toBe('July');
    expect(ENGLISH_MONTHS).toHaveLength(12);
  });
});
