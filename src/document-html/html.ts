/**
 * HTML as Astro writes it, for the resolution text rendered outside Astro's components
 * (render-document.ts): the same escaping of text and of attributes, the same omission of
 * empty ones, so that a page comes out byte for byte as the `.astro` components wrote it.
 */

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text content: `& < > ' "` escaped, as Astro escapes an expression's string. */
export function text(value: string): string {
  return value.replace(/[&<>'"]/g, (char) => TEXT_ESCAPES[char]!);
}

/**
 * One attribute with its leading space, as Astro's `addAttribute` writes it: nothing for
 * `null`/`undefined`, the bare name for an empty string, else the value with `&` and `"` escaped.
 */
export function attr(name: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const string = String(value);
  if (string === '') return ` ${name}`;
  return ` ${name}="${string.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
}
