import { isoDate, type Conventions } from './types.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** English: how the UN prints resolutions in English. */
export const en: Conventions = {
  lang: 'en',
  session: /^\s*((?:\d{4}|[A-Z][a-z]+(?:-[a-z]+)?)\s+(?:substantive\s+|organizational\s+|management\s+|coordination\s+|special\s+|emergency\s+special\s+)?session)\s*$/,
  agendaItem: /^\s*Agenda\s+items?\s+(\S.*?)\s*$/i,
  recycle: /^\s*Please\s+recycle\s*$/i,
  masthead: [/^\s*United\s+Nations\s*$/i, /^\s*(?:Economic\s+and\s+Social\s+Council|General\s+Assembly)\s*$/i, /^\s*Distr\.?:?\s*\S.*$/i, /^\s*Original:\s*\S+\s*$/i, /^\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*$/],
  adoptionLine: /^Resolution\s+adopted\s+by\s+the\s+(?:Economic\s+and\s+Social\s+Council|General\s+Assembly)(?:\s+on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?$/,
  formula: /^The\s+(?:Economic\s+and\s+Social\s+Council|General\s+Assembly),?$/,
  // "Recalling", "Deeply concerned": after the adverb, the participle is in lower case.
  leadWord: /^(?:(?:Also|Further|Deeply|Gravely|Seriously|Strongly|Firmly|Fully|Profoundly|Greatly)\s+(?:[a-z]+ing|aware|mindful|convinced|concerned|conscious|cognizant|determined|alarmed|desirous|guided|encouraged|committed)|[A-Z][a-z]+ing|Aware|Mindful|Convinced|Concerned|Conscious|Cognizant|Determined|Alarmed|Desirous|Guided|Encouraged|Committed|Bearing|Taking|Noting|Having)\b/,
  annex: /^Annex(?:\s+(?:[IVXLC]+|\d+))?$/,
  part: /^[A-Z]$/,
  meeting: /(\d+)(?:st|nd|rd|th)\s+plenary\s+meeting/i,
  date: /(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})/,
  parseDate: (m) => isoDate(Number(m[3]), MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1, Number(m[1])),
  organ: (text) => (/Economic\s+and\s+Social\s+Council/i.test(text) ? 'ECOSOC' : /General\s+Assembly/i.test(text) ? 'GA' : null),
  reissue: /\b(?:Reissued\s+for\s+technical\s+reasons|Corrected\s+reissue)\b/i,
};
