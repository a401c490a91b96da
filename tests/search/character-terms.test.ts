import { describe, expect, it } from 'vitest';
import { characterTerms, decodeCharacterTerms, encodeCharacter, queryCharacterTerms } from '../../src/search/character-terms.ts';

const terms = (text: string) => characterTerms(text).map((term) => decode(term)).join(' ');
/** Back from four letters a character to the characters, to read the tests. */
function decode(term: string): string {
  let out = '';
  for (let i = 0; i < term.length; i += 4) {
    let n = 0;
    for (const letter of term.slice(i, i + 4)) n = n * 26 + (letter.charCodeAt(0) - 97);
    out += String.fromCodePoint(n);
  }
  return out;
}

describe('encodeCharacter', () => {
  it('writes a code point as four lower-case letters, one to one', () => {
    expect(encodeCharacter('区')).toMatch(/^[a-z]{4}$/);
    expect(encodeCharacter('区')).not.toBe(encodeCharacter('域'));
    expect(decode(encodeCharacter('𠀀'))).toBe('𠀀'); // CJK Extension B, outside the BMP
  });
});

describe('characterTerms', () => {
  it('gives each character with the next, the last of a run alone', () => {
    expect(terms('理事会')).toBe('理事 事会 会');
  });

  it('keeps punctuation as characters and breaks runs at white space only', () => {
    expect(terms('议程，并请')).toBe('议程 程， ，并 并请 请');
    expect(terms('第 2014/27 号')).toBe('第 20 01 14 4/ /2 27 7 号');
  });

  it('folds full-width forms and case as the index does', () => {
    expect(terms('ＳＤＧ２')).toBe(terms('sdg2'));
  });

  it('makes a fragment cut inside a run a prefix of the text’s terms at the same positions', () => {
    const text = characterTerms('区域的区别');
    const query = characterTerms('区域的区');
    query.forEach((term, i) => expect(text[i]!.startsWith(term)).toBe(true));
    const inner = characterTerms('域的区');
    inner.forEach((term, i) => expect(text[i + 1]!.startsWith(term)).toBe(true));
  });

  it('gives nothing for white space alone', () => {
    expect(characterTerms('  \n ')).toEqual([]);
  });
});

describe('decodeCharacterTerms', () => {
  it('gives the text back from its terms, runs one space apart', () => {
    for (const text of ['理事会，决定：', '第 2014/27 号决议', '2030 年议程（a）']) expect(decodeCharacterTerms(characterTerms(text))).toBe(text);
  });

  it('gives letters in lower case and full-width digits as ASCII: such a text is kept whole in the record', () => {
    expect(decodeCharacterTerms(characterTerms('COVID-19 大流行'))).toBe('covid-19 大流行');
    expect(decodeCharacterTerms(characterTerms('２０３０年'))).toBe('2030年');
  });
});

describe('queryCharacterTerms', () => {
  const query = (text: string) => queryCharacterTerms(text).map(decode).join(' ');

  it('leaves out a run’s last character alone, which its pair already asks for', () => {
    expect(query('区域的区')).toBe('区域 域的 的区');
    expect(query('181号决议')).toBe('18 81 1号 号决 决议');
  });

  it('keeps a character alone where it is the whole run', () => {
    expect(query('区')).toBe('区');
  });

  it('gives terms that stand at consecutive positions of the text’s, wherever the query starts and ends', () => {
    const text = characterTerms('第76/181号决议，附件。');
    const terms = queryCharacterTerms('181号决议');
    const at = text.indexOf(terms[0]!);
    expect(text.slice(at, at + terms.length)).toEqual(terms);
  });
});
