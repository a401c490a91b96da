import { describe, expect, it } from 'vitest';
import { toAsciiDigits as asciiDigits } from '../../../src/pipeline/ascii-digits.ts';
import { leadingLabel, leadingNumber, readNum } from '../../../src/pipeline/akn/num-label.ts';

const kind = (printed: string): [string, string] => {
  const label = readNum(printed);
  return [label.kind, label.value];
};

describe('readNum', () => {
  it('reads operative numbers as the six languages print them, digits in ASCII', () => {
    expect(kind('1.')).toEqual(['number', '1']);
    expect(kind(' 12 - ')).toEqual(['number', '12']);
    expect(kind('9-')).toEqual(['number', '9']);
    expect(kind('١٢ -')).toEqual(['number', '12']);
    expect(readNum('١٢ -').printed).toBe('١٢ -');
  });

  it('reads sub-paragraph letters in Latin, Cyrillic and Arabic, and roman items', () => {
    expect(kind('(a)')).toEqual(['letter', 'a']);
    expect(kind('b)')).toEqual(['letter', 'b']);
    expect(kind('а)')).toEqual(['letter', 'а']);
    expect(kind('(أ)')).toEqual(['letter', 'أ']);
    expect(kind('(هـ)')).toEqual(['letter', 'هـ']);
    expect(kind('(ii)')).toEqual(['roman', 'ii']);
    expect(kind('(c)')).toEqual(['roman', 'c']);
  });

  it('reads the items of Arabic and Chinese, and numbered headings', () => {
    expect(kind('’2‘')).toEqual(['item', '2']);
    expect(kind('㈢')).toEqual(['item', '㈢']);
    expect(kind('(十一)')).toEqual(['item', '十一']);
    expect(kind('IV.')).toEqual(['heading', 'IV']);
    expect(kind('B.')).toEqual(['heading', 'B']);
    expect(kind('二.')).toEqual(['heading', '二']);
    expect(kind('*')).toEqual(['other', '*']);
  });
});

describe('labels printed in the text', () => {
  it('finds a sub-paragraph label at the start of a text, a CJK item with no space after it', () => {
    expect(leadingLabel('(a) Committee on Transport;')).toEqual({ label: { kind: 'letter', value: 'a', printed: '(a)' }, rest: 'Committee on Transport;' });
    expect(leadingLabel('㈠森林合作伙伴关系')?.rest).toBe('森林合作伙伴关系');
    expect(leadingLabel('2030 Agenda for Sustainable Development')).toBeNull();
  });

  it('finds an operative number with its dot or dash, or bare', () => {
    expect(leadingNumber('14- يشجع الدول')).toMatchObject({ label: { value: '14' }, rest: 'يشجع الدول', bare: false });
    expect(leadingNumber('1 - تقييم')).toMatchObject({ label: { value: '1', printed: '1 -' }, bare: false });
    expect(leadingNumber('7 Pone de relieve')).toMatchObject({ label: { value: '7' }, bare: true });
    expect(leadingNumber('Decides that')).toBeNull();
  });

  it('writes Arabic-Indic and Eastern Arabic-Indic digits in ASCII', () => {
    expect(asciiDigits('٢٠٢٣/٣ و ۱۲')).toBe('2023/3 و 12');
  });
});
