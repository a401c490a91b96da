import type { Element } from '@xmldom/xmldom';
import type { DraftBlock } from '../text/draft.ts';
import { readBlocks } from './body.ts';
import { childElement, childElements, lineOf } from './dom.ts';
import { readPreamble } from './preamble.ts';
import type { Blocks } from './run-state.ts';
import { draftPara, type Scope } from './scope.ts';

/**
 * Reads a draft resolution that the resolution recommends to the General Assembly ("Recommends
 * to the General Assembly the adoption of the following draft resolution:"). The files set it
 * as an `embeddedStructure` inside that paragraph (2022 on) or as a `component` after the
 * main body (2021). It is printed inside the operative part, so its blocks stand there, after
 * the recommending paragraph, prefixed "draft-" (a second draft "draft-2-"): its paragraphs
 * 1, 2… must not collide with the resolution's own. Its formula ("The General Assembly,")
 * is the paragraph `draft-formula`; its preambular paragraphs are `draft-preamble-N`.
 */
export function readDraft(el: Element, scope: Scope): Blocks {
  const n = ++scope.drafts.count;
  const prefix = `${scope.prefix}draft-${n === 1 ? '' : `${n}-`}`;
  const inner: Scope = { ...scope, prefix };
  // A component wraps a whole statement (meta, preamble, mainBody); an embeddedStructure holds its children directly.
  const statement = el.localName === 'component' ? (childElement(el, 'statement') ?? el) : el;
  const preamble = childElement(statement, 'preamble');
  const mainBody = childElement(statement, 'mainBody');
  const preambleEls = preamble ? childElements(preamble) : childElements(statement, 'container', 'formula');
  const bodyEls = mainBody ? childElements(mainBody) : childElements(statement).filter((c) => !['container', 'formula', 'meta'].includes(c.localName ?? ''));
  const read = readPreamble(preambleEls, inner);
  const body = readBlocks(bodyEls, inner, { preamble: read.paras });
  // Some files repeat the formula as a paragraph of its own ("إن الجمعية العامة،" twice).
  const formula = read.formula?.replace(/\s+/g, '');
  const repeated = read.paras.findIndex((p) => p.items.length === 0 && p.text.replace(/\s+/g, '') === formula);
  if (repeated >= 0) {
    read.warnings.push(`line ${read.paras[repeated]?.line}: the formula is set a second time as a paragraph; it is read once`);
    read.paras.splice(repeated, 1);
    read.paras.forEach((p, i) => (p.id = `${prefix}preamble-${i + 1}`));
  }
  const blocks: DraftBlock[] = [];
  if (read.formula) blocks.push(draftPara(`${prefix}formula`, null, null, read.formula, lineOf(preamble ?? statement)));
  blocks.push(...read.paras, ...body.blocks);
  return { blocks, warnings: [...read.warnings, ...body.warnings] };
}
