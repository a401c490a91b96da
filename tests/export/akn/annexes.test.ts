import { describe, expect, it } from 'vitest';
import { attachments } from '../../../src/export/akn/annexes.ts';
import { planNotes } from '../../../src/export/akn/footnotes.ts';
import { newRender } from '../../../src/export/akn/render.ts';
import { serialise } from '../../../src/export/akn/xml.ts';
import { comparable, heading, model, para, roundTrip } from './helpers.ts';

const render = newRender('en', planNotes([], []), []);

describe('attachments', () => {
  it('sets each annex as an attachment holding a doc with its own identification, its title as the first subheading', () => {
    const m = model({ annexes: [{ id: 'annex-1', title: 'Annex', body: [heading('annex-1-section-1', 'Terms'), para('annex-1-para-1', 'Text.', { num: '1' })] }] });
    const xml = serialise(attachments(m, render) as never);
    expect(xml).toContain('<attachment eId="annex-1">\n    <doc name="annex">');
    expect(xml).toContain('<FRBRthis value="/akn/un/statement/deliberation/unecosoc/2023-06-07/2023-3/!main/annex"/>');
    expect(xml).toContain('<paragraph eId="annex-1-title" class="H23">\n          <subheading>Annex</subheading>');
    expect(xml).toContain('<paragraph eId="annex-1-para-1">');
    expect(comparable(roundTrip(m))).toEqual(comparable(m));
  });

  it('numbers the components of several annexes, and keeps an annex without a title untitled', () => {
    const m = model({ annexes: [{ id: 'annex-1', title: 'Annex I', body: [para('annex-1-para-1', 'One.', { num: '1' })] }, { id: 'annex-2', title: '', body: [para('annex-2-para-1', 'Two.', { num: '1' })] }] });
    const xml = serialise(attachments(m, render) as never);
    expect(xml).toContain('!main/annex_2"/>');
    expect(xml).toContain('<doc name="">');
    expect(comparable(roundTrip(m))).toEqual(comparable(m));
  });

  it('writes nothing for a resolution without annexes', () => {
    expect(attachments(model(), render)).toBeNull();
  });
});
