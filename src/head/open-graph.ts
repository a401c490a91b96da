import type { Lang } from '../schemas/lang.ts';

/**
 * Open Graph locales are language_TERRITORY, from the list Facebook reads: Arabic has the
 * pan-Arab `ar_AR`, and each other language the territory of its usual default (Chinese in
 * simplified characters as the UN writes it: `zh_CN`; Spanish of Spain: `es_ES`).
 */
export const OG_LOCALES: Readonly<Record<Lang, string>> = { ar: 'ar_AR', zh: 'zh_CN', en: 'en_US', fr: 'fr_FR', ru: 'ru_RU', es: 'es_ES' };

/** What the Open Graph and Twitter tags say of a page. */
export interface OpenGraphInput {
  lang: Lang;
  title: string;
  description: string;
  /** The page's URL: absolute when the site's host is known. */
  url: string;
  siteName: string;
  /** The other languages the page exists in. */
  alternateLangs: readonly Lang[];
  /** The share card: its URL, size and text alternative. */
  image: { url: string; width: number; height: number; alt: string };
  /** ISO date of publication (a resolution's adoption), if any. */
  published?: string | null;
}

/** One `<meta>`: Open Graph tags use `property`, Twitter's use `name`. */
export interface MetaTag {
  attr: 'property' | 'name';
  key: string;
  content: string;
}

/** The Open Graph and Twitter card tags of a page, in order. */
export function openGraphMeta(input: OpenGraphInput): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attr: 'property', key, content });
  const twitter = (key: string, content: string): MetaTag => ({ attr: 'name', key, content });
  return [
    og('og:type', 'article'),
    og('og:title', input.title),
    og('og:description', input.description),
    og('og:url', input.url),
    og('og:site_name', input.siteName),
    og('og:locale', OG_LOCALES[input.lang]),
    ...input.alternateLangs.map((lang) => og('og:locale:alternate', OG_LOCALES[lang])),
    og('og:image', input.image.url),
    og('og:image:type', 'image/png'),
    og('og:image:width', String(input.image.width)),
    og('og:image:height', String(input.image.height)),
    og('og:image:alt', input.image.alt),
    ...(input.published ? [og('article:published_time', input.published)] : []),
    twitter('twitter:card', 'summary_large_image'),
    twitter('twitter:title', input.title),
    twitter('twitter:description', input.description),
    twitter('twitter:image', input.image.url),
    twitter('twitter:image:alt', input.image.alt),
  ];
}
