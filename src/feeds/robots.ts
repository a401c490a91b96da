/**
 * `robots.txt`: every page may be crawled, and the sitemap is at `sitemapUrl` (absolute, as the
 * robots exclusion protocol's `Sitemap` line asks).
 */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
