import { stringProp, type Handler } from '../context.ts';
import { text } from '../html.ts';

/** `<Formula text>`: the enacting formula that opens the text ("The Economic and Social Council,"). */
export const formula: Handler = ({ props }) => `<p class="doc-formula">${text(stringProp(props, 'text'))}</p>`;
