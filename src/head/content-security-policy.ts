/**
 * The archive's Content-Security-Policy. Every script is a file of the site (Astro's bundles,
 * Pagefind's), none inline and none from another host; Pagefind compiles its WebAssembly, which
 * needs `'wasm-unsafe-eval'` (not `'unsafe-eval'`: no JavaScript `eval`). Styles are files too
 * (no `style` attribute: the docs' code colours are classes, src/docs/code-classes.ts); images,
 * fonts, fetches (the search index, the compare page's models) and forms stay on the site.
 * A resolution's JSON-LD is a data block, which no policy runs.
 */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'none'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['object-src', "'none'"],
];

/** The policy as a page's `<meta http-equiv="Content-Security-Policy">` carries it. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/**
 * The same policy as an HTTP header, with what only a header can say: that no other site may
 * frame the archive (`frame-ancestors` is ignored in a meta tag). The docs' `_headers` and nginx
 * examples (src/content/docs/en/deploying.mdx) print it; a test keeps them the same.
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
