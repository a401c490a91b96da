import { describe, expect, it } from 'vitest';
import { SourceError } from '../../../src/pipeline/source-error.ts';
import { importText } from '../../../src/pipeline/text/import-text.ts';
import type { Para } from '../../../src/schemas/para.ts';
import { SEED_FILE, seedBytes, seedLines, seedText } from './helpers.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const seed = importText(seedBytes, SEED_FILE);

/** The seed with line `n` (1-based) replaced, every other line and its number unchanged. */
function seedWithLine(n: number, text: string): Uint8Array {
  const rows = seedText.split('\n');
  rows[n - 1] = text;
  return utf8(rows.join('\n'));
}

/** The SourceError that importing `bytes` as `file` throws. */
function refusal(bytes: Uint8Array, file: string): SourceError {
  try {
    importText(bytes, file);
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error(`${file} was imported`);
}

/** A small English resolution in the UN's shape. */
const english = (body: string[]) =>
  [
    'Resolution adopted by the Economic and Social Council on 22 July 2015',
    '',
    '2015/26. Assessment of the progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society',
    '',
    'The Economic and Social Council,',
    '',
    ...body,
  ].join('\n');

describe('importText', () => {
  describe('the seed', () => {
    it('reads the metadata from the printed lines', () => {
      expect(seed.resolution).toMatchObject({ symbol: 'E/RES/2015/26', organ: 'ECOSOC', number: '2015/26', lang: 'zh', adopted: '2015-07-22', meeting: 54, agendaItem: '18(b)' });
    });

    it('keeps what the page shows and the model has no field for', () => {
      expect(seed.print).toMatchObject({
        session: '2015 年会议',
        jobNumber: '15-13833 (C)',
        adoptionLine: '2015 年 7 月 22 日经济及社会理事会决议',
        recommendation: '[根据科学和技术促进发展委员会的建议(E/2015/31)通过]',
        formula: '经济及社会理事会，',
        closing: ['2015 年 7月 22 日', '第 54 次全体会议'],
      });
      expect(seed.print.labels['para-48-c']).toBe('(c)');
      expect(seed.print.labels['para-1']).toBe('1.');
    });

    it('turns footnote marks into each paragraph\'s notes and keeps where they stood', () => {
      const para1 = seed.resolution.body.find((b) => b.id === 'para-1') as Para;
      expect(para1.notes).toEqual([1]);
      expect(para1.text.slice(0, seed.print.marks['para-1']?.[0]?.at)).toBe('注意到目前执行信息社会世界首脑会议成果的情况，');
      expect(para1.text).not.toMatch(/[\uFDD0-\uFDEF]/);
    });

    it('reads the nine footnotes with ids fn-1 … fn-9', () => {
      expect(seed.resolution.footnotes.map((f) => f.id)).toEqual(['fn-1', 'fn-2', 'fn-3', 'fn-4', 'fn-5', 'fn-6', 'fn-7', 'fn-8', 'fn-9']);
    });

    it('collects the citations with the id of the paragraph or footnote they stand in', () => {
      expect(seed.resolution.refs).toContainEqual({ target: 'E/RES/2014/27', para: '57', in: 'para-57' });
      expect(seed.resolution.refs).toContainEqual({ target: 'A/70/63-E/2015/10', in: 'fn-2' });
    });
  });

  describe('reads the same model however the seed is encoded or laid out', () => {
    const same = (bytes: Uint8Array, file = SEED_FILE) => expect(importText(bytes, file).resolution).toEqual(seed.resolution);

    it('in UTF-16 little-endian with a byte order mark', () => {
      const bytes = new Uint8Array(2 + seedText.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < seedText.length; i++) bytes.set([seedText.charCodeAt(i) & 0xff, seedText.charCodeAt(i) >> 8], 2 + 2 * i);
      same(bytes);
    });

    it('in UTF-8 with a byte order mark', () => {
      same(utf8(`\uFEFF${seedText}`));
    });

    it('with Windows line ends', () => {
      same(utf8(seedText.replace(/\n/g, '\r\n')));
    });

    it('with a form feed at each page break', () => {
      const rows = seedText.split('\n');
      for (const n of [61, 266, 333, 405, 474, 541]) rows[n - 1] = `\f${rows[n - 1]}`;
      same(utf8(rows.join('\n')));
    });

    it('under a file name that does not say its language (told from its script)', () => {
      same(seedBytes, 'tests/fixtures/input.txt');
    });
  });

  describe('warns with the line number in the source file', () => {
    it('about a sub-paragraph label out of sequence: (d) printed where (c) is expected on line 441', () => {
      const { resolution } = importText(seedWithLine(441, ' (d) 鼓励会员国在国家一级收集信息和通信技术的有关数据，以便能对世界'), SEED_FILE);
      expect(resolution.warnings).toEqual(['line 441: label (d) stands where (c) was expected; its id is para-48-c']);
      const para48 = resolution.body.find((b) => b.id === 'para-48') as Para;
      expect(para48.items.map((p) => [p.id, p.num])).toEqual([
        ['para-48-a', 'a'],
        ['para-48-b', 'b'],
        ['para-48-c', 'd'],
        ['para-48-d', 'd'],
        ['para-48-e', 'e'],
      ]);
    });

    it('about a footnote that no mark refers to (the mark of footnote 8 on line 426 lost), placing the later marks still', () => {
      const { resolution } = importText(seedWithLine(426, ''), SEED_FILE);
      expect(resolution.warnings).toEqual([
        'line 525: footnote mark 9 follows mark 7; the marks between were not found',
        'line 470: footnote 8 is never referenced in the text',
      ]);
    });

    it('about a number alone on a line that is no footnote mark', () => {
      const { resolution } = importText(seedWithLine(426, '12'), SEED_FILE);
      expect(resolution.warnings).toContain('line 426: the number 12 stands alone on a line and is no footnote mark; kept as text');
    });
  });

  describe('English', () => {
    it('reads an English resolution: title, formula, preamble, paragraphs with sub-paragraphs, closing', () => {
      const { resolution, print } = importText(
        utf8(
          english([
            'Recalling its resolution 2014/27 of 16 July 2014,',
            '',
            '1. Takes note of the report of the Secretary-General;',
            '',
            '2. Recommends that the United Nations entities:',
            '',
            '(a) Continue to review their indicators;',
            '',
            '(b) Share good practices;',
            '',
            '54th plenary meeting',
            '22 July 2015',
          ]),
        ),
        'E-RES-2015-26.en.txt',
      );
      expect(resolution).toMatchObject({ symbol: 'E/RES/2015/26', organ: 'ECOSOC', lang: 'en', adopted: '2015-07-22', meeting: 54, agendaItem: null, warnings: [] });
      expect(resolution.title).toBe('Assessment of the progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society');
      expect(resolution.preamble.map((p) => p.text)).toEqual(['Recalling its resolution 2014/27 of 16 July 2014,']);
      expect(resolution.body.map((b) => [b.id, b.kind === 'para' ? b.items.map((i) => i.id) : []])).toEqual([
        ['para-1', []],
        ['para-2', ['para-2-a', 'para-2-b']],
      ]);
      expect(resolution.refs).toEqual([{ target: 'E/RES/2014/27', in: 'preamble-1' }]);
      expect(print.closing).toEqual(['54th plenary meeting', '22 July 2015']);
    });

    it('takes the adoption date from the adoption line when there are no closing lines', () => {
      const { resolution } = importText(utf8(english(['1. Takes note of the report;'])), 'a.en.txt');
      expect([resolution.adopted, resolution.meeting]).toEqual(['2015-07-22', null]);
    });

    it('reads a General Assembly resolution as such: organ GA, symbol A/RES/…', () => {
      const text = ['Resolution adopted by the General Assembly on 19 December 2014', '', '69/204. Information and communications technologies for development', '', 'The General Assembly,', '', 'Recalling its resolution 68/198 of 20 December 2013,', '', '1. Takes note of the report;'].join('\n');
      const { resolution } = importText(utf8(text), 'A-RES-69-204.en.txt');
      expect(resolution).toMatchObject({ symbol: 'A/RES/69/204', organ: 'GA', number: '69/204', adopted: '2014-12-19' });
    });
  });

  describe('refuses a source it cannot read, with a SourceError naming the file (and line where there is one)', () => {
    it('an empty file', () => {
      expect(refusal(new Uint8Array(), 'content/empty.zh.txt').message).toBe('content/empty.zh.txt: the file is empty');
    });

    it('binary data, at the line of the NUL byte', () => {
      const error = refusal(utf8(`${seedLines(1, 12).join('\n')}\n\u0000\u0000`), 'content/x.zh.txt');
      expect([error.file, error.line]).toEqual(['content/x.zh.txt', 13]);
      expect(error.message).toMatch(/^content\/x\.zh\.txt:13: binary data/);
    });

    it('bytes that are not UTF-8, at their line', () => {
      const bytes = Uint8Array.from([...utf8(seedLines(1, 20).join('\n')), 0x0a, 0xc3, 0x28]);
      expect(refusal(bytes, 'content/x.zh.txt').message).toBe('content/x.zh.txt:21: bytes that are not valid UTF-8 text');
    });

    it('a text with no resolution number and title', () => {
      expect(refusal(utf8('Minutes of the meeting.\n\nThe meeting opened at 10 a.m.'), 'notes.en.txt').message).toBe('notes.en.txt: no resolution number and title (such as "2015/26. Title") found: is this a resolution?');
    });

    it('a resolution with a title and no paragraphs', () => {
      expect(refusal(utf8(english([])), 'short.en.txt').message).toBe('short.en.txt: no paragraphs found after the title');
    });

    it('a text in another language that holds no resolution either', () => {
      expect(refusal(utf8('Le Conseil économique et social,\nRappelant sa résolution 2014/27,'), 'E-RES-2015-26.fr.txt').message).toBe('E-RES-2015-26.fr.txt: no resolution number and title (such as "2015/26. Title") found: is this a resolution?');
    });
  });
});

describe('importText in the six languages (issue 3)', () => {
  it('reads the meeting number a Spanish text spells as an ordinal, and the Arabic title number printed with a dash', () => {
    const spanish = ['Resolución aprobada por el Consejo Económico y Social el 8 de junio de 2021', '', '2021/13. Labor del Comité', '', 'El Consejo Económico y Social,', '', '1. Expresa su reconocimiento.', '', 'Octava sesión plenaria', '8 de junio de 2021'].join('\n');
    expect(importText(utf8(spanish), 'E-RES-2021-13.es.txt').resolution).toMatchObject({ number: '2021/13', meeting: 8, adopted: '2021-06-08' });
    const arabic = ['قرار اتخذه المجلس الاقتصادي والاجتماعي في 7 حزيران/يونيه 2023', '', '2023/3 - تقييم التقدم المحرز', '', 'إن المجلس الاقتصادي والاجتماعي ،', '', '1 - يرحب بالتقرير.', '', 'الجلسة العامة الأولى', '7 حزيران/يونيه 2023'].join('\n');
    expect(importText(utf8(arabic), 'E-RES-2023-3.ar.txt').resolution).toMatchObject({ number: '2023/3', title: 'تقييم التقدم المحرز', meeting: 1, adopted: '2023-06-07', warnings: [] });
  });
});
