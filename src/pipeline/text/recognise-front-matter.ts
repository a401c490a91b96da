import type { Conventions } from '../conventions/types.ts';
import { stripMarks } from './footnote-mark.ts';
import { joinTexts } from './join-text.ts';
import type { TextBlock } from './join-wrapped-lines.ts';
import { readLabel } from './labels.ts';
import { CLAUSE_END } from './punctuation.ts';

/** What the lines above the preamble say. */
export interface FrontMatter {
  /** The resolution's number as printed before its title ("2015/26"), or null when it is not printed. */
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

/**
 * Recognises the front matter, in the UN's order: the adoption line, the recommendation
 * line in brackets, the number and title (which may wrap, or stand on lines of their own),
 * and the formula that opens the preamble. It stops at the formula, or at the first numbered
 * paragraph when there is none. Where an extraction lost the number, the text between the
 * recommendation and the formula is the title.
 */
export function recogniseFrontMatter(blocks: TextBlock[], conventions: Conventions): FrontMatter {
  const front: FrontMatter = { number: null, title: null, adoptionLine: null, recommendation: null, formula: null, next: 0, warnings: [] };
  const unplaced: TextBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as TextBlock;
    const text = stripMarks(block.text);
    const label = readLabel(block.text);
    if (conventions.formula.test(text)) {
      front.formula = text;
      front.next = i + 1;
      break;
    }
    if (label?.kind === 'operative' && (front.number !== null || front.title !== null || unplaced.length > 0)) break;
    if (front.number !== null && CLAUSE_END.test(text)) {
      front.warnings.push(`line ${block.lines[0]?.n ?? 0}: no formula such as "The Economic and Social Council," before the preamble`);
      break;
    }
    front.next = i + 1;
    if (front.adoptionLine === null && conventions.adoptionLine.test(text)) front.adoptionLine = text;
    else if (front.recommendation === null && BRACKETED.test(text)) front.recommendation = text;
    else if (front.number === null && label?.kind === 'title') {
      front.number = label.value.replace(/\s+/g, ' ');
      front.title = stripMarks(label.rest).trim() || null;
    } else if (front.number !== null) {
      // A title wrapped over lines the joiner kept apart, or printed under its number.
      front.title = front.title === null ? text : joinTexts(front.title, text);
    } else unplaced.push(block);
  }
  const lostNumber = front.number === null && (front.adoptionLine !== null || front.recommendation !== null);
  for (const block of unplaced) {
    const text = stripMarks(block.text);
    if (lostNumber && !CLAUSE_END.test(text) && (block.lines[0]?.n ?? 0) > (titleAnchor(blocks, front) ?? Infinity)) {
      front.title = front.title === null ? text : joinTexts(front.title, text);
    } else front.warnings.push(`line ${block.lines[0]?.n ?? 0}: unrecognised line above the title, left out of the text: "${text.slice(0, 60)}"`);
  }
  return front;
}

/** The line of the recommendation (or else the adoption) line, after which a number-less title stands. */
function titleAnchor(blocks: TextBlock[], front: FrontMatter): number | undefined {
  const lines = blocks.filter((b) => [front.recommendation, front.adoptionLine].includes(stripMarks(b.text))).map((b) => b.lines[0]?.n ?? 0);
  return lines.length === 0 ? undefined : Math.max(...lines);
}
