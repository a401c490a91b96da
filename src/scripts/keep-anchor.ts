/**
 * Switching language keeps the reader's place: a link to another language version of the same
 * resolution (marked `data-keep-anchor`) gets the current `#para-32` appended when clicked. The
 * anchors are the same in all six languages (CONTRACT.md). Without script the links still work,
 * landing at the top of the page.
 */

/** The link's href with the current fragment in place of its own; unchanged when there is none. */
export function withHash(href: string, hash: string): string {
  if (hash === '' || hash === '#') return href;
  const cut = href.indexOf('#');
  return (cut === -1 ? href : href.slice(0, cut)) + (hash.startsWith('#') ? hash : `#${hash}`);
}

/** Listens for clicks on `a[data-keep-anchor]` anywhere in the document (also links added later). */
export function keepAnchorOnSwitch(doc: Document = document): void {
  doc.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[data-keep-anchor]');
    if (link instanceof HTMLAnchorElement) link.href = withHash(link.getAttribute('href') ?? '', doc.defaultView?.location.hash ?? '');
  });
}
