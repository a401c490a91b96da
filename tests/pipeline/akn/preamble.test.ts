import { describe, expect, it } from 'vitest';
import { preambularPara, readPreamble } from '../../../src/pipeline/akn/preamble.ts';
import { childElements } from '../../../src/pipeline/akn/dom.ts';
import { newScope, xml } from './helpers.ts';

describe('readPreamble', () => {
  it('keeps the formula apart and makes each container a preambular paragraph', () => {
    const preamble = xml(`<preamble>
      <formula name="enactingFormula"><p><span class="italic">The Economic and Social Council</span>,</p></formula>
      <container name="Recalling"><p><span class="italic">Recalling</span> the outcome,</p></container>
      <container name="Noting"><p><span class="italic">Noting</span> the report,</p></container>
    </preamble>`);
    const read = readPreamble(childElements(preamble), newScope());
    expect(read.formula).toBe('The Economic and Social Council,');
    expect(read.paras.map((p) => [p.id, p.num, p.text])).toEqual([
      ['preamble-1', null, 'Recalling the outcome,'],
      ['preamble-2', null, 'Noting the report,'],
    ]);
  });

  it('reads a draft resolution’s formula set as a container, with the draft’s prefix', () => {
    const children = childElements(xml('<e><container name="formula"><p>The General Assembly,</p></container><container name="Stressing"><p>Stressing that,</p></container></e>'));
    const read = readPreamble(children, newScope('draft-'));
    expect(read.formula).toBe('The General Assembly,');
    expect(read.paras.map((p) => p.id)).toEqual(['draft-preamble-1']);
  });

  it('warns of what a preamble should not hold', () => {
    expect(readPreamble(childElements(xml('<preamble><table/></preamble>')), newScope()).warnings).toEqual(['line 1: <table> in the preamble, left out']);
  });
});

describe('preambularPara', () => {
  it('gives a container with a blockList its lettered items', () => {
    const el = xml('<container><blockList><listIntroduction><span>Reaffirming</span> that the Plan was developed:</listIntroduction><item><num>(a)</num><p>To promote,</p></item><item><num>(b)</num><p>To help,</p></item></blockList></container>');
    const para = preambularPara(el, 'preamble-2', newScope(), []);
    expect(para.text).toBe('Reaffirming that the Plan was developed:');
    expect(para.items.map((i) => [i.id, i.num, i.label, i.text])).toEqual([
      ['preamble-2-a', 'a', '(a)', 'To promote,'],
      ['preamble-2-b', 'b', '(b)', 'To help,'],
    ]);
  });
});
