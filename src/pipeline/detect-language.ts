import { LANGS, type Lang } from '../schemas/lang.ts';

const NAMED = new RegExp(`[._-](${LANGS.join('|')})\\.[a-z]+$`, 'i');

/**
 * The language of a source: from a language code in its file name ("….zh.txt") when there is
 * one, else from its script (Han → zh, Arabic → ar, Cyrillic → ru) and, for Latin text, from
 * the words the UN's English, French and Spanish resolutions use most.
 */
export function detectLanguage(text: string, file: string): Lang {
  const named = NAMED.exec(file)?.[1]?.toLowerCase();
  if (named && (LANGS as readonly string[]).includes(named)) return named as Lang;
  const sample = text.slice(0, 20000);
  const count = (pattern: RegExp) => sample.match(pattern)?.length ?? 0;
  const scripts: [Lang, number][] = [
    ['zh', count(/\p{Script=Han}/gu)],
    ['ar', count(/\p{Script=Arabic}/gu)],
    ['ru', count(/\p{Script=Cyrillic}/gu)],
  ];
  const latin = count(/\p{Script=Latin}/gu);
  const [best, score] = scripts.sort((a, b) => b[1] - a[1])[0] as [Lang, number];
  if (score > latin) return best;
  const words = (pattern: RegExp) => count(pattern);
  const latinScores: [Lang, number][] = [
    ['en', words(/\b(?:the|and|of|to|resolution|Council)\b/g)],
    ['fr', words(/\b(?:le|la|les|des|et|du|résolution|Conseil)\b/g)],
    ['es', words(/\b(?:el|los|las|del|y|resolución|Consejo)\b/g)],
  ];
  return (latinScores.sort((a, b) => b[1] - a[1])[0] as [Lang, number])[0];
}
