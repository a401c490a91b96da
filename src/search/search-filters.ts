import type { CatalogueCard } from '../schemas/catalogue-card.ts';
import { agendaItem } from '../utils/agenda-item.ts';
import { sessionKey } from '../utils/session-key.ts';
import { subjectSlug } from '../utils/subjects.ts';
import { adoptionYear } from '../utils/years.ts';

/** The filters a search can be narrowed by, in the order the search form shows them; each is also a URL parameter of the search page. */
export const FILTER_NAMES = ['organ', 'year', 'session', 'agenda', 'sdg', 'subject'] as const;

/** One of the search filters. */
export type FilterName = (typeof FILTER_NAMES)[number];

/** The values a resolution page has for each filter (none where the catalogue does not tell). */
export type FilterValues = Record<FilterName, string[]>;

/**
 * A resolution's filter values, from its catalogue card: the organ; the year of adoption; the
 * session key (session-key.ts: "2023", "44", "ga-79"); the agenda item within that session
 * ("2023/18-b", since "item 18 (b)" means something else at every session); each SDG goal ("5");
 * each subject's slug (subjects.ts).
 */
export function filterValues(card: Pick<CatalogueCard, 'symbol' | 'organ' | 'session' | 'adopted' | 'agendaItem' | 'sdgGoals' | 'subjects'>): FilterValues {
  const year = adoptionYear(card.adopted);
  const session = sessionKey(card);
  const item = agendaItem(card.agendaItem);
  return {
    organ: [card.organ],
    year: year ? [year] : [],
    session: session ? [session] : [],
    agenda: session && item ? [agendaFilterValue(session, item.key)] : [],
    sdg: card.sdgGoals.map(String),
    subject: [...new Set(card.subjects.map((subject) => subjectSlug(subject.term)))],
  };
}

/** The agenda filter's value for an item of a session: "2023/18-b". */
export function agendaFilterValue(session: string, itemKey: string): string {
  return `${session}/${itemKey}`;
}

/** A resolution's sort key for "newest" and "oldest": its adoption date, then its symbol; undated ones sort first among the oldest. */
export function dateSortKey(card: Pick<CatalogueCard, 'adopted' | 'symbol'>): string {
  return `${card.adopted ?? '0000-00-00'} ${card.symbol}`;
}
