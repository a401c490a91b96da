import type { Lang } from '../schemas/lang.ts';
import type { CatalogueCard } from '../schemas/catalogue-card.ts';
import { uiStrings } from '../i18n/index.ts';
import { sdgTitle } from '../utils/sdg-goals.ts';
import { newestSessionFirst, sessionKey } from '../utils/session-key.ts';
import { sessionLabel } from '../utils/session-label.ts';
import { groupByAgendaItem } from '../utils/sessions.ts';
import { subjectsOf } from '../utils/subjects.ts';
import { adoptionYears } from '../utils/years.ts';
import { agendaFilterValue, type FilterName } from './search-filters.ts';

/** One choice of a filter: its URL value, what the reader sees, and how many resolutions of the language it leaves. */
export interface FilterOption {
  value: string;
  label: string;
  count: number;
  /** The label's language where it is not the page's (subject terms are English). */
  lang?: Lang;
}

/** A filter's choices, in groups where they have them (agenda items by session). */
export interface FilterChoices {
  name: FilterName;
  label: string;
  groups: { label: string | null; options: FilterOption[] }[];
}

type Card = Pick<CatalogueCard, 'symbol' | 'organ' | 'session' | 'adopted' | 'agendaItem' | 'agendaTitle' | 'sdgGoals' | 'subjects'>;

/**
 * The choices the search form offers for a language, from its resolutions' catalogue cards (the
 * same values search-filters.ts gives the index): only values some resolution has, each with its
 * count; organs, then years and sessions newest first, agenda items by session in agenda order,
 * goals by number, subjects by name.
 */
export function filterChoices(cards: readonly Card[], lang: Lang): FilterChoices[] {
  const strings = uiStrings(lang);
  const label = strings.search.filters;
  const counted = (values: string[][]) => {
    const counts = new Map<string, number>();
    for (const own of values) for (const value of new Set(own)) counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
  };
  const organs = counted(cards.map((card) => [card.organ]));
  const years = counted(cards.map((card) => adoptionYears([card.adopted])));
  const sessions = counted(cards.map((card) => [sessionKey(card) ?? ''].filter(Boolean)));
  const goals = counted(cards.map((card) => card.sdgGoals.map(String)));
  const subjects = subjectsOf(cards);
  const subjectCounts = counted(cards.map((card) => subjectsOf([card]).map((subject) => subject.slug)));
  const option = (counts: Map<string, number>, value: string, text: string, optionLang?: Lang): FilterOption => ({ value, label: text, count: counts.get(value) ?? 0, ...(optionLang ? { lang: optionLang } : {}) });
  const sessionKeys = [...sessions.keys()].sort(newestSessionFirst);
  return [
    { name: 'organ', label: label.organ, groups: [{ label: null, options: [...organs.keys()].sort().map((organ) => option(organs, organ, strings.organs[organ as 'ECOSOC' | 'GA'] ?? organ)) }] },
    { name: 'year', label: label.year, groups: [{ label: null, options: [...years.keys()].sort((a, b) => b.localeCompare(a)).map((year) => option(years, year, year)) }] },
    { name: 'session', label: label.session, groups: [{ label: null, options: sessionKeys.map((key) => option(sessions, key, sessionLabel(key, lang))) }] },
    { name: 'agenda', label: label.agenda, groups: sessionKeys.map((key) => ({ label: sessionLabel(key, lang), options: agendaOptions(cards.filter((card) => sessionKey(card) === key), key) })).filter((group) => group.options.length > 0) },
    { name: 'sdg', label: label.sdg, groups: [{ label: null, options: [...goals.keys()].sort((a, b) => Number(a) - Number(b)).map((goal) => option(goals, goal, sdgTitle(Number(goal), lang))) }] },
    { name: 'subject', label: label.subject, groups: [{ label: null, options: subjects.map((subject) => option(subjectCounts, subject.slug, subject.label, lang === 'en' ? undefined : 'en')) }] },
  ];
}

/** The agenda items of one session's resolutions, in agenda order (sessions.ts), each labelled as printed with its title where a card has one. */
function agendaOptions(cards: readonly Card[], session: string): FilterOption[] {
  return groupByAgendaItem(cards, (card) => card).flatMap(({ item, title, entries }) =>
    item ? [{ value: agendaFilterValue(session, item.key), label: title ? `${item.label} ${title}` : item.label, count: entries.length }] : [],
  );
}
