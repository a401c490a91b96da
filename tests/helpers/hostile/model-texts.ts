import type { Para } from '../../../src/schemas/para.ts';
import type { Resolution } from '../../../src/schemas/resolution.ts';

/** The fixed seed of the hostile-text properties: the same cases on every run; a failure prints it with the shrunk case. */
export const PROPERTY_SEED = 20260808;

/** The text of every paragraph, heading and footnote of a model, by id, in order. */
export function modelTexts(model: Resolution): Record<string, string> {
  const texts: Record<string, string> = {};
  const para = (p: Para) => {
    texts[p.id] = p.text;
    p.items.forEach(para);
  };
  model.preamble.forEach(para);
  for (const block of [...model.body, ...model.annexes.flatMap((a) => a.body)]) {
    if (block.kind === 'para') para(block);
    else texts[block.id] = block.text;
  }
  for (const note of model.footnotes) texts[note.id] = note.text;
  return texts;
}
