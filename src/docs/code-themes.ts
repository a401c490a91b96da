/**
 * The two Shiki themes of every code sample (the docs' fenced code through astro.config.mjs's
 * `markdown.shikiConfig`, and generated samples through `<Code>`): a light and a dark one, each
 * colour a CSS variable (`--shiki-light`, `--shiki-dark`) that src/styles/docs.css picks by the
 * reader's system preference, as the rest of the site's colours are picked.
 */
export const CODE_THEMES = { light: 'github-light', dark: 'github-dark' } as const;
