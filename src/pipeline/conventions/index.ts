import type { Lang } from '../../schemas/lang.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import type { Conventions } from './types.ts';
import { zh } from './zh.ts';

/** The printed conventions of each of the six languages. */
export const CONVENTIONS: Record<Lang, Conventions> = { ar, zh, en, fr, ru, es };

/** The conventions of `lang`. */
export function conventionsFor(lang: Lang): Conventions {
  return CONVENTIONS[lang];
}
