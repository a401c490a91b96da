import type { Element } from '@xmldom/xmldom';
import type { DraftPara } from '../text/draft.ts';
import { stripMarks } from '../text/footnote-mark.ts';
import { childElement, lineOf } from './dom.ts';
import { inlineText } from './inline-text.ts';
import { readList } from './list-items.ts';
import { draftPara, type Scope } from './scope.ts';

/** A preamble: the formula as printed, and the preambular paragraphs. */
export interface Preamble {
  /** "The Economic and Social Council," — printed above the preamble, not a paragraph of it. */
  formula: string | null;
  paras: DraftPara[];
  warnings: string[];
}

/**
 * Reads a `preamble`: the `formula` (also a `container name="formula"`, as the embedded
 * draft resolutions set it) and each `container` as a preambular paragraph
 * `{prefix}preamble-N`; a container's `blockList` gives the paragraph its lettered items.
 */
export function readPreamble(children: Element[], scope: Scope): Preamble {
  const out: Preamble = { formula: null, paras: [], warnings: [] };
  for (const el of children) {
    const isFormula = el.localName === 'formula' || (el.localName === 'container' && el.getAttribute('name') === 'formula');
    if (isFormula) {
      out.formula = stripMarks(inlineText(el, scope.sink)) || null;
    } else if (el.localName === 'container' || el.localName === 'p' || el.localName === 'crossHeading') {
      out.paras.push(preambularPara(el, `${scope.prefix}preamble-${out.paras.length + 1}`, scope, out.warnings));
    } else {
      out.warnings.push(`line ${lineOf(el)}: <${el.localName}> in the preamble, left out`);
    }
  }
  return out;
}

/** One preambular paragraph: its words (`text`, when the caller has read them already), and its items where it has a list. */
export function preambularPara(el: Element, id: string, scope: Scope, warnings: string[], text?: string): DraftPara {
  const para = draftPara(id, null, null, text ?? inlineText(el, scope.sink, ['blockList']), lineOf(el));
  const list = childElement(el, 'blockList');
  if (list) readList(list, para, 1, scope, warnings);
  return para;
}
