import type { Element } from '@xmldom/xmldom';
import type { DraftPara } from '../text/draft.ts';
import { letterId } from '../text/positional-ids.ts';
import { childElement, childElements, lineOf } from './dom.ts';
import { inlineText } from './inline-text.ts';
import { normaliseSpace } from './normalise-space.ts';
import { readNum, type NumLabel } from './num-label.ts';
import { placeItem } from './place-item.ts';
import type { Scope } from './scope.ts';

/** A heading the file set as a list point ("B. Actions related to the secretariat…" inside a sublist). */
export interface StrayHeading {
  text: string;
  line: number;
}

const LISTS = ['list', 'sublist', 'blockList'];

/**
 * Reads a `list` (or a preamble's `blockList`) into `parent`: the intro and wrap-up join the
 * parent's own text, each point becomes a sub-paragraph, a `sublist` the items of the point
 * before it, a list inside a point that point's items. A point labelled like a heading
 * ("B.") is handed back to be read as a heading after the paragraph.
 */
export function readList(list: Element, parent: DraftPara, depth: number, scope: Scope, warnings: string[]): StrayHeading[] {
  const stray: StrayHeading[] = [];
  for (const child of childElements(list)) {
    const name = child.localName;
    if (name === 'intro' || name === 'listIntroduction' || name === 'wrapUp') {
      parent.text = normaliseSpace(`${parent.text} ${inlineText(child, scope.sink)}`);
    } else if (name === 'point' || name === 'item') {
      const num = childElement(child, 'num');
      const label: NumLabel = readNum(num?.textContent ?? '');
      const text = inlineText(child, scope.sink, ['num', ...LISTS]);
      if (label.kind === 'heading') {
        stray.push({ text: `${label.printed} ${text}`, line: lineOf(child) });
        continue;
      }
      const item = placeItem(parent, depth, label, text, lineOf(child), warnings);
      for (const inner of childElements(child, ...LISTS)) stray.push(...readList(inner, item, depth + 1, scope, warnings));
    } else if (name === 'sublist') {
      // A sublist whose first label continues the letters ("(i)" after "(h)") is set one level too deep.
      const first = readNum(childElement(childElement(child, 'point') ?? child, 'num')?.textContent ?? '');
      const sibling = parent.items.length > 0 && first.value === letterId(parent.items.length + 1);
      if (sibling) warnings.push(`line ${lineOf(child)}: sub-paragraph ${first.printed} is set as an item of the one before; read as its sibling`);
      stray.push(...readList(child, sibling ? parent : (parent.items.at(-1) ?? parent), sibling ? depth : depth + 1, scope, warnings));
    }
  }
  return stray;
}
