import { formatDate } from '../i18n/index.ts';
import type { UiStrings } from '../i18n/types.ts';
import type { ResolutionMetadata } from '../schemas/resolution-metadata.ts';

/** A feed entry's summary, in the page's language: symbol, date of adoption, plenary meeting ("E/RES/2015/26 · 22 July 2015 · 54th plenary meeting"). */
export function feedEntrySummary(page: Pick<ResolutionMetadata, 'symbol' | 'adopted' | 'meeting' | 'lang'>, strings: UiStrings): string {
  return [page.symbol, page.adopted ? formatDate(page.adopted, page.lang) : null, page.meeting !== null ? strings.plenaryMeeting(page.meeting) : null]
    .filter((part): part is string => part !== null)
    .join(' · ');
}
