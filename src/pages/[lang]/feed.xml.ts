import type { APIRoute, GetStaticPaths } from 'astro';
import { atomDate, renderAtomFeed } from '../../feeds/atom-feed.ts';
import { feedEntrySummary } from '../../feeds/feed-summary.ts';
import { latestAdopted } from '../../feeds/latest-entries.ts';
import { absoluteUrl } from '../../head/absolute-url.ts';
import { uiStrings, type Lang } from '../../i18n/index.ts';
import { allResolutions, resolutionsIn } from '../../utils/archive.ts';
import { everyLanguageList } from '../../utils/build-part.ts';
import { feedPath, homePath, resolutionPath } from '../../utils/paths.ts';

/** ECOSOC's first session opened on 23 January 1946: the date an archive with no dated resolution gives its feeds. */
const NO_DATE = '1946-01-23';

/**
 * `/zh/feed.xml`: the latest 50 resolutions adopted, in one language, as an Atom feed (RFC 4287).
 * Built with the lists. Ids and links are absolute when the build knows the site's host
 * (`ARCHIVE_SITE`), as RFC 4287 wants ids; root-relative otherwise, which readers resolve
 * against the feed's own URL.
 */
export const getStaticPaths = (() => everyLanguageList()) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props, site }) => {
  const { lang } = props;
  const strings = uiStrings(lang);
  const latest = latestAdopted((await resolutionsIn(lang)).map((entry) => entry.data));
  const newestAnywhere = latestAdopted((await allResolutions()).map((entry) => entry.data), 1)[0]?.adopted ?? NO_DATE;
  const self = absoluteUrl(feedPath(lang), site);
  const xml = renderAtomFeed({
    id: self,
    title: `${strings.home.latest} | ${strings.siteName}`,
    lang,
    self,
    alternate: absoluteUrl(homePath(lang), site),
    author: strings.unitedNations,
    emptyUpdated: atomDate(newestAnywhere),
    entries: latest.map((page) => {
      const url = absoluteUrl(resolutionPath(lang, page.symbol), site);
      return {
        id: url,
        title: `${page.number}. ${page.title}`,
        updated: page.adopted,
        link: url,
        summary: feedEntrySummary(page, strings),
        author: strings.organs[page.organ],
      };
    }),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
