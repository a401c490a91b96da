import { defineHastPlugin } from 'satteri';

/**
 * A link of the docs to another site opens it with neither a handle on this page (`noopener`) nor
 * the page's address (`noreferrer`), as every external link of the archive does (the citations'
 * undocs.org links, src/utils/citation-href.ts). A plugin of Astro's Sätteri Markdown processor.
 */
export const externalLinks = defineHastPlugin({
  name: 'archive:external-links',
  element: {
    filter: ['a'],
    visit(link, ctx) {
      const href = link.properties.href;
      if (typeof href !== 'string' || !/^(?:https?:)?\/\//i.test(href)) return;
      const rel: unknown = link.properties.rel;
      const words = new Set([...(Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : []), 'noopener', 'noreferrer']);
      ctx.setProperty(link, 'rel', [...words]);
    },
  },
});
