import type { Citation, CitationKind } from '../types.ts';
import { MORE, SYMBOL, canonicalSymbol, isCitedSymbol, withModifier } from '../symbol-grammar.ts';

/**
 * Every printed symbol in `text`, each followed by the modifiers printed after it
 * ("A/67/65-E/2012/48 和 Corr.1" gives two citations, the second one "Corr.1").
 */
function findSymbols(text: string): Citation[] {
  const found: Citation[] = [];
  for (const m of text.matchAll(SYMBOL)) {
    if (!isCitedSymbol(text, m.index, m[0])) continue;
    const symbol = canonicalSymbol(m[0]);
    found.push({ start: m.index, end: m.index + m[0].length, target: symbol });
    MORE.lastIndex = m.index + m[0].length;
    for (let more = MORE.exec(text); more !== null; more = MORE.exec(text)) {
      const modifier = more[1] ?? '';
      const end = MORE.lastIndex;
      found.push({ start: end - modifier.length, end, target: withModifier(symbol, modifier, more[2] ?? '') });
    }
  }
  return found;
}

/** UN document symbols printed as such, in any language: "E/CN.16/2015/2", "A/70/63-E/2015/10", "和 Corr.1". */
export const documentSymbol: CitationKind = {
  name: 'document-symbol',
  find: (text) => findSymbols(text),
};
