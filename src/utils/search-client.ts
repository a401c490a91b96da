import type { Lang } from '../schemas/lang.ts';
import { fill } from './fill.ts';
import { createJumper } from './search-jump-entry.ts';

/*
 * The search page's script, a progressive enhancement of its GET form: it loads Pagefind's
 * `pagefind.js` on demand, searches `?q=` on load and the box as the reader types, and lists
 * each resolution with its matching paragraphs, each linking to `…/#para-32` itself. A query that
 * is a citation ("2015/26号决议第12段") also gets a "go to" entry above them (search-jump-entry.ts).
 */

/** The part of one of Pagefind's sub-results (a paragraph, footnote or heading) the page shows. */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string };
  weighted_locations: { balanced_score: number }[];
}

/** The part of one of Pagefind's results (a resolution page) the page shows. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; symbol?: string };
  sub_results: PagefindSubResult[];
}

/** The part of Pagefind's browser API this script uses. */
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/**
 * Resolutions shown at first, and added by each "More results": each one's data is a fragment
 * of 10–20 KB (gzip), so a first search that loaded 20 of them cost 310 KB at 2,000 documents
 * (docs/performance.md); five keep it near the 150 KB budget.
 */
const PAGE_SIZE = 5;
const MAX_PARAGRAPHS = 5;
const TYPING_PAUSE_MS = 200;

/** Wires the search form and the results list of the search page. */
export function startSearch(form: HTMLFormElement, results: HTMLElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const status = results.querySelector<HTMLElement>('[data-search-status]');
  const list = results.querySelector<HTMLOListElement>('[data-search-list]');
  const more = results.querySelector<HTMLButtonElement>('[data-search-more]');
  const jumpBox = results.querySelector<HTMLElement>('[data-search-jump]');
  if (!input || !status || !list || !more || !jumpBox) return;
  const text = results.dataset;
  const jumper = createJumper(jumpBox, text.lang as Lang, { go: text.jumpGo ?? '', goPara: text.jumpGoPara ?? '', notHeld: text.jumpNotHeld ?? '' });
  const base = import.meta.env.BASE_URL;
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;
  let shown: string | undefined; // the words whose results are on screen
  let pending: { data(): Promise<PagefindResultData> }[] = []; // results found but not yet shown

  const loadPagefind = (): Promise<Pagefind> =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      // Result URLs are site-relative; the base makes them work under a sub-path.
      await module.options({ baseUrl: base });
      return module;
    }));

  async function run(query: string): Promise<void> {
    const words = query.trim();
    // Enter after typing must not rebuild the list under a reader who is tabbing into it.
    if (words === shown) return;
    const ticket = ++latest;
    history.replaceState(null, '', words ? `?q=${encodeURIComponent(words)}` : location.pathname);
    void jumper.show(words);
    if (!words) {
      shown = words;
      status!.textContent = '';
      list!.replaceChildren();
      pending = [];
      more!.hidden = true;
      return;
    }
    status!.textContent = text.searching ?? '';
    try {
      const found = (await (await loadPagefind()).search(words))?.results ?? [];
      const pages = await Promise.all(found.slice(0, PAGE_SIZE).map((result) => result.data()));
      if (ticket !== latest) return; // the reader has typed on since
      shown = words;
      pending = found.slice(PAGE_SIZE);
      more!.hidden = pending.length === 0;
      list!.replaceChildren(...pages.map(resultItem));
      status!.textContent = fill((pages.length > 0 ? text.resultCount : text.noResults) ?? '', { n: found.length, q: words });
    } catch {
      // No index (a dev server, a build without the Pagefind step) or no network: say so.
      if (ticket === latest) status!.textContent = text.unavailable ?? '';
    }
  }

  // The next few results; focus moves to the first of them, so a keyboard reader goes on reading there.
  more.addEventListener('click', async () => {
    const ticket = latest;
    const next = pending.slice(0, PAGE_SIZE);
    const pages = await Promise.all(next.map((result) => result.data()));
    if (ticket !== latest) return;
    pending = pending.slice(PAGE_SIZE);
    more.hidden = pending.length === 0;
    const items = pages.map(resultItem);
    list.append(...items);
    items[0]?.querySelector('a')?.focus();
  });

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void run(input.value), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    const query = input.value;
    void run(query);
    // Enter on a citation of a held resolution goes there; Back returns to this search.
    void jumper.destination(query).then((href) => {
      if (href && input.value === query) location.assign(href);
    });
  });

  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void (async () => {
      // A citation sent from elsewhere (a home page's box, a link) goes straight to its page, in
      // place of this one, so Back returns to where the reader was. Not when the reader came Back
      // here, or reloads: that would send them forward again, away from the search they came for.
      const href = arrivedAfresh() ? await jumper.destination(initial) : null;
      if (href) location.replace(href);
      else await run(initial);
    })();
  }
}

/** True when this page was reached by following a link or sending a form, not by Back, Forward or reload. */
function arrivedAfresh(): boolean {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return (entry?.type ?? 'navigate') === 'navigate';
}

/** One resolution in the list: its title, then the paragraphs that match, each a deep link. */
function resultItem(page: PagefindResultData): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h2', 'search-result-title');
  const link = element('a');
  link.href = page.url;
  link.textContent = page.meta.title ?? page.url;
  heading.append(link);
  item.append(heading);
  if (page.meta.symbol) item.append(element('p', 'search-result-symbol', page.meta.symbol));

  const paragraphs = element('ul', 'search-result-paras');
  for (const sub of bestParagraphs(page.sub_results)) {
    const entry = element('li');
    const subLink = element('a', 'search-result-para');
    subLink.href = sub.url;
    if (sub.anchor) subLink.append(element('span', 'search-result-para-title', sub.title));
    const excerpt = element('span', 'search-result-excerpt');
    // Pagefind escapes the text, so its <mark> highlights are the only markup. It also ends a
    // block with a full stop of its own, which reads oddly after Chinese text.
    excerpt.innerHTML = sub.excerpt.replace(/(?<=[\p{Script=Han}>])\.\s*$/u, '');
    subLink.append(excerpt);
    entry.append(subLink);
    paragraphs.append(entry);
  }
  item.append(paragraphs);
  return item;
}

/**
 * The paragraphs that match best, in reading order. Pagefind lists every section with any hit,
 * and a Chinese query is split into words and single characters that also match as prefixes
 * (特 in 特别), so the sections are ranked by the sum of their hits' scores, as Pagefind's own
 * UI ranks them by hit count. A hit only above the first paragraph (the title) has no anchor:
 * then the page's own excerpt is shown.
 */
function bestParagraphs(subResults: PagefindSubResult[]): PagefindSubResult[] {
  const anchored = subResults.filter((sub) => sub.anchor);
  if (anchored.length === 0) return subResults.slice(0, 1);
  const score = (sub: PagefindSubResult) => sub.weighted_locations.reduce((sum, hit) => sum + hit.balanced_score, 0);
  const best = new Set([...anchored].sort((a, b) => score(b) - score(a)).slice(0, MAX_PARAGRAPHS));
  return anchored.filter((sub) => best.has(sub));
}

/** A new element with a class and text. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
