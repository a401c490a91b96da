import { readFileSync } from 'node:fs';

/** A link of a UN AKN file: where its text stands in the paragraph, and the symbol its href names. */
export interface Anchor {
  start: number;
  end: number;
  symbol: string;
}

/** One `<p>` of an AKN file as plain text (footnotes taken out as paragraphs of their own), with its links. */
export interface AknParagraph {
  text: string;
  anchors: Anchor[];
}

const NOTE = /<authorialNote\b[^>]*>([\s\S]*?)<\/authorialNote>/g;
const P = /<p\b[^>]*>([\s\S]*?)<\/p>/g;
const TOKEN = /<(\/?)([\w:]+)([^>]*)>|([^<]+)/g;
const HREF = /href="([^"]*)"/;
const UNDOCS = /^https?:\/\/undocs\.org\/(?:[a-z]{2}\/)?/;
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x?[0-9a-fA-F]+|\w+);/g, (all, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITY[e] ?? all),
  );
}

function paragraph(inner: string): AknParagraph {
  let text = '';
  const anchors: Anchor[] = [];
  let open: { start: number; symbol: string } | null = null;
  for (const t of inner.matchAll(TOKEN)) {
    if (t[4] !== undefined) text += decode(t[4]);
    else if (t[2] === 'a' && t[1] === '') open = { start: text.length, symbol: decode(HREF.exec(t[3] ?? '')?.[1] ?? '').replace(UNDOCS, '') };
    else if (t[2] === 'a' && open !== null) {
      anchors.push({ start: open.start, end: text.length, symbol: open.symbol });
      open = null;
    }
  }
  return { text, anchors };
}

/** Every paragraph and footnote of an AKN file, with the undocs.org links in it. */
export function aknParagraphs(file: string): AknParagraph[] {
  const notes: string[] = [];
  const body = readFileSync(file, 'utf8').replace(NOTE, (_, inner: string) => (notes.push(inner), ''));
  return [body, ...notes].flatMap((xml) => [...xml.matchAll(P)].map((m) => paragraph(m[1] ?? '')));
}

/**
 * The canonical form of an href's resolution symbol: part letters upper case and glued on,
 * no letter in the pre-1978 style ("A/RES/2200A(XXI)" → "A/RES/2200(XXI)", "75/290a" → "75/290A").
 */
export function canonicalHref(symbol: string): string {
  return symbol
    .replace(/\s+/g, '')
    .replace(/^([AE]\/RES\/\d+)[A-H]\(/, '$1(')
    .replace(/\(([ivxlc]+)\)$/, (_, r: string) => `(${r.toUpperCase()})`)
    .replace(/(\/\d+)([a-h])$/, (_, n: string, l: string) => `${n}${l.toUpperCase()}`);
}

/**
 * True when the number an href names is the one printed at the link: the corpus has links
 * whose href contradicts the print ("دإط-10/15" linked to A/RES/10/15, "156/75" to
 * A/RES/75/156, "A/RES/و69/197"); those say nothing about the reader and are left out.
 */
export function hrefAgreesWithPrint(symbol: string, text: string, a: Anchor): boolean {
  const m = /^[AE]\/(?:RES|DEC)\/(E?S-)?(\d+(?:\/\d+)?)/.exec(symbol);
  if (m === null) return false;
  const window = text.slice(Math.max(0, a.start - 12), a.end + 12);
  const before = m[1] === undefined ? '\\-‑–' : '';
  return new RegExp(String.raw`(?<![\p{N}/${before}])${(m[2] ?? '').replace('/', '\\/')}(?![\p{N}/])`, 'u').test(window);
}
