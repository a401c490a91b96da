import type { Element } from '@xmldom/xmldom';
import type { Lang } from '../../schemas/lang.ts';
import { SourceError } from '../source-error.ts';
import { attr, childElement, childElements, descendant, descendants, lineOf } from './dom.ts';
import { toAsciiDigits as asciiDigits } from '../ascii-digits.ts';

/** Who adopted the resolution, its number as the UN prints it, when, and in which language this file is. */
export interface Identification {
  organ: 'ECOSOC' | 'GA';
  /** "2023/3", or "2021/2 B" for the second part of a resolution adopted in parts. */
  number: string;
  /** ISO date of adoption, from the FRBR work. */
  adopted: string | null;
  lang: Lang;
  warnings: string[];
}

const LANGS: Record<string, Lang> = { eng: 'en', fra: 'fr', spa: 'es', rus: 'ru', ara: 'ar', chi: 'zh', zho: 'zh' };
/** The work's component of an FRBR URI: "2023-3", "2021-2B". */
const WORK_NUMBER = /^(\d{4})-(\d+)\s*([A-Z]?)$/;
/** A resolution number as the preface prints it: "2023/3." or "2023/3". */
const PRINTED_NUMBER = /^(\d{4})\/(\d+)\.?$/;

/**
 * Reads the FRBR identification (`/akn/un/statement/deliberation/unecosoc/2023-06-07/2023-3/`)
 * and checks its number against the one the preface prints (`<docNumber>2023/3.</docNumber>`,
 * and a second docNumber "B" for a part): the FRBR number wins, a disagreement is a warning.
 */
export function readIdentification(statement: Element, file: string): Identification {
  const warnings: string[] = [];
  const meta = childElement(statement, 'meta');
  const work = meta && descendant(meta, 'FRBRWork');
  const expression = meta && descendant(meta, 'FRBRExpression');
  const uri = attr(work && childElement(work, 'FRBRthis'), 'value') ?? attr(work && childElement(work, 'FRBRuri'), 'value');
  const segments = (uri ?? '').split('/');
  const fromWork = segments.map((s) => WORK_NUMBER.exec(s)).find((m) => m !== null);
  const printed = printedNumber(statement);
  const workNumber = fromWork ? `${fromWork[1]}/${fromWork[2]}${fromWork[3] ? ` ${fromWork[3]}` : ''}` : null;
  if (workNumber && printed && printed.number !== workNumber.replace(/ .*/, '')) {
    warnings.push(`line ${printed.line}: the preface prints number ${printed.number}, the FRBR identification says ${workNumber}; ${workNumber} is kept`);
  }
  if (workNumber && printed && !workNumber.includes(' ') && printed.part) {
    warnings.push(`line ${printed.line}: the preface prints part "${printed.part}", the FRBR identification has no part`);
  }
  const number = workNumber ?? (printed ? printed.number + (printed.part && /^[A-Z]$/.test(printed.part) ? ` ${printed.part}` : '') : null);
  if (!number) throw new SourceError(file, null, 'no resolution number: neither the FRBR identification nor the preface gives one such as "2023/3"');
  const code = attr(expression && childElement(expression, 'FRBRlanguage'), 'language');
  const lang = code ? LANGS[code] : undefined;
  if (!lang) throw new SourceError(file, expression ? lineOf(expression) : null, `the language "${code ?? '(none)'}" is not one of the six UN languages`);
  const adoption = work ? childElements(work, 'FRBRdate').find((d) => d.getAttribute('name') === 'adoption') : undefined;
  const adopted = attr(adoption ?? null, 'date');
  return { organ: segments.includes('unga') ? 'GA' : 'ECOSOC', number, adopted: adopted && /^\d{4}-\d{2}-\d{2}$/.test(adopted) ? adopted : null, lang, warnings };
}

/** The number and part the preface prints, if it prints them. */
function printedNumber(statement: Element): { number: string; part: string | null; line: number } | null {
  const preface = childElement(statement, 'preface');
  const numbers = preface ? descendants(preface, 'docNumber') : [];
  const first = numbers[0];
  const match = first && PRINTED_NUMBER.exec(asciiDigits(first.textContent?.trim() ?? ''));
  if (!first || !match) return null;
  const part = numbers[1]?.textContent?.trim() || null;
  return { number: `${match[1]}/${match[2]}`, part, line: lineOf(first) };
}
