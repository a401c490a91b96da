/**
 * A URL from a source's metadata (an Akoma Ntoso keyword's `href`, say), kept only when it is an
 * absolute http or https address with a host; anything else (`javascript:`, `data:`, `//host`,
 * a relative path, white space before the scheme) is null, so that no page, feed, export or
 * sitemap ever writes it as a link. The archive's own URLs are made by src/utils/paths.ts.
 */
export function webUrl(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined || !/^https?:\/\/[^/\\\s]/i.test(raw) || /[\s"'<>`\\]/.test(raw)) return null;
  try {
    const url = new URL(raw);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && url.username === '' && url.password === '' ? raw : null;
  } catch {
    return null;
  }
}
