import { describe, expect, it } from 'vitest';
import { readIdentification } from '../../../src/pipeline/akn/identification.ts';
import { parseAkn } from '../../../src/pipeline/akn/parse-akn.ts';
import { aknFile } from './helpers.ts';

const read = (parts: Parameters<typeof aknFile>[0]) => readIdentification(parseAkn(aknFile(parts), 'x.xml'), 'x.xml');

describe('readIdentification', () => {
  it('reads the number from the FRBR work, the adoption date and the language', () => {
    expect(read({})).toEqual({ organ: 'ECOSOC', number: '2023/3', adopted: '2023-06-07', lang: 'en', warnings: [] });
    expect(read({ lang: 'zho' }).lang).toBe('zh');
    expect(read({ lang: 'chi' }).lang).toBe('zh');
    expect(read({ lang: 'ara' }).lang).toBe('ar');
  });

  it('prints the part of a resolution adopted in parts as the UN does: "2021/2 B"', () => {
    const part = read({ frbr: '/akn/un/statement/deliberation/unecosoc/2021-07-21/2021-2B/', preface: '<p><docNumber>2021/2.</docNumber><docTitle>T</docTitle></p><p><docNumber>B</docNumber></p>' });
    expect(part.number).toBe('2021/2 B');
    expect(part.warnings).toEqual([]);
  });

  it('keeps the FRBR number when the preface prints another, and warns with the line', () => {
    const differs = read({ preface: '<p><docNumber>2023/5.</docNumber><docTitle>T</docTitle></p>' });
    expect(differs.number).toBe('2023/3');
    expect(differs.warnings).toEqual(['line 12: the preface prints number 2023/5, the FRBR identification says 2023/3; 2023/3 is kept']);
  });

  it('falls back on the preface number, and refuses a file with neither or with another language', () => {
    expect(read({ frbr: '/akn/un/statement/x/', preface: '<p><docNumber>٢٠٢٣/٣</docNumber></p>' }).number).toBe('2023/3');
    expect(() => read({ frbr: '/akn/un/statement/x/', preface: '<p/>' })).toThrow(/x\.xml: no resolution number/);
    expect(() => read({ lang: 'deu' })).toThrow(/language "deu" is not one of the six UN languages/);
  });
});
