import { LANGS, type Lang } from '../schemas/lang.ts';

/** What the reverse index needs of a model: who it is, in which language, and what it cites. */
export interface CitingModel {
  symbol: string;
  lang: Lang;
  refs: readonly { target: string; para?: string; in: string }[];
}

/** One citation of a resolution, from one paragraph of another, in every language that has it. */
export interface Citation {
  /** The citing resolution. */
  symbol: string;
  /** The id of the citing paragraph, footnote or heading. */
  in: string;
  /** The leading paragraph number of the pinpoint ("57" for "57 (a)"), when there is one. */
  para?: string;
  /** The language versions of the citing resolution that carry this citation, in the UN's order. */
  langs: Lang[];
}

/** Who cites each symbol: citations keyed by the cited symbol, sorted by citing symbol (numbers as numbers), then paragraph. */
export type CitedByIndex = Map<string, Citation[]>;

/**
 * Turns every model's `refs` around. The same citation found in several language versions is
 * one entry listing those languages; a resolution citing itself is left out.
 */
export function buildCitedBy(models: Iterable<CitingModel>): CitedByIndex {
  const byKey = new Map<string, Citation & { target: string }>();
  for (const model of models) {
    for (const ref of model.refs) {
      if (ref.target === model.symbol) continue;
      const para = ref.para?.match(/^\d+/)?.[0];
      const key = [ref.target, model.symbol, ref.in, para ?? ''].join('\u0000');
      const found = byKey.get(key);
      if (found) {
        if (!found.langs.includes(model.lang)) found.langs.push(model.lang);
      } else {
        byKey.set(key, { target: ref.target, symbol: model.symbol, in: ref.in, ...(para ? { para } : {}), langs: [model.lang] });
      }
    }
  }
  const index: CitedByIndex = new Map();
  for (const { target, ...citation } of byKey.values()) {
    citation.langs.sort((a, b) => LANGS.indexOf(a) - LANGS.indexOf(b));
    index.set(target, [...(index.get(target) ?? []), citation]);
  }
  for (const list of index.values()) list.sort(byCiting);
  return index;
}

function byCiting(a: Citation, b: Citation): number {
  return (
    a.symbol.localeCompare(b.symbol, 'en', { numeric: true }) ||
    a.in.localeCompare(b.in, 'en', { numeric: true }) ||
    (a.para ?? '').localeCompare(b.para ?? '', 'en', { numeric: true })
  );
}

/** The citations of one resolution grouped by the paragraph they pinpoint (`"57"`), the rest under `""`, paragraphs in number order, `""` last. */
export function groupByParagraph(citations: readonly Citation[]): [string, Citation[]][] {
  const groups = new Map<string, Citation[]>();
  for (const c of citations) groups.set(c.para ?? '', [...(groups.get(c.para ?? '') ?? []), c]);
  return [...groups].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : Number(a) - Number(b)));
}
