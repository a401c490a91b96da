import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CITE_FORMATS } from '../../src/cite/index.ts';
import { CODE_THEMES, INVALID_TOKEN_COLOUR } from '../../src/docs/code-themes.ts';
import { modelExcerpt, paraWithItems } from '../../src/docs/examples.ts';
import { REFUSALS, WARNINGS } from '../../src/docs/warnings.ts';
import { ResolutionSchema } from '../../src/schemas/resolution.ts';
import { checkLinks } from '../helpers/check-links.ts';
import { attributeValues, textOf } from '../helpers/html.ts';

/*
 * The documentation, /en/docs/, in the built seed site (under /archive/): every page of
 * src/content/docs/ is there with its heading and the docs' navigation, its code highlighted by
 * Shiki in two themes left to CSS, no script; its examples are what the site serves; its links
 * resolve; and every page of the site links to it.
 */
const siteDir = inject('siteDir');
const base = inject('siteBase');
const read = (path: string) => readFileSync(join(siteDir, path), 'utf8');
const SAMPLE = 'zh/E/RES/2015/26';

/** The docs pages, from their sources: id, title and order, sorted as the navigation lists them. */
const DOCS = readdirSync(join(import.meta.dirname, '../../src/content/docs'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const source = readFileSync(join(import.meta.dirname, '../../src/content/docs', file), 'utf8');
    const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(source)?.[1] ?? '';
    return { id: file.slice(0, -'.mdx'.length), title: field('title'), order: Number(field('order')) };
  })
  .sort((a, b) => a.order - b.order);

/** A docs page's path in the site, base-relative: `en/docs/` or `en/docs/citing/`. */
const docsPath = (id: string) => (id === 'index' ? 'en/docs/' : `en/docs/${id}/`);
const docsHtml = (id: string) => read(`${docsPath(id)}index.html`);

/** The code text of the first `<pre>` inside the element marked `data-docs-example="name"`. */
function example(html: string, name: string): string {
  const at = html.indexOf(`data-docs-example="${name}"`);
  expect(at, `example "${name}"`).toBeGreaterThan(0);
  const start = html.indexOf('<pre', at);
  return textOf(html.slice(start, html.indexOf('</pre>', start)));
}

/** The text of each `<code>` of the citation lines of one format, marked `data-format="id"`. */
function rowCodes(html: string, format: string): string[] {
  const start = html.indexOf(`<div data-format="${format}">`);
  expect(start, `lines of ${format}`).toBeGreaterThan(0);
  const entry = html.slice(start, html.indexOf('</div>', start));
  return [...entry.matchAll(/<code[^>]*>([^]*?)<\/code>/g)].map((m) => textOf(m[1]!));
}

describe('the docs', () => {
  it('have a page for each MDX source, with its title as the one heading and in <title>', () => {
    expect(DOCS.map((d) => d.id)).toEqual(['index', 'citing', 'adding-resolutions', 'model-and-exports', 'deploying', 'performance']);
    for (const { id, title } of DOCS) {
      const html = docsHtml(id);
      expect(html).toContain('<html lang="en" dir="ltr">');
      expect([...html.matchAll(/<h1\b[^>]*>([^]*?)<\/h1>/g)].map((m) => textOf(m[1]!)), id).toEqual([title]);
      expect(html).toContain(`<title>${title} | Documentation | `);
      expect(html.match(/<h2\b/g)?.length ?? 0, `${id} has sections`).toBeGreaterThan(0);
    }
  });

  it('list every page in the navigation, in order, the current one marked, with links to the pages before and after', () => {
    for (const [i, { id }] of DOCS.entries()) {
      const html = docsHtml(id);
      const nav = html.slice(html.indexOf('<nav class="docs-nav"'), html.indexOf('</nav>', html.indexOf('<nav class="docs-nav"')));
      expect(attributeValues(nav, 'href'), id).toEqual(DOCS.map((d) => `${base}${docsPath(d.id)}`));
      expect([...nav.matchAll(/<a href="([^"]*)" aria-current="page"/g)].map((m) => m[1]), id).toEqual([`${base}${docsPath(id)}`]);
      if (i > 0) expect(html).toContain(`<a rel="prev" href="${base}${docsPath(DOCS[i - 1]!.id)}"`);
      if (i < DOCS.length - 1) expect(html).toContain(`<a rel="next" href="${base}${docsPath(DOCS[i + 1]!.id)}"`);
    }
  });

  it('highlight every code block with Shiki, both themes as classes (no style attribute), and load no script', () => {
    let blocks = 0;
    const css = read('code-colours.css');
    const defined = new Set([...css.matchAll(/^\.(shiki-[a-z0-9-]+)\{--shiki-[a-z-]+:[^}]+\}$/gm)].map((m) => m[1]!));
    for (const { id } of DOCS) {
      const html = docsHtml(id);
      expect(html, id).not.toContain('<script');
      expect(html, id).not.toMatch(/\sstyle="/);
      expect(html, id).toContain(`<link rel="stylesheet" href="${base}code-colours.css">`);
      for (const [pre] of html.matchAll(/<pre\b[^>]*>/g)) {
        blocks++;
        expect(pre, id).toMatch(new RegExp(`\\sclass="astro-code astro-code-themes ${CODE_THEMES.light} ${CODE_THEMES.dark} shiki-light-[0-9a-f]+ shiki-dark-[0-9a-f]+ shiki-light-bg-[0-9a-f]+ shiki-dark-bg-[0-9a-f]+"`));
      }
      // The tokens: a class per theme, each defined by the stylesheet, so the page's CSS picks the theme.
      const tokens = attributeValues(html, 'class').filter((value) => value.startsWith('shiki-light-') && !value.includes('-bg-'));
      for (const value of tokens) expect(value, id).toMatch(/^shiki-light-[0-9a-f]+ (?:shiki-light-[a-z-]+ )*shiki-dark-[0-9a-f]+/);
      const used = new Set(attributeValues(html, 'class').flatMap((value) => value.split(' ')).filter((name) => /^shiki-(?:light|dark)/.test(name)));
      expect([...used].filter((name) => !defined.has(name)), `${id}: classes code-colours.css does not define`).toEqual([]);
      if (id !== 'index' && id !== 'performance') expect(tokens.length, `${id} has highlighted tokens`).toBeGreaterThan(10);
      // No token is left marked invalid (the light theme's dark red for `invalid.illegal`): every
      // sample is valid code, and Shiki gives up on a slow line unless told not to (src/docs/code-themes.ts).
      expect(tokens.filter((value) => value.startsWith(`shiki-light-${INVALID_TOKEN_COLOUR.slice(1).toLowerCase()}`)), id).toEqual([]);
    }
    expect(blocks).toBeGreaterThanOrEqual(15);
    // The stylesheet that picks a theme by the reader's system is on the pages.
    const page = docsHtml('citing');
    const linked = attributeValues(page, 'href').filter((href) => href.endsWith('.css')).map((href) => read(href.slice(base.length))).join('\n');
    expect(linked).toMatch(/color:var\(--shiki-light\)/);
    expect(linked).toMatch(/prefers-color-scheme:\s*dark\)[^@]*color:var\(--shiki-dark\)/);
  });

  it('show the model as /zh/E/RES/2015/26.json serves it, abridged to elements it holds', () => {
    const served = ResolutionSchema.parse(JSON.parse(read(`${SAMPLE}.json`)));
    const shown = JSON.parse(example(docsHtml('model-and-exports'), 'model'));
    expect(shown).toEqual(modelExcerpt(served));
    for (const [key, value] of Object.entries(shown)) {
      const whole = served[key as keyof typeof served];
      if (Array.isArray(value)) for (const element of value) expect(whole, key).toContainEqual(element);
      else expect(value, key).toEqual(whole);
    }
    expect(docsHtml('model-and-exports')).toContain(`href="${base}${SAMPLE}.json"`);
  });

  it('show passages of /zh/E/RES/2015/26.akn.xml as served, each line in order', () => {
    const served = read(`${SAMPLE}.akn.xml`).split('\n').map((line) => line.trim());
    const html = docsHtml('model-and-exports');
    for (const name of ['akn-identification', 'akn-preamble', 'akn-paragraph']) {
      const lines = example(html, name).split('\n').map((line) => line.trim());
      expect(lines.length, name).toBeGreaterThanOrEqual(3);
      const at = served.indexOf(lines[0]!);
      expect(at, `${name} starts with a line of the export`).toBeGreaterThan(0);
      expect(served.slice(at, at + lines.length), name).toEqual(lines);
    }
    expect(example(html, 'akn-paragraph')).toContain('eId="para-48-c"');
    expect(html).toContain(`href="${base}${SAMPLE}.akn.xml"`);
  });

  it('show the catalogue’s entry and count as /api/index.json serves them', () => {
    const served = JSON.parse(read('api/index.json'));
    const shown = JSON.parse(example(docsHtml('model-and-exports'), 'catalogue'));
    expect(shown.count).toBe(served.count);
    expect(shown.resolutions).toEqual(served.resolutions.filter((r: { symbol: string }) => r.symbol === 'E/RES/2015/26'));
  });

  it('show what each citation format gives for the served model, whole and at a sub-paragraph', () => {
    const resolution = ResolutionSchema.parse(JSON.parse(read(`${SAMPLE}.json`)));
    const url = new URL(`${base}${SAMPLE}/`, 'https://example.org').href;
    const paraId = paraWithItems(resolution).items[2]!.id;
    expect(paraId).toBe('para-48-c');
    const html = docsHtml('citing');
    for (const format of CITE_FORMATS) {
      const inputs = [{ resolution, url }, { resolution, url, paraId }];
      if (format.kind === 'text') expect(rowCodes(html, format.id), format.id).toEqual(inputs.map((input) => format.cite(input)));
      // RIS ends its lines with CRLF, as the format asks; the page shows lines.
      else expect(example(html, format.id), format.id).toBe(format.cite(inputs[1]!).replace(/\r\n/g, '\n').replace(/\n$/, ''));
    }
    expect(rowCodes(html, 'un')).toEqual(['经济及社会理事会第2015/26号决议', '经济及社会理事会第2015/26号决议第48(c)段']);
  });

  it('link the contract’s anchors to the sample page where it has them', () => {
    const html = docsHtml('citing');
    for (const id of ['preamble-3', 'section-2', 'para-12', 'para-48-c', 'fn-4', 'fnref-4']) {
      expect(html, id).toContain(`href="${base}${SAMPLE}/#${id}"`);
    }
  });

  it('list every warning and refusal of the build with its meaning', () => {
    const html = docsHtml('adding-resolutions');
    for (const [list, entries] of [['warnings', WARNINGS], ['refusals', REFUSALS]] as const) {
      const start = html.indexOf(`data-docs-example="${list}"`);
      const items = html.slice(start, html.indexOf('</ul>', start));
      const messages = [...items.matchAll(/<p class="docs-message">[^]*?<code>([^]*?)<\/code>/g)].map((m) => textOf(m[1]!));
      expect(messages, list).toEqual(entries.map((e) => e.message));
    }
  });

  it('quote the footer’s acknowledgement of the United Nations in all six languages', () => {
    const html = docsHtml('index');
    const footer = html.slice(html.indexOf('<footer'));
    const line = textOf(/<p lang="en"[^>]*>([^]*?) · <a /.exec(footer)![1]!);
    expect(line).toContain('Source: United Nations');
    expect(textOf(html.slice(html.indexOf('<ul class="docs-acknowledgement"')))).toContain(line);
    expect(html).toContain('<li lang="ar" dir="rtl">');
  });

  it('are linked from the footer of every page of the site, in every language', () => {
    const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) expect(read(page), page).toContain(`<a class="site-footer-docs" href="${base}en/docs/" hreflang="en">`);
  });

  it('have no broken link or anchor', () => {
    const report = checkLinks(siteDir, base);
    const fromDocs = report.broken.filter((b) => b.page.startsWith(`${base}en/docs/`) || b.href.includes('/en/docs/'));
    expect(fromDocs).toEqual([]);
    // The docs link the sample's page, model and export, and each other.
    const links = DOCS.flatMap(({ id }) => attributeValues(docsHtml(id), 'href'));
    expect(links).toContain(`${base}${SAMPLE}/#para-48-c`);
    expect(links).toContain(`${base}en/docs/deploying/#a-sub-path`);
  });
});
