import { describe, expect, it } from 'vitest';
import { isHeadingParagraph } from '../../../src/pipeline/akn/heading-paragraph.ts';
import { xml } from './helpers.ts';

describe('isHeadingParagraph', () => {
  it('takes a short paragraph that does not end a clause as a heading, styled or not', () => {
    expect(isHeadingParagraph(xml('<paragraph><content><p>总结：审查信息社会世界峰会成果落实情况</p></content></paragraph>'), '总结：审查信息社会世界峰会成果落实情况')).toBe(true);
    expect(isHeadingParagraph(xml('<paragraph class="H23"><content><p>Annex</p></content></paragraph>'), 'Annex')).toBe(true);
  });

  it('takes a long paragraph as a heading only when styled as one or wholly bold', () => {
    const long = 'Advancing crime prevention '.repeat(8).trim();
    expect(isHeadingParagraph(xml(`<paragraph><content><p>${long}</p></content></paragraph>`), long)).toBe(false);
    expect(isHeadingParagraph(xml(`<paragraph><content><p><span class="bold">${long}</span></p></content></paragraph>`), long)).toBe(true);
  });

  it('never takes a paragraph that ends a clause, or that introduces a draft resolution', () => {
    expect(isHeadingParagraph(xml('<paragraph class="H23"><content><p>Recalling its resolution,</p></content></paragraph>'), 'Recalling its resolution,')).toBe(false);
    expect(isHeadingParagraph(xml('<paragraph><content><p>Decides to invite.</p></content></paragraph>'), 'Decides to invite.')).toBe(false);
    expect(isHeadingParagraph(xml('<paragraph><content><p>建议大会通过下列决议草案<embeddedStructure/></p></content></paragraph>'), '建议大会通过下列决议草案')).toBe(false);
  });
});
