import type { Lang } from '../schemas/lang.ts';
import type { UiStrings } from '../i18n/types.ts';
import { alignVersions, versionParts, type VersionModel } from '../utils/align-versions.ts';
import { fill } from '../utils/fill.ts';
import { comparePath, modelPath, resolutionPath } from '../utils/paths.ts';
import { compareTable, type LanguageInfo, type Side } from './compare-table.ts';

/*
 * The script of `/{lang}/compare/`. The whole state is the URL (`?symbol=…&with=…#para-12`), so
 * a view can be shared and the back button undoes a change of language. The models are the
 * pages' own `.json` (CONTRACT.md); which languages hold the symbol is asked of the host with
 * HEAD requests, a few hundred bytes, rather than by loading the whole catalogue.
 */

/** A model as the view reads it: only what it shows. */
type Model = VersionModel & { title: string };

type Strings = UiStrings['compare'] & { footnotes: string };

/** The view's state, read from the URL. */
export interface CompareState {
  symbol: string;
  /** The second language; null when the URL names none (or names the page's own). */
  with: Lang | null;
}

/** Reads the state from a query string; `langs` are the languages the site knows. */
export function readState(search: string, page: Lang, langs: readonly Lang[]): CompareState {
  const params = new URLSearchParams(search);
  const other = params.get('with');
  const known = langs.find((lang) => lang === other && lang !== page) ?? null;
  // UN symbols are upper case (CONTRACT.md); a reader typing e/res/2023/3 means E/RES/2023/3.
  return { symbol: (params.get('symbol') ?? '').trim().toUpperCase(), with: known };
}

/** Wires the view: reads the URL, fetches the two versions, builds the rows; again on every change. */
export function startCompare(root: HTMLElement): void {
  const page = root.dataset.lang as Lang;
  const languages = JSON.parse(root.dataset.languages ?? '{}') as Record<Lang, LanguageInfo>;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const langs = Object.keys(languages) as Lang[];
  const form = root.querySelector<HTMLFormElement>('[data-compare-form]');
  const status = root.querySelector<HTMLElement>('[data-compare-status]');
  const pages = root.querySelector<HTMLElement>('[data-compare-pages]');
  const table = root.querySelector<HTMLTableElement>('[data-compare-table]');
  const symbolInput = form?.querySelector<HTMLInputElement>('input[name="symbol"]');
  const select = form?.querySelector<HTMLSelectElement>('select[name="with"]');
  if (!form || !status || !pages || !table || !symbolInput || !select) return;
  const baseTitle = document.title;
  const models = new Map<string, Promise<Model | null>>();
  let latest = 0;
  form.hidden = false;

  // null when the archive does not hold that version; a network failure rejects.
  const model = (lang: Lang, symbol: string): Promise<Model | null> => {
    const url = modelPath(lang, symbol);
    let found = models.get(url);
    if (!found) {
      found = fetch(url).then((response) => (response.ok ? (response.json() as Promise<Model>) : response.status === 404 ? null : Promise.reject(new Error(`${response.status}`))));
      found.catch(() => models.delete(url)); // a failure is tried again next time
      models.set(url, found);
    }
    return found;
  };
  const holds = new Map<string, Promise<boolean>>();
  const isHeld = (lang: Lang, symbol: string): Promise<boolean> => {
    const url = modelPath(lang, symbol);
    let found = holds.get(url);
    if (!found) {
      found = models.has(url) ? model(lang, symbol).then((m) => m !== null) : fetch(url, { method: 'HEAD' }).then((response) => response.ok);
      found = found.catch(() => (holds.delete(url), false));
      holds.set(url, found);
    }
    return found;
  };

  /** Links to the versions' own pages, after a line of text. */
  const pageLinks = (text: string, symbol: string, versions: Lang[]) => {
    pages.replaceChildren(text);
    versions.forEach((lang, i) => {
      const link = document.createElement('a');
      link.href = resolutionPath(lang, symbol);
      link.hreflang = lang;
      link.lang = lang;
      link.textContent = languages[lang].name;
      pages.append(i === 0 ? ' ' : ' · ', link);
    });
    pages.hidden = versions.length === 0;
  };

  const show = (message: string, keepPages = false) => {
    status.textContent = message;
    if (!keepPages) pages.hidden = true;
    table.hidden = true;
    document.title = baseTitle;
  };

  /** The header's language links keep the state, the two sides swapped where they would be the same language. */
  const keepStateInLanguageLinks = (state: CompareState) => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.site-languages a[hreflang]')) {
      const other = link.hreflang as Lang;
      if (!languages[other]) continue;
      const second = state.with === other ? page : state.with;
      link.href = comparePath(other, state.symbol || undefined, second ?? undefined) + location.hash;
    }
  };

  const render = async (): Promise<void> => {
    const ticket = ++latest;
    const state = readState(location.search, page, langs);
    symbolInput.value = state.symbol;
    keepStateInLanguageLinks(state);
    if (!state.symbol) return show(strings.noSymbol);
    show(strings.loading);
    try {
      const others = langs.filter((lang) => lang !== page);
      const [left, heldFlags] = await Promise.all([model(page, state.symbol), Promise.all(others.map((lang) => isHeld(lang, state.symbol)))]);
      if (ticket !== latest) return;
      const available = others.filter((_, i) => heldFlags[i]);
      for (const option of select.options) option.disabled = !available.includes(option.value as Lang);
      // A second language the archive does not hold gives way to the first it holds, and the reader is told.
      const second = state.with && available.includes(state.with) ? state.with : (available[0] ?? null);
      const notice = state.with && state.with !== second ? fill(strings.notHeld, { symbol: state.symbol, language: languages[state.with].name }) : '';
      if (second) select.value = second;
      if (!left || !second) {
        pageLinks(strings.readPages, state.symbol, [...(left ? [page] : []), ...available]);
        // Without the page's own version, or with no other: nothing to set side by side.
        const missing = left ? others : [page];
        return show(fill(strings.notHeld, { symbol: state.symbol, language: missing.map((lang) => languages[lang].name).join(' · ') }), true);
      }
      const right = await model(second, state.symbol);
      if (ticket !== latest) return;
      if (!right) return show(fill(strings.notHeld, { symbol: state.symbol, language: languages[second].name }));
      if (state.with !== second) {
        // The second language was chosen here: write it into the URL, so that the link shares it.
        history.replaceState(null, '', comparePath(page, state.symbol, second) + location.hash);
        keepStateInLanguageLinks({ ...state, with: second });
      }
      const sides: [Side, Side] = [
        { lang: page, info: languages[page], title: left.title },
        { lang: second, info: languages[second], title: right.title },
      ];
      compareTable(table, alignVersions(versionParts(left), versionParts(right)), state.symbol, sides, sides[0], strings);
      pageLinks(strings.readPages, state.symbol, [page, second]);
      status.textContent = notice;
      table.hidden = false;
      document.title = `${state.symbol} | ${baseTitle}`;
      markTarget();
    } catch {
      if (ticket === latest) show(strings.failed);
    }
  };

  /** The row the URL's #fragment names: rows are built after load, so the browser's own jump has missed it. */
  const markTarget = (scroll = true): void => {
    for (const row of table.querySelectorAll('.compare-row--target')) row.classList.remove('compare-row--target');
    const id = decodeURIComponent(location.hash.slice(1));
    const row = id ? document.getElementById(id) : null;
    if (!row || !table.contains(row)) return;
    row.classList.add('compare-row--target');
    if (scroll) row.scrollIntoView({ block: 'start' });
  };

  select.addEventListener('change', () => {
    history.pushState(null, '', comparePath(page, symbolInput.value.trim() || undefined, select.value as Lang) + location.hash);
    void render();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const symbol = symbolInput.value.trim();
    history.pushState(null, '', comparePath(page, symbol || undefined, select.value as Lang));
    void render();
  });
  window.addEventListener('popstate', () => void render());
  window.addEventListener('hashchange', () => {
    markTarget(false);
    keepStateInLanguageLinks(readState(location.search, page, langs));
  });
  void render();
}
