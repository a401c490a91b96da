import { el, serialise } from '../export/akn/xml.ts';

/** One entry of an Atom feed. */
export interface AtomEntry {
  /** A permanent IRI: the page's URL. */
  id: string;
  title: string;
  /** ISO date ("2015-07-22") or date-time; also the entry's `published`: a resolution is not revised once adopted. */
  updated: string;
  /** The page the entry is about. */
  link: string;
  summary: string;
  /** Who wrote it (the adopting organ). */
  author: string;
}

/** An Atom feed (RFC 4287): the feed's own metadata and its entries, in the order given. */
export interface AtomFeed {
  id: string;
  title: string;
  /** Language of the feed's text, `xml:lang`. */
  lang: string;
  /** The feed's own URL (`rel="self"`). */
  self: string;
  /** The HTML page it stands for (`rel="alternate"`). */
  alternate: string;
  /** The feed's author, for a feed with no entries (RFC 4287 §4.1.1 wants one in every entry or on the feed). */
  author: string;
  /** When there are no entries: the date the feed then says it was updated. */
  emptyUpdated: string;
  entries: readonly AtomEntry[];
}

/** An Atom date-time from an ISO date: midnight UTC of that day; a date-time is kept as it is. */
export function atomDate(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso;
}

/**
 * The feed's XML. `updated` is the newest entry's date, not the time of the build, so that the same
 * archive writes the same bytes and a reader sees the feed change only when a resolution is added.
 */
export function renderAtomFeed(feed: AtomFeed): string {
  const newest = feed.entries.map((entry) => atomDate(entry.updated)).sort().at(-1) ?? atomDate(feed.emptyUpdated);
  const root = el(
    'feed',
    { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': feed.lang },
    el('id', {}, feed.id),
    el('title', {}, feed.title),
    el('updated', {}, newest),
    el('link', { rel: 'self', type: 'application/atom+xml', href: feed.self }),
    el('link', { rel: 'alternate', type: 'text/html', href: feed.alternate }),
    el('author', {}, el('name', {}, feed.author)),
    feed.entries.map((entry) =>
      el(
        'entry',
        {},
        el('id', {}, entry.id),
        el('title', {}, entry.title),
        el('updated', {}, atomDate(entry.updated)),
        el('published', {}, atomDate(entry.updated)),
        el('link', { rel: 'alternate', type: 'text/html', href: entry.link }),
        el('author', {}, el('name', {}, entry.author)),
        el('summary', {}, entry.summary),
      ),
    ),
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n${serialise(root)}\n`;
}
