import { isoDate, type Conventions } from './types.ts';

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** Spanish: how the UN prints resolutions in Spanish. */
export const es: Conventions = {
  lang: 'es',
  session: /^\s*((?:Período\s+(?:extraordinario\s+)?de\s+sesiones\s+de\s+\d{4})|(?:[A-ZÁÉÍÓÚ][\p{Ll} ]+período\s+de\s+sesiones))\s*$/u,
  agendaItem: /^\s*Temas?\s+(\S.*?)\s+del\s+programa\s*$/,
  recycle: /^\s*Se\s+ruega\s+reciclar\s*$/i,
  masthead: [/^\s*Naciones\s+Unidas\s*$/, /^\s*(?:Consejo\s+Económico\s+y\s+Social|Asamblea\s+General)\s*$/, /^\s*Distr\.?\s*:?\s*\S.*$/, /^\s*Original\s*:\s*\S+\s*$/, /^\s*\d{1,2}\s+de\s+[a-z]+\s+de\s+\d{4}\s*$/],
  adoptionLine: /^Resolución\s+aprobada\s+por\s+(?:el\s+Consejo\s+Económico\s+y\s+Social|la\s+Asamblea\s+General)(?:\s+el\s+.+)?$/,
  formula: /^(?:El\s+Consejo\s+Económico\s+y\s+Social|La\s+Asamblea\s+General),?$/,
  leadWord: /^(?:(?:Profundamente|Gravemente|Seriamente|Sumamente)\s+)?(?:[A-ZÁÉÍÓÚ][\p{Ll}]+(?:ando|endo|iendo)\b|Consciente|Preocupad[oa]|Convencid[oa]|Guiad[oa]|Alentad[oa]|Decidid[oa]|Habiendo)/u,
  annex: /^Anexo(?:\s+(?:[IVXLC]+|\d+))?$/,
  meeting: /(\d+)[ªa]\.?\s+sesión\s+plenaria/,
  date: /(\d{1,2})\s+de\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\s+de\s+(\d{4})/,
  parseDate: (m) => isoDate(Number(m[3]), MONTHS.indexOf(m[2] === 'setiembre' ? 'septiembre' : (m[2] ?? '')) + 1, Number(m[1])),
  organ: (text) => (/Consejo\s+Económico\s+y\s+Social/.test(text) ? 'ECOSOC' : /Asamblea\s+General/.test(text) ? 'GA' : null),
};
