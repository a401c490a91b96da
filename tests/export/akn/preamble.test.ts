import { describe, expect, it } from 'vitest';
import { planNotes } from '../../../src/export/akn/footnotes.ts';
import { preamble } from '../../../src/export/akn/preamble.ts';
import { newRender } from '../../../src/export/akn/render.ts';
import { serialise } from '../../../src/export/akn/xml.ts';
import type { Resolution } from '../../../src/schemas/resolution.ts';
import { model, para, roundTrip } from './helpers.ts';

const write = (m: Resolution): string => serialise(preamble(m, newRender(m.lang, planNotes([{ key: 'preamble-1', kind: 'para', notes: [1] }], m.footnotes), m.footnotes)));

describe('preamble', () => {
  it('sets the formula, then each preambular paragraph as a container with its contract id', () => {
    const m = model({ preamble: [para('preamble-1', 'Recalling its resolution 2014/27,', { notes: [1] })], footnotes: [{ id: 'fn-1', n: 1, text: 'Note.' }] });
    expect(write(m)).toBe(
      [
        '<preamble>',
        '  <formula name="enactingFormula">',
        '    <p>The Economic and Social Council,</p>',
        '  </formula>',
        '  <container name="preamble" eId="preamble-1">',
        '    <p>Recalling its <ref href="https://undocs.org/en/E/RES/2014/27">resolution 2014/27</ref>,<authorialNote marker="1" placement="bottom" eId="fn-1"><p>Note.</p></authorialNote></p>',
        '  </container>',
        '</preamble>',
      ].join('\n'),
    );
  });

  it('sets the formula in the resolution’s language and organ', () => {
    expect(write(model({ lang: 'zh' }))).toContain('<p>经济及社会理事会，</p>');
    expect(write(model({ lang: 'fr', organ: 'GA', symbol: 'A/RES/70/1', number: '70/1' }))).toContain('<p>L’Assemblée générale,</p>');
  });

  it('sets a preambular paragraph’s items in a blockList, their own items in a nested one', () => {
    const m = model({ preamble: [para('preamble-1', 'Noting:', { items: [para('preamble-1-a', 'first;', { num: 'a', items: [para('preamble-1-a-i', 'inner;', { num: 'i' })] }), para('preamble-1-b', 'second,', { num: 'b' })] })] });
    const xml = write(m);
    expect(xml).toContain('<blockList eId="preamble-1-list">');
    expect(xml).toContain('<item eId="preamble-1-a">');
    expect(xml).toContain('<num>(a)</num>');
    expect(xml).toContain('<blockList eId="preamble-1-a-list">');
    expect(xml).toContain('<num>(i)</num>');
    expect(roundTrip(m).preamble).toEqual(m.preamble);
  });
});
