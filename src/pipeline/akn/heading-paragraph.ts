import type { Element, Node } from '@xmldom/xmldom';
import { stripMarks } from '../text/footnote-mark.ts';
import { displayWidth } from '../text/display-width.ts';
import { descendant, isElement } from './dom.ts';

/** Word styles the UN uses for headings: H1, H23, H4… */
const HEADING_STYLE = /^H\d+$/;
/** Text that ends a clause or a sentence is a paragraph, not a heading, whatever its style. */
const CLAUSE_END = /[,;:.，；：。،؛]["”’»)）]*$/;
/** A heading is one line of print: the width the text importer allows too. */
const HEADING_WIDTH = 160;

/**
 * Whether an unnumbered paragraph is a heading. The files do not say so consistently: one
 * language styles it "H23", another sets it in bold in a plain paragraph, the Chinese files
 * often in neither. So a short paragraph that does not end a clause is a heading, as the
 * UN prints its headings; so is one the file styles as a heading
 * or sets wholly in bold. The paragraph that introduces a draft resolution never is.
 */
export function isHeadingParagraph(p: Element, text: string): boolean {
  const plain = stripMarks(text).trim();
  if (plain === '' || CLAUSE_END.test(plain) || descendant(p, 'embeddedStructure')) return false;
  return displayWidth(plain) <= HEADING_WIDTH || HEADING_STYLE.test(p.getAttribute('class') ?? '') || isAllBold(p);
}

/** Every word of the paragraph is in bold (footnotes and the label aside). */
function isAllBold(p: Element): boolean {
  let words = 0;
  let bold = 0;
  const walk = (node: Node, inBold: boolean): void => {
    for (let c: Node | null = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const length = (c.textContent ?? '').trim().length;
        words += length;
        if (inBold) bold += length;
      } else if (isElement(c) && c.localName !== 'authorialNote' && c.localName !== 'num') {
        walk(c, inBold || c.localName === 'b' || /\bbold\b/.test(c.getAttribute('class') ?? ''));
      }
    }
  };
  walk(p, false);
  return words > 0 && bold === words;
}
