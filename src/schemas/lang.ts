import { z } from 'astro/zod';

/** The six official UN languages, by their ISO 639-1 codes, in the UN's own order. */
export const LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

/** One of the six UN languages. */
export const LangSchema = z.enum(LANGS);

/** A UN language code: "ar" | "zh" | "en" | "fr" | "ru" | "es". */
export type Lang = z.infer<typeof LangSchema>;
