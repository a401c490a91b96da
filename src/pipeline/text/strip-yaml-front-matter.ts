import type { SourceLine } from './source-line.ts';

/** What a YAML front-matter block (added by the tool that fetched the text) says of the document. */
export interface FrontMatterHints {
  symbol?: string;
  date?: string;
  language?: string;
  title?: string;
}

const FENCE = /^---\s*$/;
const FIELD = /^([A-Za-z_][\w-]*):\s*(.*?)\s*$/;

/**
 * Takes a YAML front-matter block ("---" … "---" at the top, as PyMuPDF-style extraction
 * tools add) out of the text, keeping its simple fields as hints. Its lines become blank
 * lines, so every later line keeps its number.
 */
export function stripYamlFrontMatter(lines: SourceLine[]): { lines: SourceLine[]; hints: FrontMatterHints } {
  const first = lines.findIndex((l) => l.text.trim() !== '');
  if (first < 0 || !FENCE.test((lines[first] as SourceLine).text)) return { lines, hints: {} };
  const close = lines.findIndex((l, i) => i > first && FENCE.test(l.text));
  if (close < 0 || close - first > 200) return { lines, hints: {} };
  const hints: FrontMatterHints = {};
  for (const line of lines.slice(first + 1, close)) {
    const field = FIELD.exec(line.text);
    if (!field) continue;
    const value = unquote(field[2] ?? '');
    const key = (field[1] ?? '').toLowerCase();
    if (key === 'symbol' || key === 'date' || key === 'language' || key === 'title') hints[key] = value;
  }
  return { lines: lines.map((l, i) => (i >= first && i <= close ? { n: l.n, text: '' } : l)), hints };
}

function unquote(value: string): string {
  const quoted = /^"(.*)"$|^'(.*)'$/.exec(value);
  if (!quoted) return value;
  if (quoted[1] !== undefined) {
    try {
      return JSON.parse(`"${quoted[1]}"`) as string;
    } catch {
      return quoted[1];
    }
  }
  return (quoted[2] ?? '').replace(/''/g, "'");
}
