/** One resolution number as printed in a citation, before its organ is decided. */
export interface PrintedResolution {
  /** Offset of the link text's first character. */
  start: number;
  /** Offset just past the link text. */
  end: number;
  /** The number as printed: "2014/27", "69/204". */
  number: string;
  /** The pinpointed paragraph, when the citation names one. */
  para?: string;
}
