import { LANGS, type Lang } from '../schemas/lang.ts';
import { resolutionsIn, type CatalogueEntry } from './archive.ts';
import { subjectSlug } from './subjects.ts';

let cached: Promise<Map<string, CatalogueEntry[]>> | undefined;

/**
 * The pages under each subject, by `"{lang} {slug}"`, newest first: built once per build, so
 * that each of the thousands of subject pages looks its resolutions up instead of scanning the
 * whole catalogue (which made the subject pages quadratic in the archive's size). Reloaded per
 * request in dev, as the catalogue is.
 */
function subjectIndex(): Promise<Map<string, CatalogueEntry[]>> {
  const load = async () => {
    const index = new Map<string, CatalogueEntry[]>();
    for (const lang of LANGS) {
      for (const entry of await resolutionsIn(lang)) {
        const slugs = new Set(entry.data.subjects.map((subject) => subjectSlug(subject.term)));
        for (const slug of slugs) {
          const key = `${lang} ${slug}`;
          const list = index.get(key);
          if (list) list.push(entry);
          else index.set(key, [entry]);
        }
      }
    }
    return index;
  };
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}

/** The pages of one language classified under the subject of that slug, in any scheme, newest first. */
export async function resolutionsWithSubject(lang: Lang, slug: string): Promise<CatalogueEntry[]> {
  return (await subjectIndex()).get(`${lang} ${slug}`) ?? [];
}
