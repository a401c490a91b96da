import { isoDate, type Conventions } from './types.ts';

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

const UNITS = ['primera', 'segunda', 'tercera', 'cuarta', 'quinta', 'sexta', 'séptima', 'octava', 'novena'];
const TENS = ['décima', 'vigésima', 'trigésima', 'cuadragésima', 'quincuagésima', 'sexagésima', 'septuagésima', 'octogésima', 'nonagésima'];
const ORDINAL = `(?:${[...UNITS, ...TENS, 'undécima', 'duodécima', 'decimo\\p{L}+'].join('|')})`;

/** A meeting's ordinal in words: "octava" 8, "vigésima quinta" 25, "decimotercera" 13, "undécima" 11. */
function ordinalNumber(words: string): number | null {
  let n = 0;
  for (const word of words.toLowerCase().split(/\s+/)) {
    const unit = (w: string) => UNITS.findIndex((u) => u === w || u === `o${w}`) + 1;
    if (word === 'undécima') n += 11;
    else if (word === 'duodécima') n += 12;
    else if (TENS.includes(word)) n += (TENS.indexOf(word) + 1) * 10;
    else if (word.startsWith('decimo') && unit(word.slice(6)) > 0) n += 10 + unit(word.slice(6));
    else n += unit(word);
  }
  return n > 0 ? n : null;
}

/** Spanish: how the UN prints resolutions in Spanish. */
export const es: Conventions = {
  lang: 'es',
  session: /^\s*((?:Período\s+(?:extraordinario\s+)?de\s+sesiones\s+de\s+\d{4})|(?:[A-ZÁÉÍÓÚ][\p{Ll} ]+período\s+de\s+sesiones))\s*$/u,
  agendaItem: /^\s*Temas?\s+(\S.*?)\s+del\s+programa\s*$/,
  recycle: /^\s*Se\s+ruega\s+reciclar\s*$/i,
  masthead: [/^\s*Naciones\s+Unidas\s*$/, /^\s*(?:Consejo\s+Económico\s+y\s+Social|Asamblea\s+General)\s*$/, /^\s*Distr\.?\s*:?\s*\S.*$/, /^\s*Original\s*:\s*\S+\s*$/, /^\s*\d{1,2}\s+de\s+[a-z]+\s+de\s+\d{4}\s*$/],
  adoptionLine: /^Resolución\s+aprobada\s+por\s+(?:el\s+Consejo\s+Económico\s+y\s+Social|la\s+Asamblea\s+General)(?:\s+el\s+.+)?$/,
  formula: /^(?:El\s+Consejo\s+Económico\s+y\s+Social|La\s+Asamblea\s+General),?$/,
  // "Recordando", "Profundamente preocupado": after the adverb, the participle is in lower case.
  leadWord: /^(?:(?:Profundamente|Gravemente|Seriamente|Sumamente|Muy)\s+(?:\p{Ll}+(?:ando|endo|iendo)\b|consciente|preocupad[oa]|convencid[oa]|alarmad[oa]|decidid[oa])|[A-ZÁÉÍÓÚ][\p{Ll}]+(?:ando|endo|iendo)\b|Consciente|Preocupad[oa]|Convencid[oa]|Guiad[oa]|Alentad[oa]|Decidid[oa]|Habiendo)/u,
  annex: /^Anexo(?:\s+(?:[IVXLC]+|\d+))?$/,
  part: /^[A-Z]$/,
  // "25ª sesión plenaria", "43 a reunión plenaria", "13ra sesión plenaria", or the ordinal in words: "Octava sesión plenaria".
  meeting: new RegExp(`(?:(\\d+)\\s?(?:ª|a|ra|era|º|o)\\.?|(${ORDINAL}(?:\\s+${ORDINAL})?))\\s+(?:sesión|reunión)\\s+plenaria`, 'iu'),
  meetingNumber: (m) => (m[1] ? Number(m[1]) : ordinalNumber(m[2] ?? '')),
  date: /(\d{1,2})\s+de\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\s+de\s+(\d{4})/,
  parseDate: (m) => isoDate(Number(m[3]), MONTHS.indexOf(m[2] === 'setiembre' ? 'septiembre' : (m[2] ?? '')) + 1, Number(m[1])),
  decimalComma: true,
  organ: (text) => (/Consejo\s+Económico\s+y\s+Social/.test(text) ? 'ECOSOC' : /Asamblea\s+General/.test(text) ? 'GA' : null),
  reissue: /\b(?:Publicad[oa]\s+nuevamente\s+por\s+razones\s+técnicas|Nueva\s+tirada\s+por\s+razones\s+técnicas|Reedición\s+corregida)\b/i,
};
