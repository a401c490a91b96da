import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/pipeline/akn/front-matter.ts';
import { parseAkn } from '../../../src/pipeline/akn/parse-akn.ts';
import { aknFile, newSink } from './helpers.ts';

const cover = `
  <p><session refersTo="#ecosoc" value="2023">2023 session</session></p>
  <p><inline title="18 (b)" name="agenda item">Agenda item 18 (b)</inline></p>
  <p><inline name="agenda item name">Economic and environmental questions</inline></p>
  <p><docTitle>Resolution adopted by the Economic and Social Council on 7 June 2023</docTitle></p>
  <p><docProponent>[on the recommendation of the Commission (<inline name="originating document">E/2023/31</inline>)]</docProponent></p>`;

describe('readFrontMatter', () => {
  it('reads the cover page lines as printed and the preface title without the number', () => {
    const statement = parseAkn(aknFile({ cover, preface: '<p><docNumber>2023/3.</docNumber><docTitle><span class="bold">\tAssessment of the progress</span></docTitle></p>' }), 'x.xml');
    expect(readFrontMatter(statement, newSink())).toEqual({
      title: 'Assessment of the progress',
      session: '2023 session',
      agendaItem: '18 (b)',
      agendaTitle: 'Economic and environmental questions',
      adoptionLine: 'Resolution adopted by the Economic and Social Council on 7 June 2023',
      recommendation: '[on the recommendation of the Commission (E/2023/31)]',
      jobNumber: null,
      line: expect.any(Number),
    });
  });

  it('drops the dash the Arabic files set between number and title, and keeps a footnote on the part letter', () => {
    const sink = newSink();
    const preface = '<p><docNumber>2021/14</docNumber><docTitle> -\tالجدول المؤقت</docTitle></p><p><docNumber>B</docNumber><authorialNote marker="1"><p>Resolution 2021/2 becomes 2021/2 A.</p></authorialNote></p>';
    expect(readFrontMatter(parseAkn(aknFile({ preface }), 'x.xml'), sink).title).toBe('الجدول المؤقت');
    expect(sink.notes.map((n) => n.n)).toEqual([1]);
  });

  it('gives an empty title and null lines where the file prints none', () => {
    const front = readFrontMatter(parseAkn(aknFile({ preface: '<p><docNumber>2022/8</docNumber></p>', cover: '<p><session/></p><p><inline name="agenda item"/></p>' }), 'x.xml'), newSink());
    expect(front).toMatchObject({ title: '', session: null, agendaItem: null, adoptionLine: null });
  });
});
