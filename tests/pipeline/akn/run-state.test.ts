import { describe, expect, it } from 'vitest';
import { readNum } from '../../../src/pipeline/akn/num-label.ts';
import { heading, newRun, numberedPara, subParagraph, unnumbered } from '../../../src/pipeline/akn/run-state.ts';
import { newScope } from './helpers.ts';

describe('a run of blocks', () => {
  it('ids numbered paragraphs by their printed number, and a new series after a heading by that heading', () => {
    const run = newRun(newScope('annex-1-'), true, null);
    numberedPara(run, readNum('1.'), 'a', 1);
    numberedPara(run, readNum('2.'), 'b', 2);
    heading(run, 'B. Actions related to the Forum secretariat', 3);
    numberedPara(run, readNum('1.'), 'c', 4);
    numberedPara(run, readNum('2.'), 'd', 5);
    expect(run.blocks.map((b) => b.id)).toEqual(['annex-1-para-1', 'annex-1-para-2', 'annex-1-section-1', 'annex-1-section-1-para-1', 'annex-1-section-1-para-2']);
    expect(run.warnings).toEqual(['line 4: the numbering starts again at 1.; this series is annex-1-section-1-para-N']);
  });

  it('ids unnumbered paragraphs para-N where the run numbers none, text-N where it does', () => {
    const lone = newRun(newScope(), false, null);
    expect(unnumbered(lone, 'Decides to invite…', 1).id).toBe('para-1');
    const mixed = newRun(newScope(), true, null);
    expect(unnumbered(mixed, 'x', 1).id).toBe('text-1');
  });

  it('nests a sub-paragraph under the paragraph before it, or lets lettered paragraphs stand on their own after a heading', () => {
    const run = newRun(newScope(), true, null);
    numberedPara(run, readNum('1.'), 'Decides:', 1);
    expect(subParagraph(run, readNum('(a)'), 'x', 2).id).toBe('para-1-a');
    heading(run, 'Terms', 3);
    expect(subParagraph(run, readNum('(a)'), 'y', 4).id).toBe('text-1');
    expect(subParagraph(run, readNum('(b)'), 'z', 5).id).toBe('text-2');
    expect(subParagraph(run, readNum('(i)'), 'w', 6).id).toBe('text-2-a');
  });
});
