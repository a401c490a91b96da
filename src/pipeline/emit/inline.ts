/**
 * The inline content of a paragraph, footnote or heading as the page renders it:
 * plain text, footnote marks and citations, in reading order. Joined, the `text`
 * of the text and citation segments is exactly the model's `text`.
 */
export type Inline =
  /** Plain text, shown as text (never parsed as Markdown, MDX or HTML). */
  | { t: string }
  /** A footnote mark: footnote `fn`, whose reference anchor is `id` ("fnref-1", "fnref-1-2"). */
  | { fn: number; id: string }
  /** A citation: `text` is the printed words, `cite` the canonical symbol, `para` the pinpoint. */
  | { cite: string; para?: string; text: string };
