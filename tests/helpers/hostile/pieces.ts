import fc from 'fast-check';

/*
 * The words of hostile paragraphs: every syntax MDX, JSX, Markdown and HTML give a meaning
 * to, and Unicode that tends to break text handling. A paragraph is a run of these pieces
 * separated by single spaces, so that what the importer must keep is known exactly.
 *
 * Left out on purpose, because the importers read them as structure by design (README,
 * "Hostile and bad sources"): a label at a line's start ("12.", "(a)"), a figure glued to a
 * word (a footnote mark), closing, masthead and page-furniture lines, and empty brackets "()"
 * (the Akoma Ntoso importer drops them as a lost footnote marker).
 */
const SYNTAX = [
  '{', '}', '{x}', '{/* c */}', '{...props}', '<', '>', '<div>', '</p>', '</Para>', '<Para id="x" />', '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">a</a>', '<!-- c -->', '-->', '<![CDATA[x]]>', '<?php ?>',
  'import x from "y";', 'export const a = 1;', 'export default {};', '`code`', '```', '**bold**', '*em*', '__u__', '_e_', '#', '## h',
  '[link](http://x)', '![img](y.png)', '[^1]', '&amp;', '&lt;', '&#60;', '&#x3C;', '&nbsp;', '\\', '\\{', '\\n', '$x^2$', '$$', '|', '---',
  '> quote', '- item', '+', '~~s~~', '"', "'", '“quoted”', ';', ':', '=', '${x}', '{{', '}}', '</', '/>', '<>', '<Foo>', '<svg/onload=alert(1)>',
];
const UNICODE = [
  '中文字符', '経済社会理事会', '한국어', 'عربي', 'עברית', '\u202Eevil\u202C', 'e\u0301', 'n\u0303', 'a\u0308\u0301', '👩‍💻', '🇺🇳', '😀', '\u200B', '\u200D', '\u2060',
  '\u00A0', '\uFEFF', 'ﬁ', 'Ⅻ', '𝔘𝔑', '\u2028', '\u2029', 'Ω', 'ß', 'ǅ', '\u0007', '\u{10FFFD}', '\t',
];
const WORDS = ['Council', 'the', 'and', 'of', 'development', 'data', 'Member', 'States', 'cooperation', 'report'];
/** Citations the finder links: their words become a link on the page, whatever stands around them. */
export const CITATIONS = ['resolution 2014/27', 'resolution 2006/46 of 28 July 2006', 'General Assembly resolution 69/204', 'A/70/63-E/2015/10', 'E/CN.16/2015/2', 'paragraph 57 of resolution 2014/27'];

/** One hostile piece: a syntax token, a Unicode sample, an ordinary word, a citation, or a short random string of printable code points. */
export const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SYNTAX) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...CITATIONS) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'{}<>`*_#[]()&;\\$/!=~|^"\'-+.,:?@%'), minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== '') },
);

/**
 * A piece that opens a wrapped line of a text source: syntax that means something at a line's
 * start in MDX or Markdown (import, export, a tag, an expression, a heading, a quote, a list
 * item, a fence), right-to-left and CJK text, or a word in lower case, as a wrapped line opens.
 */
export const lineStart: fc.Arbitrary<string> = fc.constantFrom(
  'import x from "y";', 'export const a = 1;', 'export default {};', '{', '{x}', '<div>', '</p>', '<script>alert(1)</script>', '<!-- c -->', '#', '## h',
  '> quote', '- item', '* item', '```', '---', '`code`', '**bold**', '&amp;', '\\', '$x$', '|', '中文字符', 'עברית', 'عربي', '👩‍💻', 'the', 'and', 'of',
);
