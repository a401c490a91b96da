import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { classOf, codeColoursCss, STYLE_TO_CLASS } from '../../src/docs/code-classes.ts';
import { CODE_THEMES } from '../../src/docs/code-themes.ts';

const highlight = (code: string, lang: string) => codeToHtml(code, { lang, themes: CODE_THEMES, defaultColor: false, transformers: [STYLE_TO_CLASS] });

describe('STYLE_TO_CLASS', () => {
  it('leaves no style attribute, and gives each token a class per theme that the stylesheet defines', async () => {
    const css = await codeColoursCss();
    for (const [code, lang] of [['const a: number = 1; // one', 'ts'], ['{"symbol": "E/RES/2015/26", "n": 1}', 'json'], ['<a href="#para-1">¶</a>', 'html'], ['ARCHIVE_SOURCES=a npm run build', 'sh'], ['/*\n  X-Content-Type-Options: nosniff', 'text']] as const) {
      const html = await highlight(code, lang);
      expect(html).not.toContain('style=');
      const classes = [...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(' ')).filter((name) => /^shiki-(?:light|dark)/.test(name));
      expect(classes.length).toBeGreaterThan(1);
      for (const name of classes) expect(css, `${lang}: .${name}`).toContain(`.${name}{`);
    }
  });

  it('keeps a code block\'s own classes first, its colours after', async () => {
    expect(await highlight('x', 'text')).toMatch(/^<pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast shiki-light-[0-9a-f]+ shiki-dark-[0-9a-f]+ shiki-light-bg-[0-9a-f]+ shiki-dark-bg-[0-9a-f]+"/);
  });

  it('refuses a style it has no class for, rather than let the policy drop it silently', () => {
    const node = { type: 'element' as const, tagName: 'span', properties: { style: 'color:red' }, children: [] };
    expect(() => STYLE_TO_CLASS.root!.call({} as never, { type: 'root', children: [node] })).toThrow('code sample: Shiki wrote a style the archive has no class for: "color:red"');
  });
});

describe('classOf', () => {
  it('names a property and its value, case folded', () => {
    expect(classOf('--shiki-light', '#A0111F')).toBe('shiki-light-a0111f');
    expect(classOf('--shiki-dark-font-style', 'italic')).toBe('shiki-dark-font-style-italic');
  });
});
