import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveSitemapUrls } from '../feeds/archive-pages.ts';
import { sitemapFiles } from '../feeds/sitemap.ts';
import { docsCatalogue } from '../docs/pages.ts';
import { allResolutions } from '../utils/archive.ts';
import { buildsLists } from '../utils/build-part.ts';
import { docsPath, withBase } from '../utils/paths.ts';

/**
 * `/sitemap.xml` (sitemaps.org, with Google's `xhtml:link` hreflang alternates): every page of the
 * archive (src/feeds/archive-pages.ts); past 50,000 URLs or 50 MiB, a sitemap index of
 * `/sitemap-1.xml`, `/sitemap-2.xml`… A sitemap's URLs must be absolute, so it is written only when
 * the build knows the site's host (`ARCHIVE_SITE`); without it there is none, and scripts/site.ts says so.
 */
export const getStaticPaths = (async () => {
  if (!buildsLists) return [];
  const site = import.meta.env.SITE;
  // scripts/site.ts says so after the build.
  if (!site) return [];
  const url = (path: string) => new URL(path, site).href;
  // Each page of the documentation in the languages it is written in: alternates of each other.
  const { pages, languagesOf } = await docsCatalogue();
  const docs = pages.map(({ page }) => languagesOf(page).map((lang) => ({ lang, path: docsPath(lang, page) })));
  const files = sitemapFiles(archiveSitemapUrls((await allResolutions()).map((entry) => entry.data), url, undefined, docs), (name) => url(withBase(name)));
  return [...files].map(([name, xml]) => ({ params: { sitemap: name }, props: { xml } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ xml: string }> = ({ props }) =>
  new Response(props.xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
