import type { Lang } from '../schemas/lang.ts';
import { FILTER_NAMES } from '../search/search-filters.ts';
import { startSearchRun, type PagefindApi, type SearchOrder, type SearchRequest, type SearchRow, type SearchRun } from '../search/search-engine.ts';
import { rowLabel } from '../search/row-label.ts';
import { fill } from './fill.ts';
import { createJumper } from './search-jump-entry.ts';

/*
 * The search page's script, a progressive enhancement of its GET form: it loads Pagefind's
 * `pagefind.js` on demand, searches what the URL says on load (`?q=`, the filters, `sort=`) and
 * the form as the reader types or chooses, keeping the URL in step so that a search can be
 * shared; each row is one paragraph, linking to `…/#para-32` (src/search/search-engine.ts). A
 * query that is a citation ("2015/26号决议第12段") also gets a "go to" entry above them
 * (search-jump-entry.ts).
 */

/** Rows shown at first, and added by each "More results": a first search stays small (docs/search.md). */
const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 200;
const ORDERS: readonly SearchOrder[] = ['relevance', 'newest', 'oldest'];

/** Wires the search form and the results list of the search page. */
export function startSearch(form: HTMLFormElement, results: HTMLElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const status = results.querySelector<HTMLElement>('[data-search-status]');
  const list = results.querySelector<HTMLOListElement>('[data-search-list]');
  const more = results.querySelector<HTMLButtonElement>('[data-search-more]');
  const jumpBox = results.querySelector<HTMLElement>('[data-search-jump]');
  if (!input || !status || !list || !more || !jumpBox) return;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')];
  const text = results.dataset;
  const lang = text.lang as Lang;
  const jumper = createJumper(jumpBox, lang, { go: text.jumpGo ?? '', goPara: text.jumpGoPara ?? '', notHeld: text.jumpNotHeld ?? '' });
  const parts = {
    paragraph: (n: string) => fill(text.labelParagraph ?? '', { n }),
    preamble: (n: string) => fill(text.labelPreamble ?? '', { n }),
    footnote: (n: number) => fill(text.labelFootnote ?? '', { n }),
    annex: (n: string) => fill(text.labelAnnex ?? '', { n }),
  };
  const base = import.meta.env.BASE_URL;
  let pagefind: Promise<PagefindApi> | undefined;
  let latest = 0;
  let shown: string | undefined; // the URL query whose rows are on screen
  let current: SearchRun | undefined;

  const loadPagefind = (): Promise<PagefindApi> => (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindApi>);

  /** What the form asks for now. */
  const request = (): SearchRequest => {
    const filters: SearchRequest['filters'] = {};
    let order: SearchOrder = 'relevance';
    for (const select of selects) {
      if (select.name === 'sort') order = ORDERS.includes(select.value as SearchOrder) ? (select.value as SearchOrder) : 'relevance';
      else if ((FILTER_NAMES as readonly string[]).includes(select.name) && select.value) filters[select.name as keyof SearchRequest['filters']] = select.value;
    }
    return { query: input.value.trim(), filters, order };
  };

  async function run(asked: SearchRequest): Promise<void> {
    const params = urlParams(asked);
    // Enter after typing must not rebuild the list under a reader who is tabbing into it.
    if (params === shown) return;
    const ticket = ++latest;
    history.replaceState(null, '', params ? `?${params}` : location.pathname);
    void jumper.show(asked.query);
    const filtered = Object.keys(asked.filters).length > 0;
    if (!asked.query && !filtered) {
      shown = params;
      status!.textContent = '';
      list!.replaceChildren();
      more!.hidden = true;
      current = undefined;
      return;
    }
    status!.textContent = text.searching ?? '';
    try {
      const search = await startSearchRun(await loadPagefind(), lang, asked);
      const rows = await search.next(PAGE_SIZE);
      if (ticket !== latest) return; // the reader has typed on since
      shown = params;
      current = search;
      more!.hidden = rows.length < PAGE_SIZE;
      list!.replaceChildren(...rows.map(rowItem));
      const message = rows.length === 0 ? text.noResults : asked.query ? text.resultsFor : text.resultCount;
      status!.textContent = fill(message ?? '', { n: search.records, q: asked.query });
    } catch {
      // No index (a dev server, a build without the Pagefind step) or no network: say so.
      if (ticket === latest) status!.textContent = text.unavailable ?? '';
    }
  }

  /** One row: where the paragraph is, the resolution's title, and the words around the match, marked. */
  function rowItem(row: SearchRow): HTMLLIElement {
    const item = element('li', 'search-result');
    const link = element('a', 'search-result-link');
    link.href = `${base}${row.page.replace(/^\//, '')}${row.id ? `#${row.id}` : ''}`;
    const where = element('span', 'search-result-where');
    where.append(element('span', 'search-result-symbol', row.symbol));
    const label = rowLabel(row.id, row.num, parts);
    if (label) where.append(element('span', 'search-result-para', label));
    const title = element('span', 'search-result-title');
    // A row for the title (no anchor) marks the words in the title itself, not in an excerpt under it.
    if (!row.id && row.excerpt.length > 0) appendExcerpt(title, row);
    else title.textContent = row.title;
    link.append(where, title);
    if (row.id && row.excerpt.length > 0) link.append(appendExcerpt(element('span', 'search-result-excerpt'), row));
    item.append(link);
    return item;
  }

  // The next rows; focus moves to the first of them, so a keyboard reader goes on reading there.
  more.addEventListener('click', async () => {
    const ticket = latest;
    const search = current;
    if (!search) return;
    const rows = await search.next(PAGE_SIZE);
    if (ticket !== latest) return;
    more.hidden = rows.length < PAGE_SIZE;
    const items = rows.map(rowItem);
    list.append(...items);
    items[0]?.querySelector('a')?.focus();
  });

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void run(request()), TYPING_PAUSE_MS);
  });
  for (const select of selects) select.addEventListener('change', () => void run(request()));
  form.querySelector('[data-search-clear]')?.addEventListener('click', () => {
    for (const select of selects) select.value = '';
    void run(request());
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    const asked = request();
    void run(asked);
    // Enter on a citation of a held resolution goes there; Back returns to this search.
    if (Object.keys(asked.filters).length === 0) {
      void jumper.destination(asked.query).then((href) => {
        if (href && input.value.trim() === asked.query) location.assign(href);
      });
    }
  });

  // The state in the URL, into the form; then the search it describes.
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const select of selects) {
    const value = params.get(select.name);
    if (value && [...select.options].some((option) => option.value === value)) select.value = value;
  }
  const initial = request();
  if (Object.keys(initial.filters).length > 0 || initial.order !== 'relevance') form.querySelector('details')?.setAttribute('open', '');
  if (initial.query || Object.keys(initial.filters).length > 0) {
    void (async () => {
      // A citation sent from elsewhere (a home page's box, a link) goes straight to its page, in
      // place of this one, so Back returns to where the reader was. Not when the reader came Back
      // here, or reloads: that would send them forward again, away from the search they came for.
      const plain = Object.keys(initial.filters).length === 0;
      const href = plain && arrivedAfresh() ? await jumper.destination(initial.query) : null;
      if (href) location.replace(href);
      else await run(initial);
    })();
  }
}

/** The URL query of a search: `q`, then each filter set, then `sort` unless by relevance; empty for nothing asked. */
export function urlParams(request: SearchRequest): string {
  const params = new URLSearchParams();
  if (request.query) params.set('q', request.query);
  for (const name of FILTER_NAMES) {
    const value = request.filters[name];
    if (value) params.set(name, value);
  }
  if (request.order !== 'relevance') params.set('sort', request.order);
  return params.toString();
}

/** True when this page was reached by following a link or sending a form, not by Back, Forward or reload. */
function arrivedAfresh(): boolean {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return (entry?.type ?? 'navigate') === 'navigate';
}

/** The row's excerpt into `target`, its matches marked; returns `target`. */
function appendExcerpt(target: HTMLElement, row: SearchRow): HTMLElement {
  for (const part of row.excerpt) target.append(part.mark ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  return target;
}

/** A new element with a class and text. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, content?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (content !== undefined) node.textContent = content;
  return node;
}
