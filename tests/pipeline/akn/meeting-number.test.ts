import { describe, expect, it } from 'vitest';
import { meetingNumber } from '../../../src/pipeline/akn/meeting-number.ts';

describe('meetingNumber', () => {
  it('reads digits in any of the six languages', () => {
    expect(meetingNumber('25th')).toBe(25);
    expect(meetingNumber('第25次')).toBe(25);
    expect(meetingNumber('25‑е пленарное заседание')).toBe(25);
    expect(meetingNumber('الجلسة العامة ٢٥')).toBe(25);
  });

  it('reads Spanish and Arabic ordinals spelled in words', () => {
    expect(meetingNumber('Octava')).toBe(8);
    expect(meetingNumber('Primera sesión plenaria')).toBe(1);
    expect(meetingNumber('Vigésima novena sesión plenaria')).toBe(29);
    expect(meetingNumber('>الجلسة العامة الأولى')).toBe(1);
    expect(meetingNumber('الجلسة العامة العاشرة')).toBe(10);
  });

  it('gives null where the line has no number', () => {
    expect(meetingNumber('plenary meeting')).toBeNull();
  });
});
