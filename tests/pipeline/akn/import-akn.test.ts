import { describe, expect, it } from 'vitest';
import { importAkn } from '../../../src/pipeline/akn/import-akn.ts';
import { importSource } from '../../../src/pipeline/import-source.ts';
import { SourceError } from '../../../src/pipeline/source-error.ts';
import { aknFile } from './helpers.ts';

const file = aknFile({
  lang: 'fra',
  cover: '<p><session>Session de 2023</session></p><p><inline title="18 b)" name="agenda item">Point 18 b) de l’ordre du jour</inline></p>',
  preface: '<p><docNumber>2023/3.</docNumber><docTitle>Évaluation des progrès</docTitle></p>',
  preamble: `<formula name="enactingFormula"><p><span class="italic">Le Conseil économique et social</span>,</p></formula>
    <container name="Rappelant"><p><span class="italic">Rappelant</span> les documents finals du Sommet mondial,<authorialNote marker="1" placement="bottom"><p>\tVoir <a href="u">A/C.2/59/3</a>.</p></authorialNote></p></container>`,
  mainBody: `<paragraph class="H23"><subheading>Bilan</subheading></paragraph>
    <paragraph><num>1.</num><content><p><span class="italic">Prie</span> le Secrétaire général :</p></content></paragraph>
    <paragraph><num>a)</num><content><p>De présenter un rapport ;</p></content></paragraph>
    <paragraph><num>2.</num><content><p><span class="italic">Décide</span> de rester saisi de la question.</p></content></paragraph>`,
  conclusions: '<p><inline name="adoptionMeeting" title="25e">25e séance plénière</inline><eol/><docDate date="2023-06-07">7 juin 2023</docDate></p>',
});

describe('importAkn', () => {
  it('reads a resolution into the model, validated', () => {
    const { resolution } = importAkn(file, 'x.xml');
    expect(resolution).toMatchObject({ symbol: 'E/RES/2023/3', organ: 'ECOSOC', number: '2023/3', lang: 'fr', title: 'Évaluation des progrès', adopted: '2023-06-07', meeting: 25, agendaItem: '18 b)', warnings: [] });
    expect(resolution.preamble).toEqual([{ kind: 'para', id: 'preamble-1', num: null, text: 'Rappelant les documents finals du Sommet mondial,', notes: [1], items: [] }]);
    expect(resolution.body.map((b) => b.id)).toEqual(['section-1', 'para-1', 'para-2']);
    expect(resolution.body[1]).toMatchObject({ num: '1', text: 'Prie le Secrétaire général :', items: [{ id: 'para-1-a', num: 'a', text: 'De présenter un rapport ;' }] });
    expect(resolution.footnotes).toEqual([{ id: 'fn-1', n: 1, text: 'Voir A/C.2/59/3.' }]);
    expect(resolution.refs).toEqual([{ target: 'A/C.2/59/3', in: 'fn-1' }]);
  });

  it('keeps what the page prints around the text: formula, session, closing lines, labels, marks', () => {
    const { print } = importAkn(file, 'x.xml');
    expect(print).toMatchObject({
      session: 'Session de 2023',
      formula: 'Le Conseil économique et social,',
      closing: ['25e séance plénière', '7 juin 2023'],
      labels: { 'para-1': '1.', 'para-1-a': 'a)', 'para-2': '2.' },
      // The mark stands where the note stood: after the comma that ends the paragraph.
      marks: { 'preamble-1': [{ n: 1, at: 'Rappelant les documents finals du Sommet mondial,'.length }] },
      classification: { sdgGoals: [], subjects: [] },
    });
  });

  it('is what importSource reads an XML source with; a file it cannot read is refused naming it', async () => {
    expect((await importSource(file, 'x.xml')).resolution.symbol).toBe('E/RES/2023/3');
    const error = await importSource(new TextEncoder().encode('<?xml version="1.0"?>\n<akomaNtoso>\n<statement>\n</akomaNtoso>'), 'content/bad.xml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toMatch(/^content\/bad\.xml:\d+: not well-formed XML/);
  });
});
