import type { UiStrings } from './types.ts';

/** Ordinal suffix as UN English documents print meeting numbers: "54th plenary meeting". */
function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** Interface strings in English, in the UN's English terminology. */
export const en: UiStrings = {
  languageName: 'English',
  dateLocale: 'en-GB',
  dir: 'ltr',
  siteName: 'ECOSOC Resolutions Archive',
  siteTagline:
    'An open archive of the resolutions of the United Nations Economic and Social Council: full text, paragraph-level citation and search.',
  skipToContent: 'Skip to content',
  nav: { home: 'Home', search: 'Search', languages: 'Languages' },
  footer: {
    source: 'Source: United Nations',
    notOfficial: 'This is not an official United Nations website.',
    authoritative: 'The official documents of the United Nations (undocs.org) are the authoritative texts.',
  },
  unitedNations: 'United Nations',
  organs: { ECOSOC: 'Economic and Social Council', GA: 'General Assembly' },
  distribution: 'Distr.: General',
  agendaLine: (item) => `Agenda item ${item}`,
  plenaryMeeting: (n) => `${ordinal(n)} plenary meeting`,
  meta: {
    heading: 'About this document',
    symbol: 'Symbol',
    adopted: 'Adopted',
    meeting: 'Plenary meeting',
    agendaItem: 'Agenda item',
    recommendedIn: 'Recommended in',
    model: 'Machine-readable model (JSON)',
    official: 'Official document (undocs.org)',
    otherLanguages: 'Other languages',
  },
  parts: {
    preamble: (n) => `Preambular paragraph ${n}`,
    paragraph: (num) => `Paragraph ${num}`,
    footnote: (n) => `Footnote ${n}`,
    footnotes: 'Footnotes',
    annex: (n) => `Annex ${n}`,
    permalink: (part) => `Link to ${part}`,
    backToText: 'Back to the text',
  },
  home: {
    resolutions: 'Resolutions',
    latest: 'Latest resolutions',
    noneYet: 'The archive holds no resolutions in English yet.',
    availableIn: 'Available in:',
    count: (n) => (n === 1 ? '1 resolution' : `${n} resolutions`),
  },
  years: {
    heading: 'By year of adoption',
    title: (year) => `Resolutions adopted in ${year}`,
    none: 'The archive holds no resolutions adopted in this year in English.',
  },
  browse: {
    heading: 'Browse the resolutions',
    bySession: 'By session',
    bySdg: 'By Sustainable Development Goal',
    bySubject: 'By subject',
    sessions: 'Sessions',
    sdgs: 'Sustainable Development Goals',
    subjects: 'Subjects',
    agendaItems: 'Agenda items',
    noAgendaItem: 'Without agenda item',
    none: 'The archive holds none of these resolutions in English.',
    moreIn: 'More in other languages:',
    latestOf: (shown, total) => `The latest ${shown} of ${total} resolutions`,
    subject: 'Subject',
    subjectNote: 'Subject terms under which the United Nations classifies its resolutions (UNBIS Thesaurus, EuroVoc).',
    schemes: 'Thesauri:',
  },
  search: {
    title: 'Search the resolutions',
    label: 'Search terms',
    placeholder: 'e.g. Internet Governance Forum',
    button: 'Search',
    searching: 'Searching…',
    noResults: 'No results for “{q}”.',
    resultCount: 'Resolutions found: {n}.',
    moreResults: 'More results',
    needsJs: 'Search needs JavaScript.',
    unavailable: 'The search index is not available.',
    jumpGo: 'Go to resolution {number}',
    jumpGoPara: 'Go to resolution {number}, paragraph {para}',
    jumpNotHeld: '{symbol} is not in the archive: open it on the UN’s Official Document System',
  },
  citedBy: {
    heading: 'Cited by',
    whole: 'The resolution as a whole',
    count: (n: number) => `Cited by ${n} resolution${n === 1 ? '' : 's'}`,
  },
  compare: {
    title: 'Two language versions side by side',
    intro: 'Each row holds the same paragraph in both languages, matched by its number.',
    compareWith: 'Compare with',
    show: 'Show',
    needsJs: 'This side-by-side view needs JavaScript: your browser fetches the two language versions and sets them side by side. Without it, read each version on its own page; the links to the other languages are beside the text.',
    noSymbol: 'Enter the symbol of a resolution, such as E/RES/2023/3, and choose a second language.',
    loading: 'Loading the two versions…',
    notHeld: 'The archive does not hold {symbol} in this language: {language}.',
    failed: 'The texts could not be loaded.',
    missing: 'No corresponding paragraph in this version',
    cellLink: 'This paragraph in the {language} version',
    readPages: 'Each version on its own page:',
  },
};
