import type { Para } from '../../schemas/para.ts';
import type { Resolution } from '../../schemas/resolution.ts';
import { printedLabel } from './labels.ts';
import { formulaText } from './language.ts';
import type { Render } from './render.ts';
import { el, type XmlElement } from './xml.ts';

/**
 * The preamble as the UN sets it: the formula, then each preambular paragraph as a
 * `container` holding a `p` (its eId the contract's `preamble-3`), its lettered items in
 * a `blockList` of `item`s, their own items in a nested `blockList`.
 */
export function preamble(model: Resolution, render: Render): XmlElement {
  return el(
    'preamble',
    {},
    el('formula', { name: 'enactingFormula' }, el('p', {}, formulaText(model.organ, model.lang), ...render.marks('formula'))),
    model.preamble.map((p) => preambularContainer(p, render)),
  );
}

/** One preambular paragraph (also a draft resolution's, in its embedded structure). */
export function preambularContainer(para: Para, render: Render): XmlElement {
  return el('container', { name: 'preamble', eId: para.id }, el('p', {}, ...render.words(para)), blockList(para, 1, render));
}

function blockList(para: Para, depth: number, render: Render): XmlElement | null {
  if (para.items.length === 0) return null;
  return el(
    'blockList',
    { eId: `${para.id}-list` },
    para.items.map((item, i) => el('item', { eId: item.id }, item.num === null ? null : el('num', {}, printedLabel(item.num, depth, i + 1, render.lang)), el('p', {}, ...render.words(item)), blockList(item, depth + 1, render))),
  );
}
