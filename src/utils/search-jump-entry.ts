import type { Lang } from '../schemas/lang.ts';
import { fill } from './fill.ts';
import { locateJump, type JumpTarget } from './jump-target.ts';
import { readCitationQuery } from './search-jump.ts';

/*
 * The "go to" entry of the search page: when the query is a citation, a link above Pagefind's
 * results to the resolution (at the paragraph), or to undocs.org for a symbol the archive does not
 * hold. Also tells the search script where Enter, or `?q=` on load, may go at once: only to a page
 * of the archive, never off-site.
 */

/** The entry's interface strings (SearchResults.astro passes them as data attributes). */
export interface JumpStrings {
  /** "Go to resolution {number}". */
  go: string;
  /** "Go to resolution {number}, paragraph {para}". */
  goPara: string;
  /** "{symbol} is not in the archive: open it on the UN's Official Document System". */
  notHeld: string;
}

/** The search page's side of the entry. */
export interface Jumper {
  /** Shows the entry for `query`, or hides it when the query names no document. */
  show(query: string): Promise<void>;
  /** The archive page to go to at once: only when the query is nothing but a citation of a held resolution. */
  destination(query: string): Promise<string | null>;
}

/** The number as a reader cites it: "E/RES/2015/26" → "2015/26", "E/RES/1296(XLIV)" → "1296 (XLIV)". */
export function citedNumber(symbol: string): string {
  return symbol.replace(/^[AE]\/RES\//, '').replace(/(?<=\d)\(/, ' (');
}

/** The entry's content for a located citation. */
export function jumpLink(target: JumpTarget, page: Lang, strings: JumpStrings): HTMLElement {
  const line = document.createElement('p');
  line.className = target.held ? 'search-jump' : 'search-jump search-jump-external';
  const link = document.createElement('a');
  link.href = target.href;
  if (!target.held) {
    // Same tab, as every undocs.org link of the site; the referrer is not the UN's business.
    link.rel = 'noopener noreferrer';
    link.textContent = fill(strings.notHeld, { symbol: target.symbol });
    line.append(link);
    return line;
  }
  const values = { number: citedNumber(target.symbol), para: target.para ?? '' };
  link.textContent = fill(target.para === undefined ? strings.go : strings.goPara, values);
  const symbol = document.createElement('span');
  symbol.className = 'search-jump-symbol';
  symbol.textContent = target.symbol;
  line.append(link, ' ', symbol);
  if (target.lang !== page) {
    // Another language's version, marked as citation links mark one: `[zh]`.
    link.hreflang = target.lang;
    const mark = document.createElement('span');
    mark.className = 'cite-lang';
    mark.lang = 'en';
    mark.textContent = ` [${target.lang}]`;
    link.after(mark);
  }
  return line;
}

/** Wires the entry into `container`, for a search page in `page`. */
export function createJumper(container: HTMLElement, page: Lang, strings: JumpStrings): Jumper {
  const located = new Map<string, Promise<JumpTarget>>();
  let latest = 0;

  // One request per symbol and paragraph for the page's life; a failure is tried again next time.
  const locate = (query: string) => {
    const citation = readCitationQuery(query, page);
    if (citation === null) return null;
    const key = `${citation.symbol}#${citation.para ?? ''}`;
    let target = located.get(key);
    if (!target) {
      target = locateJump(citation, page, (url, init) => fetch(url, init));
      target.catch(() => located.delete(key));
      located.set(key, target);
    }
    return { whole: citation.whole, target };
  };

  return {
    async show(query) {
      const ticket = ++latest;
      const found = locate(query);
      if (found === null) {
        container.hidden = true;
        container.replaceChildren();
        return;
      }
      try {
        const target = await found.target;
        if (ticket !== latest) return; // the reader has typed on since
        container.replaceChildren(jumpLink(target, page, strings));
        container.hidden = false;
      } catch {
        // The host could not be asked: nothing is known, so nothing is offered.
        if (ticket === latest) container.hidden = true;
      }
    },
    async destination(query) {
      const found = locate(query);
      if (found === null || !found.whole) return null;
      try {
        const target = await found.target;
        return target.held ? target.href : null;
      } catch {
        return null;
      }
    },
  };
}
