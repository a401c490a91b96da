import type { Lang } from '../../schemas/lang.ts';

/** A citation found in a run of text: where it is printed and what it points at. */
export interface Citation {
  /** UTF-16 offset of the first character of the printed citation. */
  start: number;
  /** UTF-16 offset just past the printed citation; `text.slice(start, end)` is the link text. */
  end: number;
  /**
   * The cited document's canonical UN symbol: "E/RES/2014/27", "A/RES/69/204", "E/DEC/2015/237",
   * "A/RES/54/237C", "A/RES/217(III)", "E/CN.16/2015/2" (see resolution-number.ts for the forms).
   */
  target: string;
  /**
   * The number of the first paragraph pinpointed, as printed ("57"), when the citation names one:
   * "paragraphs 42 (a) and (b)" and "第56 (a) 至 (c) 段" give "42" and "56", since the anchor
   * `para-42` is the same in every language while sub-paragraph labels are not.
   */
  para?: string;
}

/** What a citation kind may know about the text it reads. */
export interface CitationContext {
  /** Language of the text; each kind reads the printed forms of that language. */
  lang: Lang;
}

/**
 * One kind of citation (an ECOSOC resolution, a GA resolution, a document symbol…):
 * a pure function from text to the citations of that kind it contains.
 */
export interface CitationKind {
  /** Short stable name, used in tests and warnings: "ecosoc-resolution". */
  name: string;
  /** Every citation of this kind in `text`, in order of `start`. */
  find(text: string, context: CitationContext): Citation[];
}
