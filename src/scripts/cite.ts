/**
 * The copy controls of a resolution page (CitePanel.astro, Permalink.astro): a click on a
 * paragraph's ¶ copies the paragraph's absolute URL and still follows the link (so the
 * paragraph is marked and the address bar shows it); its “ copies the paragraph's citation in
 * the UN's form, the resolution's (printed once on the page) followed by the paragraph's
 * pinpoint (`data-pin`); a copy button of the panel copies its line. The live region
 * `#cite-status` says what happened, in the page's language. Without script, the ¶ is a plain
 * link and the panel's lines can be selected; the copy controls stay hidden (styles/cite.css).
 */

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
  const pin = (control as HTMLElement).dataset.pin;
  if (pin !== undefined) return { text: `${data.prefix ?? ''}${pin}`, message: data.cite ?? '' };
  const line = doc.getElementById((control as HTMLElement).dataset.copy ?? '');
  return line ? { text: line.textContent ?? '', message: data.cite ?? '' } : null;
}

/** Wires the page's copy controls (a click anywhere is looked at once, by delegation). */
export function enableCopyControls(doc: Document = document): void {
  const status = doc.getElementById('cite-status');
  if (!status) return;
  doc.documentElement.classList.add('cite-js');
  for (const control of doc.querySelectorAll('.para-cite')) control.setAttribute('title', control.getAttribute('aria-label') ?? '');
  doc.addEventListener('click', (event) => {
    const control = (event.target as Element | null)?.closest?.('.permalink, .para-cite, .cite-copy');
    const copy = control ? copyOf(control, event, status, doc) : null;
    if (!copy) return;
    void copyText(copy.text, doc).then((copied) => {
      // Emptied first, so that the same message twice is announced twice.
      status.textContent = '';
      setTimeout(() => (status.textContent = copied ? copy.message : (status.dataset.failed ?? '')), 50);
    });
  });
}
