/**
 * A root-relative path (`/archive/zh/E/RES/2015/26/`) as an absolute URL on the site's host, when
 * the build knows it (`ARCHIVE_SITE`, Astro's `site`); the path as it is otherwise. Open Graph,
 * hreflang and feed ids want absolute URLs, and only the host the archive is served from can give them.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}
