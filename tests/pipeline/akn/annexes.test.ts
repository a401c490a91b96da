import { describe, expect, it } from 'vitest';
import { readAnnexes } from '../../../src/pipeline/akn/annexes.ts';
import { parseAkn } from '../../../src/pipeline/akn/parse-akn.ts';
import { aknFile, newScope } from './helpers.ts';

const attachment = (body: string): string => `<attachment><doc name="annex"><meta/><mainBody>${body}</mainBody></doc></attachment>`;

describe('readAnnexes', () => {
  it('reads each attachment as annex-N: its first heading its title, then headings, preamble and numbered paragraphs', () => {
    const after = `<attachments>${attachment(`
      <paragraph class="H23"><subheading>Annex</subheading></paragraph>
      <paragraph class="H23"><subheading>Decision G (70)</subheading></paragraph>
      <paragraph><content><p><span>The Economic Commission for Europe</span>,</p></content></paragraph>
      <paragraph><num>1.</num><content><p>Recalling its decision 4;</p></content></paragraph>
      <paragraph><num>2.</num><content><p>Endorses the Guidance.</p></content></paragraph>`)}${attachment('<paragraph><content><p>(a) The Committee is a centre;</p></content></paragraph><paragraph><content><p>(b) States participate;</p></content></paragraph>')}</attachments>`;
    const { annexes } = readAnnexes(parseAkn(aknFile({ after }), 'x.xml'), newScope());
    expect(annexes.map((a) => [a.id, a.title, a.body.map((b) => b.id)])).toEqual([
      ['annex-1', 'Annex', ['annex-1-section-1', 'annex-1-preamble-1', 'annex-1-para-1', 'annex-1-para-2']],
      ['annex-2', 'annex', ['annex-2-para-1', 'annex-2-para-2']],
    ]);
    expect(annexes[1]?.body[1]).toMatchObject({ num: 'b', label: '(b)', text: 'States participate;' });
  });

  it('reads the annex of a draft resolution set inside its component too', () => {
    const after = `<components><component><statement><mainBody/><attachments>${attachment('<paragraph class="H1"><content><p><span class="bold">Annex</span></p></content></paragraph><paragraph><num>1.</num><content><p>We express concern.</p></content></paragraph>')}</attachments></statement></component></components>`;
    const { annexes } = readAnnexes(parseAkn(aknFile({ after }), 'x.xml'), newScope());
    expect(annexes.map((a) => [a.id, a.title, a.body.map((b) => b.id)])).toEqual([['annex-1', 'Annex', ['annex-1-para-1']]]);
  });
});
