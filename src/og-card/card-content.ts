import { formatDate, uiStrings } from '../i18n/index.ts';
import type { Lang } from '../schemas/lang.ts';
import type { ResolutionMetadata } from '../schemas/resolution-metadata.ts';

/** What one resolution page's share card says, in the page's language: every string it shows, and its direction. */
export interface CardContent {
  lang: Lang;
  dir: 'ltr' | 'rtl';
  /** "United Nations · Economic and Social Council": the masthead of a UN document, on one line. */
  masthead: string;
  /** "E/RES/2015/26", the card's largest line. */
  symbol: string;
  title: string;
  /** "Adopted 22 July 2015", or null when the source gives no date. */
  adopted: string | null;
  /** The archive's name, at the card's foot. */
  archive: string;
}

// How each language introduces the date: the labels of fr/es ("Adoptée le") and en/ru read as a
// phrase before it; the Chinese and Arabic labels ("通过日期") are field names, so they take a colon.
const DATE_SEPARATORS: Readonly<Record<Lang, string>> = { ar: ': ', zh: '：', en: ' ', fr: ' ', ru: ' ', es: ' ' };

/** The card of one page, from its metadata (a catalogue card or a page's front matter). */
export function cardContent(page: Pick<ResolutionMetadata, 'lang' | 'symbol' | 'organ' | 'title' | 'adopted'>): CardContent {
  const strings = uiStrings(page.lang);
  return {
    lang: page.lang,
    dir: strings.dir,
    masthead: `${strings.unitedNations} · ${strings.organs[page.organ]}`,
    symbol: page.symbol,
    title: page.title,
    adopted: page.adopted ? `${strings.meta.adopted}${DATE_SEPARATORS[page.lang]}${formatDate(page.adopted, page.lang)}` : null,
    archive: strings.siteName,
  };
}

/** The text alternative of a page's card (og:image:alt): what it shows, symbol and title. */
export function cardAlt(page: Pick<ResolutionMetadata, 'symbol' | 'title'>): string {
  return `${page.symbol}: ${page.title}`;
}
