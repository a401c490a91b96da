import type { Handler } from '../context.ts';

/** `<Preamble>`: the preambular paragraphs, set with a first-line indent as the UN prints them. */
export const preamble: Handler = ({ children }) => `<div class="doc-preamble">${children}</div>`;
