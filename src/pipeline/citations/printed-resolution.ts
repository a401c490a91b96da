/** One resolution or decision number as printed in a citation, before its organ is decided. */
export interface PrintedResolution {
  /** Offset of the link text's first character. */
  start: number;
  /** Offset just past the link text. */
  end: number;
  /** The number as printed: "2014/27", "69/204", "54/237 C", "1296 (XLIV)". */
  number: string;
  /** Whether the citing word names a resolution or a decision. */
  type: 'resolution' | 'decision';
  /** The year of the date printed with the number ("of 16 July 2014"), when there is one. */
  year?: number;
  /** The pinpointed paragraph's number, when the citation names one. */
  para?: string;
}
