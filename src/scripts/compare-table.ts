import type { Lang } from '../schemas/lang.ts';
import type { AlignedRow, VersionPart } from '../utils/align-versions.ts';
import { fill } from '../utils/fill.ts';
import { resolutionPath } from '../utils/paths.ts';

/*
 * The rows of the side-by-side view as DOM. Text goes in with textContent only: the models are
 * the archive's own, but a cell is never a place to interpret markup.
 */

/** What the view knows of each language: its name in itself, its direction, "Annex {n}" in it. */
export interface LanguageInfo {
  name: string;
  dir: 'ltr' | 'rtl';
  annex: string;
}

/** One side of the view. */
export interface Side {
  lang: Lang;
  info: LanguageInfo;
  title: string;
}

/** The interface strings the table uses, in the page's language. */
export interface TableStrings {
  missing: string;
  cellLink: string;
  footnotes: string;
}

/** A new element with a class and text. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Sets the language and direction a cell's text is read in. */
function inLanguage<E extends HTMLElement>(node: E, side: Pick<Side, 'lang' | 'info'>): E {
  node.lang = side.lang;
  node.dir = side.info.dir;
  return node;
}

/** The cell of one side of a row: its number (a link to the paragraph on its own page) and its words. */
function cell(part: VersionPart | null, side: Side, symbol: string, page: { lang: Lang; info: LanguageInfo }, strings: TableStrings): HTMLTableCellElement {
  const td = inLanguage(element('td', 'compare-cell'), side);
  td.dataset.langName = side.info.name;
  if (!part) {
    // The mark is the reader's interface, so it is set in the page's language inside the cell.
    td.classList.add('compare-cell--missing');
    td.append(inLanguage(element('span', 'compare-missing', strings.missing), page));
    return td;
  }
  const label = part.kind === 'annex' ? fill(side.info.annex, { n: part.id.replace(/^annex-/, '') }) : (part.num ?? '¶');
  const link = element('a', 'compare-num', label);
  link.href = resolutionPath(side.lang, symbol, part.id);
  link.hreflang = side.lang;
  const where = fill(strings.cellLink, { language: side.info.name });
  link.setAttribute('aria-label', part.num || part.kind === 'annex' ? `${label}: ${where}` : where);
  const text = element('div', 'compare-text', part.text);
  for (const n of part.notes) {
    const mark = element('a', 'compare-note', String(n));
    mark.href = `#fn-${n}`;
    const sup = element('sup');
    sup.append(mark);
    text.append(sup);
  }
  td.append(link, text);
  return td;
}

/** The table of the view: a caption (the symbol), the two languages, the titles, one row per aligned part. */
export function compareTable(table: HTMLTableElement, rows: AlignedRow[], symbol: string, sides: [Side, Side], page: Side, strings: TableStrings): void {
  const caption = element('caption', 'compare-caption', symbol);
  caption.dir = 'ltr';
  const head = element('thead');
  const headRow = element('tr');
  for (const side of sides) {
    const th = inLanguage(element('th', 'compare-lang', side.info.name), side);
    th.scope = 'col';
    headRow.append(th);
  }
  head.append(headRow);

  const body = element('tbody');
  const titles = element('tr', 'compare-row compare-row--title');
  for (const side of sides) {
    const td = inLanguage(element('td', 'compare-cell'), side);
    td.dataset.langName = side.info.name;
    const link = element('a', 'compare-title', side.title);
    link.href = resolutionPath(side.lang, symbol);
    link.hreflang = side.lang;
    td.append(link);
    titles.append(td);
  }
  body.append(titles);

  let inFootnotes = false;
  for (const row of rows) {
    if (row.kind === 'footnote' && !inFootnotes) {
      inFootnotes = true;
      const group = element('tr', 'compare-row compare-row--group');
      const th = element('th', undefined, strings.footnotes);
      th.colSpan = 2;
      th.scope = 'colgroup';
      group.append(th);
      body.append(group);
    }
    const tr = element('tr', `compare-row compare-row--${row.kind}`);
    tr.id = row.id;
    tr.style.setProperty('--depth', String(row.depth));
    if (!row.left || !row.right) tr.classList.add('compare-row--one-sided');
    tr.append(cell(row.left, sides[0], symbol, page, strings), cell(row.right, sides[1], symbol, page, strings));
    body.append(tr);
  }
  table.replaceChildren(caption, head, body);
}
