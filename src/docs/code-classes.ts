import type { Element, Root, RootContent } from 'hast';
import { bundledThemes, type ShikiTransformer } from 'shiki';
import { CODE_THEMES } from './code-themes.ts';

/**
 * Shiki writes each token's two colours in a `style` attribute (`--shiki-light:#A0111F;…`), and
 * the archive's Content-Security-Policy allows no inline style (src/head/content-security-policy.ts).
 * This transformer turns each declaration into a class (`shiki-light-a0111f`) that the stylesheet
 * `/code-colours.css` (`codeColoursCss`) sets; anything else in a `style` is refused, so that a
 * sample never quietly loses its colours to the policy.
 */
export const STYLE_TO_CLASS: ShikiTransformer = {
  name: 'archive:style-to-class',
  root(root) {
    visit(root);
  },
};

// What a `pre` carries besides colours; the docs' stylesheet sets it for every code sample.
const LAYOUT_DECLARATIONS = new Set(['overflow-x:auto']);

/** The class standing for one of Shiki's custom properties and its value: `--shiki-dark-bg:#0a0c10` → `shiki-dark-bg-0a0c10`. */
export function classOf(property: string, value: string): string {
  return `${property.replace(/^--/, '')}-${value.toLowerCase().replace(/[^a-z0-9]+/g, '')}`;
}

function visit(node: Root | RootContent): void {
  if (node.type === 'element') moveStyleToClasses(node);
  if ('children' in node) for (const child of node.children) visit(child);
}

function moveStyleToClasses(element: Element): void {
  const style = element.properties.style;
  if (typeof style !== 'string') return;
  const classes: string[] = [];
  for (const declaration of style.split(';').map((d) => d.trim()).filter(Boolean)) {
    const [property = '', value = ''] = declaration.split(':').map((part) => part.trim());
    if (/^--shiki-(?:light|dark)(?:-bg|-font-style|-font-weight|-text-decoration)?$/.test(property)) classes.push(classOf(property, value));
    else if (!LAYOUT_DECLARATIONS.has(`${property}:${value}`)) throw new Error(`code sample: Shiki wrote a style the archive has no class for: "${declaration}"`);
  }
  delete element.properties.style;
  // Shiki names a `pre`'s classes `class` (a string), a token's `className`: added where they are.
  const { class: named, className } = element.properties;
  if (typeof named === 'string') element.properties.class = [named, ...classes].join(' ');
  else element.properties.className = [...(Array.isArray(className) ? className.map(String) : []), ...classes];
}

// How Shiki spells a theme's `fontStyle` words as CSS (shiki's own mapping).
const FONT_STYLES: [string, string, string][] = [
  ['italic', 'font-style', 'italic'],
  ['bold', 'font-weight', 'bold'],
  ['underline', 'text-decoration', 'underline'],
  ['strikethrough', 'text-decoration', 'line-through'],
];

/**
 * The stylesheet of every class `STYLE_TO_CLASS` can write: each colour of both themes as a
 * foreground and as a background, and each font style, for the light and the dark theme.
 */
export async function codeColoursCss(): Promise<string> {
  const rules = new Set<string>();
  for (const [variant, name] of Object.entries(CODE_THEMES)) {
    const theme = (await bundledThemes[name]()).default;
    const colours = new Set<string>(Object.values(theme.colors ?? {}).filter((c): c is string => typeof c === 'string' && c.startsWith('#')));
    for (const entry of theme.tokenColors ?? []) if (typeof entry.settings.foreground === 'string') colours.add(entry.settings.foreground);
    for (const colour of [...colours].sort()) {
      for (const property of [`--shiki-${variant}`, `--shiki-${variant}-bg`]) rules.add(`.${classOf(property, colour)}{${property}:${colour}}`);
    }
    for (const [, css, value] of FONT_STYLES) {
      const property = `--shiki-${variant}-${css}`;
      rules.add(`.${classOf(property, value)}{${property}:${value}}`);
    }
  }
  return `/* The colours of the docs' code samples (src/docs/code-classes.ts). */\n${[...rules].join('\n')}\n`;
}
