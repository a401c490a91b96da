import { isoDate, type Conventions } from './types.ts';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** French: how the UN prints resolutions in French. */
export const fr: Conventions = {
  lang: 'fr',
  session: /^\s*((?:Session(?: de fond| d[’']organisation)? de \d{4})|(?:[A-ZÉ][\p{L}-]+ session(?: extraordinaire)?))\s*$/u,
  agendaItem: /^\s*Points?\s+(\S.*?)\s+de\s+l[’']ordre\s+du\s+jour\s*$/,
  recycle: /^\s*Merci\s+de\s+recycler\s*$/i,
  masthead: [/^\s*Nations\s+Unies\s*$/, /^\s*(?:Conseil\s+économique\s+et\s+social|Assemblée\s+générale)\s*$/, /^\s*Distr\.?\s*:?\s*\S.*$/, /^\s*Original\s*:\s*\S+\s*$/, /^\s*\d{1,2}(?:er)?\s+[a-zéû]+\s+\d{4}\s*$/],
  adoptionLine: /^Résolution\s+adoptée\s+par\s+(?:le\s+Conseil\s+économique\s+et\s+social|l[’']Assemblée\s+générale)(?:\s+le\s+.+)?$/,
  formula: /^(?:Le\s+Conseil\s+économique\s+et\s+social|L[’']Assemblée\s+générale),?$/,
  // "Rappelant", "Profondément préoccupé": after the adverb, the participle is in lower case.
  leadWord: /^(?:(?:Profondément|Gravement|Vivement|Sérieusement|Très|Extrêmement)\s+(?:\p{Ll}[\p{Ll}’']+ant\b|conscient|préoccupé|convaincu|alarmé|inquiet|attaché|résolu|déterminé)|[A-ZÉ][\p{Ll}’']+ant\b|Se\s+\p{Ll}+ant\b|S[’']\p{Ll}+ant\b|Conscient|Préoccupé|Convaincu|Guidé|Encouragé|Résolu|Déterminé|Ayant|Sachant)/u,
  annex: /^Annexe(?:\s+(?:[IVXLC]+|\d+))?$/,
  part: /^[A-Z]$/,
  // "25e séance plénière", and "1re" for the first.
  meeting: /(\d+)(?:e|re|er)\s+séance\s+plénière/,
  date: /(\d{1,2}|1er)\s+(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+(\d{4})/,
  parseDate: (m) => isoDate(Number(m[3]), MONTHS.indexOf(m[2] ?? '') + 1, m[1] === '1er' ? 1 : Number(m[1])),
  decimalComma: true,
  organ: (text) => (/Conseil\s+économique\s+et\s+social/.test(text) ? 'ECOSOC' : /Assemblée\s+générale/.test(text) ? 'GA' : null),
  reissue: /\b(?:Nouveau\s+tirage\s+pour\s+raisons\s+techniques|Nouveau\s+tirage\s+(?:corrigé|pour\s+corrections?))\b/i,
};
