/**
 * What a printed page says after each citation (src/styles/print.css): the absolute URL of the
 * link, which CSS alone cannot make from a relative href. Each link inside the text and the
 * "cited by" list gets it in `data-print-href` once, on load; links to undocs.org keep their own
 * absolute address, in-page links (`#fn-1`) print nothing.
 */

/** The address to print for a link's `href` seen from `pageUrl`: absolute, or null for an in-page link. */
export function printableHref(href: string, pageUrl: string): string | null {
  if (href === '' || href.startsWith('#')) return null;
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return null;
  }
}

/** Sets `data-print-href` on the links of the resolution's text and of its "cited by" list. */
export function markPrintableLinks(doc: Document = document): void {
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('.un-document a[href], .cited-by a[href]')) {
    const href = printableHref(link.getAttribute('href') ?? '', doc.location.href);
    if (href) link.dataset.printHref = href;
  }
}
