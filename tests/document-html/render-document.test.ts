import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../src/document-html/render-document.ts';
import { testContext } from './context.ts';

describe('renderDocument', () => {
  it('renders the top-level elements a line each, nested ones side by side, props as written', () => {
    const mdx = ['---', 'lang: "en"', '---', '<Formula text={"The Council,"} />', '<Preamble>', '<Para id="preamble-1" num={null} label={null} inline={"[\\u007b\\"t\\":\\"A\\"\\u007d]"} />', '<Para id="preamble-2" num={null} label={null} inline={"[]"} />', '</Preamble>', ''].join('\n');
    const html = renderDocument(mdxToMdast(mdx), testContext());
    expect(html.split('\n')).toHaveLength(2);
    expect(html).toMatch(/^<p class="doc-formula">The Council,<\/p>\n<div class="doc-preamble"><div class="para para--plain" id="preamble-1"><p class="para-text">A<a /);
    expect(html).toContain('</div><div class="para para--plain" id="preamble-2">');
  });

  it('names the line of an element it does not know, and of text the generated MDX never holds', () => {
    expect(() => renderDocument(mdxToMdast('<Para id="x" inline={"[]"} />\n\n<Script />\n'), testContext())).toThrow(/line 3: <Script> is no element/);
    expect(() => renderDocument(mdxToMdast('Some *text*\n'), testContext())).toThrow(/line 1: a paragraph node/);
  });
});
