import type { CatalogueCard } from '../schemas/catalogue-card.ts';
import { agendaItem, compareAgendaItems, type AgendaItem } from './agenda-item.ts';
import { newestSessionFirst, sessionKey } from './session-key.ts';

/** The distinct sessions of some cards, newest first. */
export function sessionKeys(cards: readonly Pick<CatalogueCard, 'symbol' | 'organ' | 'session'>[]): string[] {
  const keys = new Set<string>();
  for (const card of cards) {
    const key = sessionKey(card);
    if (key) keys.add(key);
  }
  return [...keys].sort(newestSessionFirst);
}

/** A session's resolutions under one agenda item, or under none. */
export interface AgendaGroup<T> {
  /** Id of the group on the session's page: "item-18-b", "item-none". */
  anchor: string;
  item: AgendaItem | null;
  /** The item's title as the first card that prints one has it. */
  title: string | null;
  entries: T[];
}

/** Groups a session's cards by agenda item, in agenda order (no item last), keeping the cards' order within a group. */
export function groupByAgendaItem<T>(entries: readonly T[], cardOf: (entry: T) => Pick<CatalogueCard, 'agendaItem' | 'agendaTitle'>): AgendaGroup<T>[] {
  const groups = new Map<string, AgendaGroup<T>>();
  for (const entry of entries) {
    const card = cardOf(entry);
    const item = agendaItem(card.agendaItem);
    const anchor = `item-${item?.key ?? 'none'}`;
    const group = groups.get(anchor) ?? { anchor, item, title: null, entries: [] };
    group.title ??= card.agendaTitle;
    group.entries.push(entry);
    groups.set(anchor, group);
  }
  return [...groups.values()].sort((a, b) => compareAgendaItems(a.item, b.item));
}
