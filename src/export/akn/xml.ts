/**
 * A small XML writer: a tree of elements and text, escaped on the way out. Elements that
 * hold text are written on one line exactly as given (no white space is added inside a
 * paragraph's words); elements that hold only elements are indented, one child a line.
 */

/** An element: its name, attributes (undefined and null ones are left out) and children. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string | number | null | undefined>;
  children: XmlNode[];
}

/** A child: an element or text. */
export type XmlNode = XmlElement | string;

/** An element; children that are `null`, `undefined` or `false` are dropped, arrays are flattened. */
export function el(name: string, attrs: XmlElement['attrs'] = {}, ...children: (XmlNode | XmlNode[] | null | undefined | false)[]): XmlElement {
  const kept: XmlNode[] = [];
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) kept.push(child);
  return { name, attrs, children: kept };
}

/**
 * Characters XML 1.0 cannot carry at all, not even as character references (section 2.2):
 * the C0 controls but tab, line feed and carriage return, U+FFFE, U+FFFF, and unpaired
 * surrogates. They are never words of a resolution: a vertical tab or form feed is a line or
 * page break the extraction left (both importers read them as white space), so each becomes
 * a space; any other is removed. Refusing instead would leave a whole page without its XML
 * for a byte no reader can see.
 */
const BREAKS = /[\u000B\u000C]/g;
const FORBIDDEN = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with what XML 1.0 forbids replaced (breaks) or removed (the rest): see FORBIDDEN. */
export function xmlChars(text: string): string {
  return text.replace(BREAKS, ' ').replace(FORBIDDEN, '');
}

/**
 * Text content: `&`, `<` and `>` escaped (so `]]>` can never close anything); a carriage
 * return, and the next-line and line-separator characters that some parsers (xmldom, any XML
 * 1.1 reader) take for line ends, kept as character references, which no parser normalises.
 */
export function escapeText(text: string): string {
  return xmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\r\u0085\u2028]/g, (c) => `&#x${(c.codePointAt(0) as number).toString(16).toUpperCase()};`);
}

/** An attribute value in double quotes: also the quotes, and tab and line breaks as references, which attribute normalisation would otherwise turn into spaces. */
export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;');
}

/** Writes an element and its descendants, starting at `depth` levels of indentation. */
export function serialise(node: XmlElement, depth = 0): string {
  const pad = '  '.repeat(depth);
  return pad + write(node, depth);
}

/** Elements whose content is words (inline content): nothing is indented inside them, since white space there is text. */
const INLINE_CONTENT = new Set(['p', 'num', 'heading', 'subheading', 'crossHeading', 'docTitle', 'docNumber', 'docDate', 'inline', 'ref', 'sup', 'td', 'th']);

function write(node: XmlElement, depth: number, inline = false): string {
  const attrs = Object.entries(node.attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
  if (node.children.length === 0) return `<${node.name}${attrs}/>`;
  // Inside text, nothing is indented: white space there would be words.
  if (inline || INLINE_CONTENT.has(node.name) || node.children.some((c) => typeof c === 'string')) {
    return `<${node.name}${attrs}>${node.children.map((c) => (typeof c === 'string' ? escapeText(c) : write(c, depth, true))).join('')}</${node.name}>`;
  }
  const pad = '  '.repeat(depth);
  const inner = node.children.map((c) => `${pad}  ${write(c as XmlElement, depth + 1)}`).join('\n');
  return `<${node.name}${attrs}>\n${inner}\n${pad}</${node.name}>`;
}
