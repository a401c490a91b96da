/**
 * The punctuation that ends a clause or a sentence in the six languages: Latin and Cyrillic
 * ", ; . :", Chinese full-width "，；。：", Arabic "، ؛ ؟". Closing quotes and brackets may follow.
 */
const CLOSERS = '["”’»」』》)）]*';

/** A text that ends a clause: the end of a paragraph, when its line is also short. */
export const CLAUSE_END = new RegExp(`[，,；;。．.：:！!？?،؛؟]${CLOSERS}\\s*$`);

/** A text that ends a sentence: the end of an operative part or of a footnote. */
export const SENTENCE_END = new RegExp(`[。．.！!？?؟]${CLOSERS}\\s*$`);
