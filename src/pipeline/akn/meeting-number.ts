import { toAsciiDigits as asciiDigits } from '../ascii-digits.ts';

/**
 * Some Spanish and Arabic files spell the meeting's ordinal in words ("Octava sesión
 * plenaria", "الجلسة العامة الأولى") where the others print digits ("8th plenary meeting").
 */
const SPANISH_UNITS = ['primera', 'segunda', 'tercera', 'cuarta', 'quinta', 'sexta', 'séptima', 'octava', 'novena'];
const SPANISH_TENS = ['décima', 'vigésima', 'trigésima', 'cuadragésima', 'quincuagésima', 'sexagésima', 'septuagésima', 'octogésima', 'nonagésima'];
const ARABIC_UNITS = ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'];

/** The meeting number a closing line gives, in digits ("25th", "第25次", "٢٥") or in Spanish or Arabic ordinal words. */
export function meetingNumber(text: string): number | null {
  const digits = /\d+/.exec(asciiDigits(text));
  if (digits) return Number(digits[0]);
  const words = text.toLowerCase().normalize('NFC').split(/[\s>]+/);
  let n = 0;
  for (const word of words) {
    const ten = SPANISH_TENS.indexOf(word);
    const unit = SPANISH_UNITS.indexOf(word);
    if (ten >= 0) n += (ten + 1) * 10;
    else if (unit >= 0) n += unit + 1;
    else if (word === 'undécima') n += 11;
    else if (word === 'duodécima') n += 12;
  }
  if (n > 0) return n;
  const arabic = ARABIC_UNITS.findIndex((w) => words.includes(w));
  return arabic >= 0 ? arabic + 1 : null;
}
