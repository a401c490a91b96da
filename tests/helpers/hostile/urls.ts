import fc from 'fast-check';

/**
 * Links a source's metadata may carry that must never be written (issue 16, point 4): script and
 * data schemes in any case and with white space or controls before them, addresses of no host,
 * relative paths, and attribute breakers; mixed with generated strings.
 */
export const hostileHref: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'javascript:alert(9)',
    'JaVaScRiPt:alert(9)',
    ' javascript:alert(9)',
    '\tjavascript:alert(9)',
    'java\nscript:alert(9)',
    'vbscript:msgbox(9)',
    'data:text/html,<script>alert(9)</script>',
    '//evil.example/x',
    '/relative/path',
    '../up',
    'ftp://example.org/x',
    'http:/one-slash.example',
    'https://user:pw@example.org/',
    'https://example.org/" onmouseover="alert(9)',
    'https://',
    '',
  ),
  fc.string({ maxLength: 30 }).filter((s) => !/^https?:\/\//i.test(s)),
);

/** Links that are to be kept as given: the UN's own, and other http(s) addresses. */
export const webHref: fc.Arbitrary<string> = fc.constantFrom('http://metadata.un.org/thesaurus/1006319', 'http://eurovoc.europa.eu/5585', 'https://example.org/a?b=c#d');
