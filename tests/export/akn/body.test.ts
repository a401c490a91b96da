import { describe, expect, it } from 'vitest';
import { blocks, splitTrailingDraft } from '../../../src/export/akn/body.ts';
import { planNotes } from '../../../src/export/akn/footnotes.ts';
import { newRender } from '../../../src/export/akn/render.ts';
import { resolutionToAkn } from '../../../src/export/akn/to-akn.ts';
import { el, serialise } from '../../../src/export/akn/xml.ts';
import type { Block } from '../../../src/schemas/block.ts';
import { comparable, heading, model, para, roundTrip } from './helpers.ts';

const write = (list: Block[], prefix = ''): string => serialise(el('mainBody', {}, blocks(list, prefix, newRender('en', planNotes([], []), []))));
/** The body exported and read back by the importer equals the model's. */
const keeps = (body: Block[]): void => {
  const m = model({ body });
  expect(comparable(roundTrip(m)).body).toEqual(body);
};

describe('body', () => {
  it('sets a numbered paragraph as paragraph, num and content, its eId the contract id', () => {
    expect(write([para('para-12', 'Decides & resolves;', { num: '12' })])).toBe(
      ['<mainBody>', '  <paragraph eId="para-12">', '    <num>12.</num>', '    <content>', '      <p>Decides &amp; resolves;</p>', '    </content>', '  </paragraph>', '</mainBody>'].join('\n'),
    );
  });

  it('sets sub-paragraphs as a list: its intro holds the paragraph’s words, each point a sub-paragraph, items in nested lists', () => {
    const body = [para('para-48', 'Requests:', { num: '48', items: [para('para-48-a', 'first:', { num: 'a', items: [para('para-48-a-i', 'inner;', { num: 'i' }), para('para-48-a-ii', 'inner;', { num: 'ii' })] }), para('para-48-b', 'second.', { num: 'b' })] })];
    const xml = write(body);
    expect(xml).toContain('<list eId="para-48-list">');
    expect(xml).toContain('<intro>');
    expect(xml).toContain('<point eId="para-48-a-ii">');
    keeps(body);
  });

  it('sets a heading as a paragraph holding a subheading', () => {
    expect(write([heading('section-2', 'Internet governance')])).toContain('<paragraph eId="section-2" class="H23">\n    <subheading>Internet governance</subheading>\n  </paragraph>');
  });

  it('sets parts A, B… as part, the letter as its first subheading, its preambular paragraphs as crossHeading', () => {
    const body = [heading('part-a', 'A'), heading('part-a-section-1', 'Work of the Committee'), para('part-a-preamble-1', 'Recognizing the work,'), para('part-a-para-1', 'Decides;', { num: '1' }), heading('part-b', 'B'), para('part-b-preamble-1', 'Noting:', { items: [para('part-b-preamble-1-a', 'that;', { num: 'a' })] }), para('part-b-para-1', 'Requests;', { num: '1' })];
    const xml = write(body);
    expect(xml).toContain('<part eId="part-a">\n    <subheading>A</subheading>');
    expect(xml).toContain('<crossHeading refersTo="#preamble" eId="part-a-preamble-1">Recognizing the work,</crossHeading>');
    keeps(body);
  });

  it('sets a table’s rows as tr, the cells split again at " | "', () => {
    const body = [heading('section-1', 'Schedule'), para('table-1-row-1', 'Date | Meeting'), para('table-1-row-2', '1 May | Opening')];
    expect(write(body)).toContain('<container name="table" eId="table-1">');
    const m = model({ annexes: [{ id: 'annex-1', title: 'Annex', body: body.map((b) => ({ ...b, id: `annex-1-${b.id}` })) }] });
    expect(comparable(roundTrip(m))).toEqual(comparable(m));
  });

  it('sets a draft resolution in the paragraph that recommends it, as an embeddedStructure', () => {
    const body = [para('para-1', 'Recommends the following draft resolution:', { num: '1' }), para('draft-formula', 'The General Assembly,'), para('draft-preamble-1', 'Recalling,'), para('draft-para-1', 'Decides;', { num: '1' }), para('draft-para-2', 'Requests:', { num: '2', items: [para('draft-para-2-a', 'x;', { num: 'a' })] })];
    expect(write(body)).toContain('<embeddedStructure eId="draft-resolution"><container name="formula" eId="draft-formula"><p>The General Assembly,</p></container>');
    keeps(body);
  });

  it('sets a draft that a heading introduces at the end of the body as a component, as the UN’s 2021 files do', () => {
    const body = [para('para-1', 'Decides;', { num: '1' }), heading('section-1', 'Draft resolution'), para('draft-formula', 'The General Assembly,'), para('draft-para-1', 'Decides;', { num: '1' })];
    expect(splitTrailingDraft(body).draft.map((b) => b.id)).toEqual(['draft-formula', 'draft-para-1']);
    expect(splitTrailingDraft(body.slice(0, 1)).draft).toEqual([]);
    expect(resolutionToAkn(model({ body }))).toContain('<component eId="draft-component">');
    keeps(body);
  });

  it('sets an unnumbered paragraph as a paragraph without num where it reads back as one', () => {
    const body = [para('para-1', 'Decides;', { num: '1' }), para('text-1', 'Also decides that this is an unnumbered paragraph of some length.')];
    expect(write(body)).toContain('<paragraph eId="text-1">');
    keeps(body);
  });

  it('sets an unnumbered paragraph that would read as something else (a heading, a number, a label, a preambular paragraph) as an hcontainer', () => {
    const body = [para('para-1', 'Recalling,'), para('para-2', 'Short line'), para('para-3', '14. Starts with a number.'), para('para-4', '(a) Starts with a label.')];
    const xml = write(body);
    for (const id of ['para-1', 'para-2', 'para-3', 'para-4']) expect(xml).toContain(`<hcontainer name="unnumberedParagraph" eId="${id}">`);
    keeps(body);
  });

  it('sets such a paragraph’s sub-paragraphs after it, as paragraphs of their own, which the importer sets under it', () => {
    const body = [para('para-1', 'Short heading', { items: [para('para-1-a', 'first:', { num: 'a', items: [para('para-1-a-i', 'inner;', { num: 'i' })] }), para('para-1-b', 'second.', { num: 'b' })] }), para('para-2', 'Another paragraph that ends a sentence.')];
    expect(write(body)).toContain('<hcontainer name="unnumberedParagraph" eId="para-1">');
    keeps(body);
  });

  it('keeps words that follow a numbered paragraph without words apart from it', () => {
    keeps([para('para-1', '', { num: '1' }), para('text-1', 'Words of a paragraph of their own.')]);
  });

  it('keeps lettered paragraphs that stand on their own after a heading, and a roman sub-paragraph label', () => {
    keeps([heading('section-1', 'Members'), para('para-1', 'first;', { num: 'a' }), para('para-2', 'second;', { num: 'b' })]);
    keeps([para('para-1', 'Items:', { num: '1', items: [para('para-1-a', 'first;', { num: 'i' }), para('para-1-b', 'second;', { num: 'ii' })] })]);
  });
});
