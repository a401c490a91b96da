import type { ShikiTransformer } from 'shiki';

/**
 * The two Shiki themes of every code sample (the docs' fenced code through astro.config.mjs's
 * `markdown.shikiConfig`, and generated samples through `<Code>`): a light and a dark one, each
 * colour a CSS variable (`--shiki-light`, `--shiki-dark`) that src/styles/docs.css picks by the
 * reader's system preference, as the rest of the site's colours are picked.
 */
export const CODE_THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;

/** The colour the light theme gives a token it finds invalid (`invalid.illegal`): no sample may have one. */
export const INVALID_TOKEN_COLOUR = '#6E011A';

/**
 * Tokenizes every line to its end, however long it takes. Shiki gives up on a line after 500 ms
 * and leaves the rest of it marked invalid; the first line of a large grammar (TypeScript)
 * compiles its patterns while it is tokenized, and on a loaded machine that took longer, so the
 * same docs page came out coloured differently from one build to the next. A build must write
 * the same bytes every time (tests/site/sliced-build.test.ts). Astro passes no
 * `tokenizeTimeLimit` through, so this sets it on the options Shiki hands its transformers.
 */
export const WHOLE_LINES: ShikiTransformer = {
  name: 'archive:whole-lines',
  preprocess(_code, options) {
    options.tokenizeTimeLimit = 0;
  },
};
