import type { Block } from '../schemas/block.ts';
import type { Para } from '../schemas/para.ts';
import type { Resolution } from '../schemas/resolution.ts';

/**
 * One step of a paragraph's label below its number: a sub-paragraph or an item.
 * `printed` is the model's `num` as the page's language prints it ("c", "ج", "в");
 * `id` is the id's own segment, which counts position in Latin letters or roman
 * numerals ("c", "ii") and is the same in all six languages.
 */
export interface Label {
  printed: string;
  id: string;
}

/** The annex a paragraph stands in: the n-th of `count` annexes. */
export interface AnnexRef {
  n: number;
  count: number;
}

/**
 * What a paragraph id points at, in no language:
 * - `para`: an operative paragraph (in the resolution or an annex), `number` as printed
 *   ("12"), then its sub-paragraph and item labels, outermost first;
 * - `preamble`: the n-th preambular paragraph (of the resolution or an annex), with the
 *   labels of any item inside it;
 * - `footnote`: footnote n.
 */
export type Pinpoint =
  | { kind: 'para'; annex: AnnexRef | null; number: string; labels: Label[] }
  | { kind: 'preamble'; annex: AnnexRef | null; n: number; labels: Label[] }
  | { kind: 'footnote'; n: number };

/**
 * Thrown when a paragraph id cannot be cited: `unknown` when the resolution has no element
 * with that id (a typing error or another language's id would otherwise print a citation
 * of a paragraph that does not exist), `not-citable` when the element exists but has no
 * printed number a citation could name (a heading, an unnumbered operative paragraph
 * `text-2`, a table row, a paragraph of part B or of a recommended draft, a paragraph of
 * an annex whose numbering starts again under each heading). A caller that prefers a
 * citation of the whole resolution catches it and cites without a paragraph.
 */
export class CitationTargetError extends Error {
  override readonly name = 'CitationTargetError';
  readonly id: string;
  readonly symbol: string;
  readonly reason: 'unknown' | 'not-citable';

  constructor(symbol: string, id: string, reason: 'unknown' | 'not-citable') {
    super(
      reason === 'unknown'
        ? `${symbol} has no paragraph or footnote with id "${id}"`
        : `${symbol}: "${id}" has no printed paragraph number to cite`,
    );
    this.id = id;
    this.symbol = symbol;
    this.reason = reason;
  }
}

/** The chain of paragraphs from a top-level one down to the one with `id`, or null. */
function chainTo(paras: readonly Block[], id: string): Para[] | null {
  for (const p of paras) {
    if (p.kind !== 'para') continue;
    if (p.id === id) return [p];
    if (id.startsWith(`${p.id}-`)) {
      const below = chainTo(p.items, id);
      if (below) return [p, ...below];
    }
  }
  return null;
}

/** Whether any heading among `blocks` has `id`. */
function hasHeading(blocks: readonly Block[], id: string): boolean {
  return blocks.some((b) => b.kind === 'heading' && b.id === id);
}

/** The labels of the paragraphs below the top one: the printed `num`, else the id's segment. */
function labelsBelow(chain: Para[]): Label[] {
  const labels: Label[] = [];
  for (let i = 1; i < chain.length; i++) {
    const parent = chain[i - 1] as Para;
    const p = chain[i] as Para;
    const segment = p.id.slice(parent.id.length + 1);
    labels.push({ printed: p.num ?? segment, id: segment });
  }
  return labels;
}

/** The pinpoint of a chain whose top paragraph's id, less `prefix`, is `para-N` or `preamble-N`. */
function pinpointOf(chain: Para[], prefix: string, annex: AnnexRef | null): Pinpoint | null {
  const top = chain[0] as Para;
  const rest = top.id.slice(prefix.length);
  const preamble = /^preamble-(\d+)$/.exec(rest);
  if (preamble) return { kind: 'preamble', annex, n: Number(preamble[1]), labels: labelsBelow(chain) };
  const para = /^para-(\d+)$/.exec(rest);
  if (para) return { kind: 'para', annex, number: top.num ?? (para[1] as string), labels: labelsBelow(chain) };
  return null;
}

/**
 * Finds the paragraph or footnote with `id` in the model and says where it stands.
 * Throws {@link CitationTargetError} when the id is not in the model, or names something
 * without a printed number (see there).
 */
export function locateParagraph(res: Resolution, id: string): Pinpoint {
  const notCitable = () => new CitationTargetError(res.symbol, id, 'not-citable');
  const footnote = res.footnotes.find((f) => f.id === id);
  if (footnote) return { kind: 'footnote', n: footnote.n };

  const inPreamble = chainTo(res.preamble, id);
  if (inPreamble) {
    const pin = pinpointOf(inPreamble, '', null);
    if (pin?.kind === 'preamble') return pin;
    throw notCitable();
  }
  const inBody = chainTo(res.body, id);
  if (inBody) {
    const pin = pinpointOf(inBody, '', null);
    if (pin?.kind === 'para') return pin;
    throw notCitable();
  }
  if (hasHeading(res.body, id)) throw notCitable();

  for (const annex of res.annexes) {
    const chain = chainTo(annex.body, id);
    if (!chain && !hasHeading(annex.body, id)) continue;
    const n = Number(annex.id.slice('annex-'.length));
    const pin = chain ? pinpointOf(chain, `${annex.id}-`, { n, count: res.annexes.length }) : null;
    if (pin) return pin;
    throw notCitable();
  }
  throw new CitationTargetError(res.symbol, id, 'unknown');
}

/**
 * A label as an English citation prints it: the printed label when it is Latin letters or
 * digits ("c", "ii"), else the id's segment, which counts position the way English prints
 * it ("ج" → "c", "㈡" → "ii"). For the English-only forms (Bluebook, OSCOLA) cited from a
 * page in another language.
 */
export function latinLabel(label: Label): string {
  return /^[A-Za-z0-9]+$/.test(label.printed) ? label.printed : label.id;
}
