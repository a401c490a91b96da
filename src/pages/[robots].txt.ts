import type { APIRoute, GetStaticPaths } from 'astro';
import { robotsTxt } from '../feeds/robots.ts';
import { buildsLists } from '../utils/build-part.ts';
import { withBase } from '../utils/paths.ts';

/**
 * `/robots.txt`, pointing crawlers to the sitemap: written with the sitemap (only when `ARCHIVE_SITE`
 * is set), and only when the archive is served at the host's root: crawlers read `/robots.txt`
 * alone, so under a sub-path (`/archive/`) the host's own robots.txt has to name the sitemap.
 */
export const getStaticPaths = (() => {
  const site = import.meta.env.SITE;
  if (!buildsLists || !site || import.meta.env.BASE_URL !== '/') return [];
  return [{ params: { robots: 'robots' }, props: { sitemap: new URL(withBase('sitemap.xml'), site).href } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ sitemap: string }> = ({ props }) =>
  new Response(robotsTxt(props.sitemap), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
