/**
 * The structure the recognisers build: the model's shape, with footnote marks still
 * placeholders in the text and each block's source line kept for warnings.
 */
export interface DraftPara {
  kind: 'para';
  id: string;
  num: string | null;
  /** The label as printed ("12.", "(a)"), null in the preamble. */
  label: string | null;
  text: string;
  line: number;
  items: DraftPara[];
}

/** A heading of the operative part, as recognised. */
export interface DraftHeading {
  kind: 'heading';
  id: string;
  text: string;
  line: number;
}

/** A block of the operative part, as recognised. */
export type DraftBlock = DraftPara | DraftHeading;

/** An annex, as recognised: its own headings and numbered paragraphs, ids prefixed "annex-N-". */
export interface DraftAnnex {
  id: string;
  title: string;
  body: DraftBlock[];
}
