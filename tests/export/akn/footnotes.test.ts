import { describe, expect, it } from 'vitest';
import { markNodes, planNotes, type Site } from '../../../src/export/akn/footnotes.ts';
import { el, serialise } from '../../../src/export/akn/xml.ts';
import type { Footnote } from '../../../src/schemas/footnote.ts';

const notes = (...ns: number[]): Footnote[] => ns.map((n) => ({ id: `fn-${n}`, n, text: `Note ${n}.` }));
const paraSite = (key: string, ...n: number[]): Site => ({ key, kind: 'para', notes: n });
const slot = (key: string): Site => ({ key, kind: 'slot', notes: [] });

describe('planNotes', () => {
  it('sets each note at its first mark and a superscript at each later one, with the contract ids fn-4, fnref-4-2', () => {
    const plan = planNotes([paraSite('preamble-1', 1), paraSite('para-1', 1, 2), paraSite('para-2', 1)], notes(1, 2));
    expect(plan.marks.get('preamble-1')).toEqual([{ n: 1, first: true, eId: 'fn-1' }]);
    expect(plan.marks.get('para-1')).toEqual([{ n: 1, first: false, eId: 'fnref-1-2' }, { n: 2, first: true, eId: 'fn-2' }]);
    expect(plan.marks.get('para-2')).toEqual([{ n: 1, first: false, eId: 'fnref-1-3' }]);
    expect(plan.outOfOrder).toEqual([]);
  });

  it('sets a note no paragraph references in the first slot after the note before it: a heading between their paragraphs', () => {
    const plan = planNotes([slot('title'), paraSite('para-1', 1), slot('section-1'), paraSite('para-2', 3), slot('conclusions')], notes(1, 2, 3));
    expect(plan.marks.get('section-1')).toEqual([{ n: 2, first: true, eId: 'fn-2' }]);
    expect(plan.outOfOrder).toEqual([]);
  });

  it('sets a note before every referenced one in the first slot, the title', () => {
    const plan = planNotes([slot('title'), slot('formula'), paraSite('preamble-1', 2)], notes(1, 2));
    expect(plan.marks.get('title')).toEqual([{ n: 1, first: true, eId: 'fn-1' }]);
  });

  it('sets several such notes in one slot in their order', () => {
    const plan = planNotes([slot('title'), paraSite('para-1', 3), slot('conclusions')], notes(1, 2, 3, 4, 5));
    expect(plan.marks.get('title')?.map((m) => m.n)).toEqual([1, 2]);
    expect(plan.marks.get('conclusions')?.map((m) => m.n)).toEqual([4, 5]);
  });

  it('sets a note at the end, and says so, when no slot stands between its neighbours: its order cannot be kept', () => {
    const plan = planNotes([slot('title'), paraSite('para-1', 1), paraSite('para-2', 3), slot('conclusions')], notes(1, 2, 3));
    expect(plan.marks.get('conclusions')?.map((m) => m.n)).toEqual([2]);
    expect(plan.outOfOrder).toEqual([2]);
  });
});

describe('markNodes', () => {
  it('writes a note as authorialNote with its marker, its citations as ref, and a later mark as sup', () => {
    // Marks stand in a paragraph's words, where nothing is indented.
    const written = serialise(el('p', {}, 'Text', ...markNodes([{ n: 2, first: true, eId: 'fn-2' }, { n: 1, first: false, eId: 'fnref-1-2' }], [{ id: 'fn-2', n: 2, text: 'See resolution 2014/27.' }], 'en')));
    expect(written).toBe('<p>Text<authorialNote marker="2" placement="bottom" eId="fn-2"><p>See <ref href="https://undocs.org/en/E/RES/2014/27">resolution 2014/27</ref>.</p></authorialNote><sup eId="fnref-1-2">1</sup></p>');
  });

  it('prints the marker before a note whose own words start like one, "(2015) …", which readers would drop', () => {
    expect(serialise(el('p', {}, ...markNodes([{ n: 3, first: true, eId: 'fn-3' }], [{ id: 'fn-3', n: 3, text: '(2015) was a year.' }], 'en')))).toBe('<p><authorialNote marker="3" placement="bottom" eId="fn-3"><p>(3) (2015) was a year.</p></authorialNote></p>');
  });
});
