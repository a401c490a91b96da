import { describe, expect, it } from 'vitest';
import { readDraft } from '../../../src/pipeline/akn/draft-resolution.ts';
import { newScope, xml } from './helpers.ts';

const embedded = `<embeddedStructure>
  <container name="formula"><p><span class="italic">The General Assembly</span>,</p></container>
  <container name="Stressing"><p><span>Stressing</span> that the rights of the child are human rights,</p></container>
  <paragraph><num>1.</num><content><p>Urges Member States;</p></content></paragraph>
  <paragraph><num>2.</num><content><p>Decides to remain seized.</p></content></paragraph>
</embeddedStructure>`;

describe('readDraft', () => {
  it('reads an embedded draft resolution with the "draft-" prefix: formula, preamble, paragraphs', () => {
    const { blocks } = readDraft(xml(embedded), newScope());
    expect(blocks.map((b) => [b.id, b.text])).toEqual([
      ['draft-formula', 'The General Assembly,'],
      ['draft-preamble-1', 'Stressing that the rights of the child are human rights,'],
      ['draft-para-1', 'Urges Member States;'],
      ['draft-para-2', 'Decides to remain seized.'],
    ]);
  });

  it('reads a draft set as a component, and numbers a second draft "draft-2-"', () => {
    const scope = newScope();
    readDraft(xml(embedded), scope);
    const component = xml('<component><statement name="draft resolution"><meta/><preamble><formula><p>The General Assembly,</p></formula></preamble><mainBody><paragraph><num>1.</num><content><p>Decides.</p></content></paragraph></mainBody></statement></component>');
    expect(readDraft(component, scope).blocks.map((b) => b.id)).toEqual(['draft-2-formula', 'draft-2-para-1']);
  });

  it('reads a formula the file sets twice once', () => {
    const twice = xml('<embeddedStructure><container name="formula"><p>إن الجمعية العامة ،</p></container><paragraph><content><p>إن الجمعية العامة،</p></content></paragraph><container><p>إذ تشير إلى الإعلان،</p></container><paragraph><num>1 -</num><content><p>تدين؛</p></content></paragraph></embeddedStructure>');
    const { blocks, warnings } = readDraft(twice, newScope());
    expect(blocks.map((b) => b.id)).toEqual(['draft-formula', 'draft-preamble-1', 'draft-para-1']);
    expect(blocks[1]?.text).toBe('إذ تشير إلى الإعلان،');
    expect(warnings).toContain('line 1: the formula is set a second time as a paragraph; it is read once');
  });
});
