/** The parts of the model (CONTRACT.md) the anchor checks read; the full type is src/schemas/resolution.ts. */
export interface ModelPara {
  kind: 'para';
  id: string;
  notes: number[];
  items: ModelPara[];
}

/** A heading or a paragraph of the model. */
export type ModelBlock = ModelPara | { kind: 'heading'; id: string };

/** A model, as far as its anchors go. */
export interface ModelAnchors {
  preamble: ModelPara[];
  body: ModelBlock[];
  annexes: { id: string; body: ModelBlock[] }[];
  footnotes: { id: string; n: number }[];
}

/** Every paragraph, sub-paragraph and item, in reading order (a paragraph's own words come before its items). */
export function paragraphsOf(model: ModelAnchors): ModelPara[] {
  const flat = (paras: ModelPara[]): ModelPara[] => paras.flatMap((para) => [para, ...flat(para.items)]);
  const parasIn = (blocks: ModelBlock[]) => flat(blocks.filter((block): block is ModelPara => block.kind === 'para'));
  return [...flat(model.preamble), ...parasIn(model.body), ...model.annexes.flatMap((annex) => parasIn(annex.body))];
}

/** The footnote mark ids the contract promises: `fnref-4` for the first mark of footnote 4, `fnref-4-2` for the second. */
export function footnoteRefIds(model: ModelAnchors): Map<number, string[]> {
  const refs = new Map<number, string[]>();
  for (const para of paragraphsOf(model)) {
    for (const n of para.notes) {
      const ids = refs.get(n) ?? [];
      ids.push(ids.length === 0 ? `fnref-${n}` : `fnref-${n}-${ids.length + 1}`);
      refs.set(n, ids);
    }
  }
  return refs;
}

/** Every contract anchor of a model: paragraphs, headings, annexes, footnotes and their marks. */
export function contractIds(model: ModelAnchors): string[] {
  const headings = (blocks: ModelBlock[]) => blocks.filter((block) => block.kind === 'heading').map((block) => block.id);
  return [
    ...paragraphsOf(model).map((para) => para.id),
    ...headings(model.body),
    ...model.annexes.flatMap((annex) => [annex.id, ...headings(annex.body)]),
    ...model.footnotes.map((footnote) => footnote.id),
    ...[...footnoteRefIds(model).values()].flat(),
  ];
}
