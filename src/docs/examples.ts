import type { Block, Heading } from '../schemas/block.ts';
import type { Para } from '../schemas/para.ts';
import type { Resolution } from '../schemas/resolution.ts';

/*
 * The docs' examples, cut from the real sample (sample.ts) rather than written by hand, so that
 * they cannot drift from what the archive serves: tests/site/docs.test.ts compares each with the
 * served files.
 */

/** Every paragraph and heading of a model in document order, items included. */
export function allBlocks(res: Resolution): (Para | Heading)[] {
  const walk = (blocks: readonly Block[]): (Para | Heading)[] =>
    blocks.flatMap((block) => [block, ...(block.kind === 'para' ? walk(block.items) : [])]);
  return [...walk(res.preamble), ...walk(res.body), ...res.annexes.flatMap((annex) => walk(annex.body))];
}

/** The block with this id; throws (failing the build) when the sample has none, so that an example never names an anchor the page lacks. */
export function blockById(res: Resolution, id: string): Para | Heading {
  const block = allBlocks(res).find((b) => b.id === id);
  if (!block) throw new Error(`docs: the sample ${res.lang}/${res.symbol} has no "${id}"`);
  return block;
}

/** The first operative paragraph with sub-paragraphs: what shows `items` and `para-48-c`. */
export function paraWithItems(res: Resolution): Para {
  const para = allBlocks(res).find((b): b is Para => b.kind === 'para' && b.items.length > 0);
  if (!para) throw new Error(`docs: the sample ${res.lang}/${res.symbol} has no paragraph with sub-paragraphs`);
  return para;
}

/**
 * The model, abridged to one of each thing: the first preambular paragraph, the first heading,
 * the first paragraph with sub-paragraphs, the first footnote and the first two references;
 * every field and every element shown is the served one, unchanged.
 */
export function modelExcerpt(res: Resolution): Resolution {
  const heading = res.body.find((b) => b.kind === 'heading');
  return {
    ...res,
    preamble: res.preamble.slice(0, 1),
    body: [...(heading ? [heading] : []), paraWithItems(res)],
    annexes: res.annexes.slice(0, 1),
    footnotes: res.footnotes.slice(0, 1),
    refs: res.refs.slice(0, 2),
  };
}

/** The lines of `xml` from the one that opens with `open` to the first after it that closes with `close`, as served (indentation kept). */
export function xmlLines(xml: string, open: string, close: string): string {
  const lines = xml.split('\n');
  const first = lines.findIndex((line) => line.trimStart().startsWith(open));
  const last = lines.findIndex((line, i) => i >= first && line.trimEnd().endsWith(close));
  if (first < 0 || last < 0) throw new Error(`docs: no "${open}" … "${close}" in the Akoma Ntoso sample`);
  const indent = /^\s*/.exec(lines[first]!)![0].length;
  return lines.slice(first, last + 1).map((line) => line.slice(indent)).join('\n');
}
