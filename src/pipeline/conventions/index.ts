import type { Lang } from '../../schemas/lang.ts';
import { en } from './en.ts';
import type { Conventions } from './types.ts';
import { zh } from './zh.ts';

/** The printed conventions of each language the text importer reads so far. */
export const CONVENTIONS: Partial<Record<Lang, Conventions>> = { zh, en };

/** The conventions of `lang`, or undefined when the text importer cannot read that language yet. */
export function conventionsFor(lang: Lang): Conventions | undefined {
  return CONVENTIONS[lang];
}
