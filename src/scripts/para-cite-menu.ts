/**
 * The menu of a paragraph's citations (ParaCiteMenu.astro), opened by the paragraph's “
 * (Permalink.astro): one menu per page, moved beside the control that opens it, so that it
 * follows it in the reading and tabbing order and, positioned out of the flow, moves nothing.
 * Keyboard as the ARIA menu button pattern has it: Enter, Space or ↓ opens on the first item,
 * ↑ on the last; ↑ ↓ Home End move; Escape closes and returns to the “; Tab closes and goes on.
 * An item copies its form of the paragraph's citation (`paragraphCitation`), and the menu closes.
 */
import { PIN_WORDS, pinText, type EnglishPin } from '../cite/english-pin.ts';

/**
 * A paragraph's citation in the form of a menu item: the item's slot (`data-before`,
 * `data-after`) around the control's pinpoint, the UN's (`data-pin`) or the English parts put
 * in Bluebook's or OSCOLA's words.
 */
export function paragraphCitation(item: HTMLElement, control: HTMLElement): string {
  const { format, before = '', after = '' } = item.dataset;
  const { pin = '', at = '', kind, annex } = control.dataset;
  if (format !== 'bluebook' && format !== 'oscola') return `${before}${pin}${after}`;
  const english: EnglishPin = { kind: (kind as EnglishPin['kind'] | undefined) ?? 'para', annex: annex ?? null, at };
  return `${before}${pinText(english, PIN_WORDS[format])}${after}`;
}

/** Wires the menu to every paragraph's “; `copy` is called with an item's citation. */
export function enableParaCiteMenu(doc: Document, copy: (text: string) => void): void {
  const menu = doc.getElementById('para-cite-menu');
  if (!menu) return;
  const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  let opener: HTMLElement | null = null;

  const close = (refocus: boolean) => {
    if (!opener) return;
    menu.hidden = true;
    opener.setAttribute('aria-expanded', 'false');
    if (refocus) opener.focus();
    opener = null;
  };
  const open = (control: HTMLElement, first: boolean) => {
    close(false);
    opener = control;
    control.after(menu);
    menu.setAttribute('aria-label', control.getAttribute('aria-label') ?? '');
    menu.style.top = `${control.offsetTop + control.offsetHeight}px`;
    menu.hidden = false;
    control.setAttribute('aria-expanded', 'true');
    (first ? items[0] : items.at(-1))?.focus();
  };
  const move = (by: number | 'first' | 'last') => {
    const at = items.indexOf(doc.activeElement as HTMLElement);
    const next = by === 'first' ? 0 : by === 'last' ? items.length - 1 : (at + by + items.length) % items.length;
    items[next]?.focus();
  };

  for (const control of doc.querySelectorAll('.para-cite')) {
    control.setAttribute('aria-haspopup', 'menu');
    control.setAttribute('aria-expanded', 'false');
    control.setAttribute('aria-controls', menu.id);
  }
  doc.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    const control = target?.closest?.<HTMLElement>('.para-cite');
    const item = target?.closest?.<HTMLElement>('.para-cite-item');
    if (item && opener) {
      copy(paragraphCitation(item, opener));
      close(true);
    } else if (control) {
      if (control === opener) close(true);
      // A press of Enter or Space is a click of detail 0: it opens on the first item, as a click does.
      else open(control, true);
    } else if (!menu.contains(target)) close(false);
  });
  doc.addEventListener('keydown', (event) => {
    const target = event.target as Element | null;
    const onControl = target?.matches?.('.para-cite') ?? false;
    if (onControl && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      open(target as HTMLElement, event.key === 'ArrowDown');
      return;
    }
    if (!opener || !menu.contains(target)) return;
    const moves: Record<string, number | 'first' | 'last'> = { ArrowDown: 1, ArrowUp: -1, Home: 'first', End: 'last' };
    const by = moves[event.key];
    if (by !== undefined) {
      event.preventDefault();
      move(by);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      // Back on the “ first, so that Tab goes on from it (or back from it) as from any control.
      close(true);
    }
  });
  // Focus gone elsewhere (a click outside the page, a screen reader's jump): the menu goes too.
  menu.addEventListener('focusout', (event) => {
    const to = event.relatedTarget as Node | null;
    if (to && !menu.contains(to) && to !== opener) close(false);
  });
}
