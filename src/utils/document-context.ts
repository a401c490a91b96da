import type { ParagraphPin } from '../cite/page.ts';
import type { UiStrings } from '../i18n/types.ts';
import type { Lang } from '../schemas/lang.ts';
import type { ArchiveLookup } from './citation-href.ts';

/**
 * What the components of a resolution's text need to know about the page they are on. The MDX
 * passes them only its own props, so the page puts this on `Astro.locals` before rendering.
 */
export interface DocumentContext {
  lang: Lang;
  strings: UiStrings;
  /** The closing lines, set after the operative part: ["2015 年 7月 22 日", "第 54 次全体会议"]. */
  closing: string[];
  /** What the archive holds: where citation links go. */
  archive: ArchiveLookup;
  /** How many resolutions cite a paragraph of this one by its id (`para-57`); 0 when none. */
  citedCount: (id: string) => number;
  /** A paragraph's pinpoints for its copy-citation control ("第32段", and the English parts); null for one that cannot be cited by number. */
  citePin?: (id: string) => ParagraphPin | null;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Astro types `Astro.locals` as the global `App.Locals`
  namespace App {
    interface Locals {
      /** Set by the resolution page for the components of its text. */
      resolutionDocument?: DocumentContext;
    }
  }
}

/** The context of the resolution page being rendered; fails loudly anywhere else. */
export function documentContext(locals: App.Locals): DocumentContext {
  const context = locals.resolutionDocument;
  if (!context) throw new Error('A resolution component was rendered outside a resolution page.');
  return context;
}
