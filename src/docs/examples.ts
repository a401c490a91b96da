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

/** Whether the sample has a block with this id: an example links to an anchor only where the page has it, else names it without a link. */
export function blockHeld(res: Resolution, id: string): boolean {
  return allBlocks(res).some((b) => b.id === id);
}

/** The first paragraph with sub-paragraphs: what shows `items` and `para-48-c`; undefined on a page with none (the examples then leave it out). */
export function paraWithItems(res: Resolution): Para | undefined {
  return allBlocks(res).find((b): b is Para => b.kind === 'para' && b.items.length > 0);
}

/**
 * The paragraph the docs cite as an example: the third sub-paragraph (`para-48-c` of the seed), else
 * the first, else the first numbered paragraph, else the first paragraph; undefined on a page with
 * no paragraph at all.
 */
export function citedParagraph(res: Resolution): Para | undefined {
  const withItems = paraWithItems(res);
  const paras = allBlocks(res).filter((b): b is Para => b.kind === 'para');
  return withItems?.items[2] ?? withItems?.items[0] ?? paras.find((p) => p.num !== null) ?? paras[0];
}

/**
 * The model, abridged to one of each thing: the first preambular paragraph, the first heading,
 * the first paragraph with sub-paragraphs (else the first operative paragraph), the first
 * footnote and the first two references; every field and every element shown is the served one,
 * unchanged.
 */
export function modelExcerpt(res: Resolution): Resolution {
  const heading = res.body.find((b) => b.kind === 'heading');
  const withItems = res.body.find((b) => b.kind === 'para' && b.items.length > 0);
  const para = withItems ?? res.body.find((b) => b.kind === 'para');
  return {
    ...res,
    preamble: res.preamble.slice(0, 1),
    body: [...(heading ? [heading] : []), ...(para ? [para] : [])],
    annexes: res.annexes.slice(0, 1),
    footnotes: res.footnotes.slice(0, 1),
    refs: res.refs.slice(0, 2),
  };
}

/** The lines of `xml` from the one that opens with `open` to the first after it that closes with `close`, as served (indentation kept); null when the export has no such passage (the example is then left out). */
export function xmlLines(xml: string, open: string, close: string): string | null {
  const lines = xml.split('\n');
  const first = lines.findIndex((line) => line.trimStart().startsWith(open));
  const last = lines.findIndex((line, i) => i >= first && line.trimEnd().endsWith(close));
  if (first < 0 || last < 0) return null;
  const indent = /^\s*/.exec(lines[first]!)![0].length;
  return lines.slice(first, last + 1).map((line) => line.slice(indent)).join('\n');
}

/**
 * The sub-paragraph the docs' prose names (citing.mdx): the third of the first paragraph with
 * sub-paragraphs (`para-48-c` of the seed), else its first, with that paragraph; undefined without
 * a sample or on a page with no sub-paragraph, where the prose leaves its example out.
 */
export function subParagraphExample(res: Resolution | null): { para: Para; sub: Para } | undefined {
  const para = res ? paraWithItems(res) : undefined;
  const sub = para?.items[2] ?? para?.items[0];
  return para && sub ? { para, sub } : undefined;
}
