/*
 * Small readers for the HTML Astro writes (double-quoted attributes, no comments in the text),
 * so that the build tests need no DOM library.
 */

/** Every value of one attribute in a document, in order: `attributeValues(html, 'id')`. */
export function attributeValues(html: string, attribute: string): string[] {
  const pattern = new RegExp(`\\s${attribute}="([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((match) => decodeEntities(match[1] ?? ''));
}

/** The inner HTML of the first element with this id, for elements that do not nest in themselves (li, p, sup). */
export function elementById(html: string, id: string): { tag: string; inner: string } | undefined {
  const open = new RegExp(`<([a-z0-9]+)\\b[^>]*\\sid="${id}"[^>]*>`).exec(html);
  if (!open?.[1]) return undefined;
  const tag = open[1];
  const start = open.index + open[0].length;
  const end = html.indexOf(`</${tag}>`, start);
  return { tag, inner: html.slice(start, end) };
}

/** The text of some HTML: tags dropped, entities decoded. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
