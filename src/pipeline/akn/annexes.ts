import type { Element } from '@xmldom/xmldom';
import type { DraftAnnex } from '../text/draft.ts';
import { stripMarks } from '../text/footnote-mark.ts';
import { readBlocks } from './body.ts';
import { attr, childElement, childElements, descendants } from './dom.ts';
import { isHeadingParagraph } from './heading-paragraph.ts';
import { inlineText } from './inline-text.ts';
import type { Scope } from './scope.ts';

/**
 * Reads every `attachment` (also those of a recommended draft resolution, which are printed
 * after it) as an annex `annex-N`, in document order. The annex's first line, when it is
 * a heading ("Annex", "Приложение", "附件"), is its title; its headings are
 * `annex-N-section-M`, its numbered paragraphs `annex-N-para-M` (see readBlocks).
 */
export function readAnnexes(statement: Element, scope: Scope): { annexes: DraftAnnex[]; warnings: string[] } {
  const warnings: string[] = [];
  const annexes = descendants(statement, 'attachment').map((attachment, i) => {
    const id = `annex-${i + 1}`;
    const doc = childElements(attachment)[0] ?? attachment;
    const mainBody = childElement(doc, 'mainBody');
    const children = mainBody ? childElements(mainBody) : [];
    const first = children[0];
    const titleLine = first && first.localName === 'paragraph' && isTitle(first, scope) ? first : null;
    const title = titleLine ? stripMarks(inlineText(titleLine, scope.sink)) : (attr(doc, 'name') ?? '');
    const read = readBlocks(titleLine ? children.slice(1) : children, { ...scope, prefix: `${id}-` });
    warnings.push(...read.warnings);
    return { id, title, body: read.blocks };
  });
  return { annexes, warnings };
}

function isTitle(p: Element, scope: Scope): boolean {
  if (childElement(p, 'num')) return false;
  if (childElements(p, 'subheading', 'heading').length > 0) return true;
  const probe = { ...scope.sink, notes: [], warnings: [] };
  return isHeadingParagraph(p, inlineText(p, probe));
}
