import type { Conventions } from '../conventions/types.ts';
import { stripMarks } from './footnote-mark.ts';
import type { TextBlock } from './join-wrapped-lines.ts';
import { joinTexts } from './join-text.ts';
import { readLabel } from './labels.ts';

/** What the lines above the preamble say. */
export interface FrontMatter {
  /** The resolution's number as printed before its title ("2015/26"). */
  number: string | null;
  title: string | null;
  adoptionLine: string | null;
  recommendation: string | null;
  formula: string | null;
  /** Index of the first block after the front matter. */
  next: number;
  warnings: string[];
}

const BRACKETED = /^[[［].*[\]］]$/s;
const CLAUSE_END = /[，,；;。．.：:]["”’」』》)）]*$/;

/**
 * Recognises the front matter, in the UN's order: the adoption line, the recommendation
 * line in brackets, the number and title (which may wrap), and the formula that opens the
 * preamble. It stops at the formula, or at the first numbered paragraph when there is none.
 */
export function recogniseFrontMatter(blocks: TextBlock[], conventions: Conventions): FrontMatter {
  const front: FrontMatter = { number: null, title: null, adoptionLine: null, recommendation: null, formula: null, next: 0, warnings: [] };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as TextBlock;
    const text = stripMarks(block.text);
    const label = readLabel(block.text);
    const line = block.lines[0]?.n ?? 0;
    if (conventions.formula.test(text)) {
      front.formula = text;
      front.next = i + 1;
      break;
    }
    if (label?.kind === 'operative' && front.number !== null) {
      front.next = i;
      break;
    }
    if (front.adoptionLine === null && conventions.adoptionLine.test(text)) front.adoptionLine = text;
    else if (front.recommendation === null && BRACKETED.test(text)) front.recommendation = text;
    else if (front.number === null && label?.kind === 'title') {
      front.number = label.value.replace(/\s+/g, ' ');
      front.title = stripMarks(label.rest).trim() || null;
    } else if (front.number !== null && !CLAUSE_END.test(text)) {
      // A title wrapped over lines the joiner kept apart.
      front.title = front.title === null ? text : joinTexts(front.title, text);
    } else if (front.number !== null) {
      front.warnings.push(`line ${line}: no formula such as "The Economic and Social Council," before the preamble`);
      break;
    } else front.warnings.push(`line ${line}: unrecognised line above the title, left out of the text: "${text.slice(0, 60)}"`);
    front.next = i + 1;
  }
  return front;
}
