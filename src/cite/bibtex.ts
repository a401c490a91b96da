import type { Lang } from '../schemas/lang.ts';
import type { Resolution } from '../schemas/resolution.ts';
import { isoDateParts } from './date.ts';
import { citationKey, citedUrl, organName, UNITED_NATIONS } from './identity.ts';
import { unPinpoint } from './un.ts';

/** LaTeX's special characters and what stands for each in a BibTeX field. */
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  $: '\\$',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * Text made safe inside a braced BibTeX field: LaTeX's special characters (`\ { } % & # $ _
 * ~ ^`) escaped in one pass, so that a brace in a title can neither close the field nor
 * unbalance it; every other character, Chinese and Arabic included, left as it is (the file
 * is UTF-8, as biber, Zotero and JabRef read it).
 */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&#$_~^]/g, (c) => SPECIAL[c] as string);
}

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The English name of each language, as BibTeX's `language` field takes it. */
const LANGUAGE_NAMES: Record<Lang, string> = {
  ar: 'Arabic', zh: 'Chinese', en: 'English', fr: 'French', ru: 'Russian', es: 'Spanish',
};

/**
 * The BibTeX entry of a resolution or of one of its paragraphs, in the page's language.
 *
 * Entry type `@misc`: classic BibTeX has no type for legislation, and biblatex's
 * `@legislation` is one of the types its standard styles do not support (they fall back to
 * `@misc` anyway); `@misc` reads the same everywhere.
 *
 * Key: `citationKey` ("E-RES-2015-26", "E-RES-2015-26-para-12"). Fields, in this order:
 * `author` the organ in the page's language, in double braces (a corporate author, not a
 * person's given and family names); `title` in double braces, keeping its case as printed;
 * `number` the resolution's number; `howpublished` the document symbol; `organization`
 * "United Nations" in the page's language; `year`, `month` (a month macro) and `date` (ISO,
 * for biblatex) when the adoption date is known; `note` the paragraph in the UN's form of the
 * page's language; `url` unescaped, as URL fields are read verbatim; `language` in English
 * ("Chinese"). Text fields go through {@link escapeBibtex}. Lines end in LF; the entry ends
 * in a newline. Throws `CitationTargetError` for a paragraph id the model does not have.
 */
export function bibtexEntry(res: Resolution, pageUrl: string, paraId?: string): string {
  const fields: [string, string][] = [
    ['author', `{{${escapeBibtex(organName(res))}}}`],
    ['title', `{{${escapeBibtex(res.title)}}}`],
    ['number', `{${escapeBibtex(res.number)}}`],
    ['howpublished', `{${escapeBibtex(res.symbol)}}`],
    ['organization', `{${escapeBibtex(UNITED_NATIONS[res.lang])}}`],
  ];
  if (res.adopted !== null) {
    const { year, month } = isoDateParts(res.adopted);
    fields.push(['year', `{${year}}`], ['month', MONTH_MACROS[month - 1] as string], ['date', `{${res.adopted}}`]);
  }
  if (paraId !== undefined) fields.push(['note', `{${escapeBibtex(unPinpoint(res, paraId))}}`]);
  fields.push(['url', `{${citedUrl(pageUrl, paraId)}}`], ['language', `{${LANGUAGE_NAMES[res.lang]}}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@misc{${citationKey(res.symbol, paraId)},\n${body}\n}\n`;
}
