/**
 * The copy controls of a resolution page (CitePanel.astro, Permalink.astro): a click on a
 * paragraph's ¶ copies the paragraph's absolute URL and still follows the link (so the
 * paragraph is marked and the address bar shows it); its “ opens a menu of the paragraph's
 * citations, the UN's form, Bluebook and OSCOLA, each copied by its item (para-cite-menu.ts);
 * a copy button of the panel copies its line. The live region
 * `#cite-status` says what happened, in the page's language. Without script, the ¶ is a plain
 * link and the panel's lines can be selected; the copy controls stay hidden (styles/cite.css).
 */
import { enableParaCiteMenu } from './para-cite-menu.ts';

/** The absolute URL of an in-page link: the page's origin and path (under the base), and the link's `#id`. */
export function paragraphUrl(href: string, location: Pick<Location, 'origin' | 'pathname'>): string {
  return new URL(href, `${location.origin}${location.pathname}`).href;
}

/**
 * Puts `text` on the clipboard: the Clipboard API where the page may use it, else a hidden
 * textarea and `execCommand('copy')` (older browsers, pages not in a secure context). Focus
 * returns to where it was. True when either worked.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    await doc.defaultView!.navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No Clipboard API, or permission refused: fall back.
  }
  const focused = doc.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;opacity:0';
  doc.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = doc.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  focused?.focus({ preventScroll: true });
  return copied;
}

/** What a click on `control` copies, and the message that says so; null for a click to leave alone. */
function copyOf(control: Element, event: MouseEvent, status: HTMLElement, doc: Document): { text: string; message: string } | null {
  const data = status.dataset;
  if (control instanceof HTMLAnchorElement) {
    // A click meant to open the link elsewhere (new tab, window) is the browser's.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
    return { text: paragraphUrl(control.getAttribute('href') ?? '', doc.defaultView!.location), message: data.link ?? '' };
  }
  const line = doc.getElementById((control as HTMLElement).dataset.copy ?? '');
  return line ? { text: line.textContent ?? '', message: data.cite ?? '' } : null;
}

/** Wires the page's copy controls (a click anywhere is looked at once, by delegation). */
export function enableCopyControls(doc: Document = document): void {
  const status = doc.getElementById('cite-status');
  if (!status) return;
  doc.documentElement.classList.add('cite-js');
  for (const control of doc.querySelectorAll('.para-cite')) control.setAttribute('title', control.getAttribute('aria-label') ?? '');
  const copyAndSay = (text: string, message: string) =>
    void copyText(text, doc).then((copied) => {
      // Emptied first, so that the same message twice is announced twice.
      status.textContent = '';
      setTimeout(() => (status.textContent = copied ? message : (status.dataset.failed ?? '')), 50);
    });
  doc.addEventListener('click', (event) => {
    const control = (event.target as Element | null)?.closest?.('.permalink, .cite-copy');
    const copy = control ? copyOf(control, event, status, doc) : null;
    if (copy) copyAndSay(copy.text, copy.message);
  });
  enableParaCiteMenu(doc, (text) => copyAndSay(text, status.dataset.cite ?? ''));
}
