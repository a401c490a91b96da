/*
 * The references and ids of one HTML page, read with regular expressions over its tags: enough
 * for the HTML Astro writes (and any well-formed HTML), a DOM library would be far slower over
 * the corpus site. Comments and the bodies of scripts and styles are dropped first, so that
 * markup quoted inside them is not read as the page's own.
 */

/** What the link check needs from a page: its ids, its references (as written) and its `<base href>`. */
export interface PageReferences {
  ids: Set<string>;
  refs: string[];
  baseHref: string | undefined;
}

// Attributes holding one URL, per element (lower-case names).
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  iframe: ['src'],
  source: ['src'],
  track: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  button: ['formaction'],
  input: ['src', 'formaction'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

const HIDDEN = /<!--[\s\S]*?-->|(<script\b[^>]*>)[\s\S]*?<\/script\s*>|(<style\b[^>]*>)[\s\S]*?<\/style\s*>/gi;
// A start tag, quoted values allowed to hold `>`.
const TAG = /<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Reads the ids (and `<a name>`s), the references and the `<base href>` of an HTML page. */
export function htmlReferences(html: string): PageReferences {
  const page: PageReferences = { ids: new Set(), refs: [], baseHref: undefined };
  // A script or style keeps its start tag (a script's src counts), not its body.
  const visible = html.replace(HIDDEN, (_, script?: string, style?: string) => script ?? style ?? '');
  for (const tag of visible.matchAll(TAG)) {
    const name = (tag[1] ?? '').toLowerCase();
    const attributes = tag[2] ?? '';
    // Most tags have neither an id nor a URL: skip them without reading their attributes.
    if (!/[\s"'](id|name|href|src|srcset|action|formaction|poster|data|content|xlink:href)\s*=/i.test(` ${attributes}`)) continue;
    const values = attributesOf(attributes);
    const id = values.get('id');
    if (id) page.ids.add(id);
    const anchorName = values.get('name');
    if (name === 'a' && anchorName) page.ids.add(anchorName);
    if (name === 'base') page.baseHref ??= values.get('href');
    for (const attribute of URL_ATTRIBUTES[name] ?? []) {
      const value = values.get(attribute);
      if (value !== undefined) page.refs.push(value.trim());
    }
    const srcset = values.get('srcset');
    if (srcset !== undefined && (name === 'img' || name === 'source')) page.refs.push(...srcsetUrls(srcset));
    // `<meta http-equiv="refresh" content="0;url=…">`, Astro's redirect pages.
    if (name === 'meta' && values.get('http-equiv')?.toLowerCase() === 'refresh') {
      const url = /url\s*=\s*['"]?([^'"]+)/i.exec(values.get('content') ?? '')?.[1];
      if (url) page.refs.push(url.trim());
    }
  }
  return page;
}

/** The URLs of a srcset: each candidate's first word. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

function attributesOf(source: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    // The first of two same-named attributes wins, as in a browser.
    if (!values.has(name)) values.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return values;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (entity, dec?: string, hex?: string, named?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return NAMED[(named ?? '').toLowerCase()] ?? entity;
  });
}
