import type { Lang } from '../schemas/lang.ts';

/** What the Highwire Press tags say of one resolution page. */
export interface CitationInput {
  lang: Lang;
  symbol: string;
  /** The title without the number, as the page prints it. */
  title: string;
  /** ISO date of adoption, or null. */
  adopted: string | null;
  /** The organ that adopted it, in the page's language ("Economic and Social Council", "经济及社会理事会"). */
  organName: string;
  /** "United Nations" in the page's language. */
  publisher: string;
  /**
   * The page's absolute URL, or null when the build does not know the site's host: Zotero would
   * store a root-relative URL as it is, and without the tags it takes the address it was opened at.
   */
  url: string | null;
}

/** A Highwire date: YYYY/MM/DD, the form Google Scholar asks for and Zotero reads. */
export function highwireDate(iso: string): string {
  return iso.replaceAll('-', '/');
}

/**
 * The `<meta name="citation_*">` tags of a resolution page, in order, as Zotero's Embedded Metadata
 * translator and Google Scholar read them. A resolution is catalogued as a report, the one
 * Highwire type that fits a numbered document of an institution: `citation_technical_report_institution`
 * makes Zotero take the page as a Report (not a journal article, its guess for a bare
 * `citation_title`), and `citation_technical_report_number` fills its Report Number with the
 * symbol. The author is the adopting organ, a corporate name. No `citation_pdf_url`: the archive
 * holds no PDF.
 */
export function citationMeta(input: CitationInput): [name: string, content: string][] {
  const date = input.adopted ? highwireDate(input.adopted) : null;
  return [
    ['citation_title', input.title],
    ['citation_author', input.organName],
    ...(date ? ([['citation_publication_date', date], ['citation_date', date]] as [string, string][]) : []),
    ['citation_publisher', input.publisher],
    ['citation_technical_report_institution', input.publisher],
    ['citation_technical_report_number', input.symbol],
    ['citation_language', input.lang],
    ...(input.url ? ([['citation_public_url', input.url], ['citation_fulltext_html_url', input.url]] as [string, string][]) : []),
  ];
}
