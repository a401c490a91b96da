import { z } from 'astro/zod';

/** A citation found in the text: the cited symbol, the pinpoint paragraph, and the anchor id it stands in. */
export const RefSchema = z.strictObject({
  /** Canonical UN symbol: "E/RES/2014/27", "A/RES/69/204", "E/CN.16/2015/2". */
  target: z.string().min(3),
  /** The cited paragraph as printed ("57"), when the text pinpoints one. */
  para: z.string().min(1).optional(),
  /** Id of the paragraph, footnote or heading where the citation stands. */
  in: z.string().min(1),
});

/** A citation of another UN document. */
export type Ref = z.infer<typeof RefSchema>;
