import { defineHastPlugin } from 'satteri';

/**
 * Markdown tables say a column's alignment (`|---:|`) in a `style` attribute on each cell, which the
 * archive's Content-Security-Policy would drop (no inline style): this plugin of the docs' MDX
 * (Astro's Sätteri processor) writes it as a class instead (`align-right`), which
 * src/styles/docs.css sets.
 */
export const alignClasses = defineHastPlugin({
  name: 'archive:align-classes',
  element: {
    filter: ['th', 'td'],
    visit(cell, ctx) {
      const style = cell.properties.style;
      if (typeof style !== 'string') return;
      const align = /^\s*text-align\s*:\s*(left|right|center)\s*;?\s*$/.exec(style)?.[1];
      if (!align) return;
      const classes = cell.properties.className;
      ctx.setProperty(cell, 'className', [...(Array.isArray(classes) ? classes.map(String) : []), `align-${align}`]);
      ctx.setProperty(cell, 'style', undefined);
    },
  },
});
