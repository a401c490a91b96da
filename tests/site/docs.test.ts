import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CITE_FORMATS } from '../../src/cite/index.ts';
import { CODE_THEMES, INVALID_TOKEN_COLOUR } from '../../src/docs/code-themes.ts';
import { modelExcerpt, paraWithItems } from '../../src/docs/examples.ts';
import { REFUSALS, WARNINGS } from '../../src/docs/warnings.ts';
import { ResolutionSchema } from '../../src/schemas/resolution.ts';
import { BLUEBOOK_PIN_WORDS, OSCOLA_PIN_WORDS } from '../../src/cite/english-pin.ts';
import { uiStrings } from '../../src/i18n/index.ts';
import { LANGS, type Lang } from '../../src/schemas/lang.ts';
import { checkLinks } from '../helpers/check-links.ts';
import { docsSitePath, docsSources } from '../helpers/docs-pages.ts';
import { attributeValues, textOf } from '../helpers/html.ts';

/*
 * The documentation, /{lang}/docs/, in the built seed site (under /archive/): every page of
 * src/content/docs/{lang}/ is there with its heading and the docs' navigation, its code
 * highlighted by Shiki in two themes left to CSS, no script; its examples are what the site
 * serves, in every translation; its links resolve; and every page of the site links to the docs
 * in its language.
 */
const siteDir = inject('siteDir');
const base = inject('siteBase');
const read = (path: string) => readFileSync(join(siteDir, path), 'utf8');
const SAMPLE = 'zh/E/RES/2015/26';

/** The English docs pages, from their sources: every page of the docs, in the navigation's order. */
const DOCS = docsSources('en');
/** The languages other than English, each with the pages translated into it. */
const TRANSLATED = LANGS.filter((lang) => lang !== 'en').map((lang) => ({ lang, pages: docsSources(lang) }));

/** An English docs page's path in the site, base-relative: `en/docs/` or `en/docs/citing/`. */
const docsPath = (id: string) => docsSitePath('en', id);
const docsHtml = (id: string, lang: Lang = 'en') => read(`${docsSitePath(lang, id)}index.html`);

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
    const paraId = paraWithItems(resolution)!.items[2]!.id;
    expect(paraId).toBe('para-48-c');
    for (const lang of LANGS) {
      const html = docsHtml('citing', lang);
      for (const format of CITE_FORMATS) {
        const inputs = [{ resolution, url }, { resolution, url, paraId }];
        if (format.kind === 'text') expect(rowCodes(html, format.id), `${lang} ${format.id}`).toEqual(inputs.map((input) => format.cite(input)));
        // RIS ends its lines with CRLF, as the format asks; the page shows lines.
        else expect(example(html, format.id), `${lang} ${format.id}`).toBe(format.cite(inputs[1]!).replace(/\r\n/g, '\n').replace(/\n$/, ''));
      }
      expect(rowCodes(html, 'un'), lang).toEqual(['经济及社会理事会第2015/26号决议', '经济及社会理事会第2015/26号决议第48(c)段']);
    }
  });

  it('link the contract’s anchors to the sample page where it has them', () => {
    for (const lang of LANGS) {
      const html = docsHtml('citing', lang);
      for (const id of ['preamble-3', 'section-2', 'para-12', 'para-48-c', 'fn-4', 'fnref-4']) {
        expect(html, `${lang} ${id}`).toContain(`href="${base}${SAMPLE}/#${id}"`);
      }
    }
  });

  it('show how each form names a place, in src/cite’s words, the UN’s in the page’s language', () => {
    const rows = (lang: Lang) => {
      const html = docsHtml('citing', lang);
      const table = html.slice(html.indexOf('data-docs-example="pinpoints"'), html.indexOf('</table>', html.indexOf('data-docs-example="pinpoints"')));
      return [...table.matchAll(/<tr><td>([^]*?)<\/td><td[^>]*>([^]*?)<\/td><td[^>]*>([^]*?)<\/td><\/tr>/g)].map((m) => m.slice(1).map((cell) => textOf(cell)));
    };
    expect(rows('en')).toEqual([
      ['para. 12', '¶ 12', 'para 12'],
      ['para. 48 (c)', '¶ 48(c)', 'para 48(c)'],
      ['third preambular paragraph', 'pmbl. ¶ 3', 'preambular para 3'],
      ['annex, para. 3', 'annex, ¶ 3', 'annex, para 3'],
      ['annex II, para. 3', 'annex II, ¶ 3', 'annex II, para 3'],
      ['footnote 4', 'n.4', 'n 4'],
    ]);
    expect(BLUEBOOK_PIN_WORDS.preamble).toBe('pmbl. ¶ ');
    expect(OSCOLA_PIN_WORDS.preamble).toBe('preambular para ');
    expect(rows('zh').map((row) => row[0])).toEqual(['第12段', '第48(c)段', '序言部分第三段', '附件第3段', '附件二第3段', '脚注4']);
    expect(rows('ar')[1]).toEqual(['الفقرة 48 (ج)', '¶ 48(c)', 'para 48(c)']);
    for (const { lang } of TRANSLATED) expect(rows(lang).map((row) => row.slice(1)), lang).toEqual(rows('en').map((row) => row.slice(1)));
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

  it('quote the footer’s acknowledgement of the United Nations in all six languages, in every translation', () => {
    for (const lang of LANGS) {
      const html = docsHtml('index', lang);
      const footer = html.slice(html.indexOf('<footer'));
      const line = textOf(new RegExp(`<p lang="${lang}"[^>]*>([^]*?) · <a `).exec(footer)![1]!);
      expect(line, lang).toContain(uiStrings(lang).footer.source);
      expect(textOf(html.slice(html.indexOf('<ul class="docs-acknowledgement"'))), lang).toContain(line);
      expect(html).toContain('<li lang="ar" dir="rtl">');
    }
  });

  it('are linked from the footer of every page of the site, in the page’s language', () => {
    const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const lang = /<html lang="([a-z]+)"/.exec(read(page))?.[1];
      // The landing page speaks all six languages, each paragraph of its footer with its own link.
      const langs = page === 'index.html' ? LANGS : [lang];
      for (const l of langs) expect(read(page), page).toContain(`<a class="site-footer-docs" href="${base}${l}/docs/">`);
    }
  });

  it('have no broken link or anchor', () => {
    const report = checkLinks(siteDir, base);
    const fromDocs = report.broken.filter((b) => /\/docs\//.test(b.page) || b.href.includes('/docs/'));
    expect(fromDocs).toEqual([]);
    // The docs link the sample's page, model and export, and each other.
    const links = DOCS.flatMap(({ id }) => attributeValues(docsHtml(id), 'href'));
    expect(links).toContain(`${base}${SAMPLE}/#para-48-c`);
    expect(links).toContain(`${base}en/docs/deploying/#a-sub-path`);
    for (const { lang } of TRANSLATED) expect(attributeValues(docsHtml('citing', lang), 'href'), lang).toContain(`${base}en/docs/deploying/#a-sub-path`);
  });
});

describe('the docs in the five other languages', () => {
  it('translate at least what the archive is and how to cite it, each page in its language and direction, its title the one heading', () => {
    for (const { lang, pages } of TRANSLATED) {
      expect(pages.map((p) => p.id), lang).toEqual(expect.arrayContaining(['index', 'citing']));
      const { dir, docs } = uiStrings(lang);
      for (const { id, title } of pages) {
        expect(DOCS.find((d) => d.id === id)?.order, `${lang}/${id} translates an English page, in its place`).toBe(pages.find((p) => p.id === id)!.order);
        const html = docsHtml(id, lang);
        expect(html, `${lang}/${id}`).toContain(`<html lang="${lang}" dir="${dir}">`);
        expect([...html.matchAll(/<h1\b[^>]*>([^]*?)<\/h1>/g)].map((m) => textOf(m[1]!)), `${lang}/${id}`).toEqual([title]);
        expect(html).toContain(`<title>${title} | ${docs.title} | `);
      }
    }
  });

  it('list every page in the navigation: the translations in the language, the others in English, linked to /en/docs/ and marked so', () => {
    for (const { lang, pages } of TRANSLATED) {
      const html = docsHtml('index', lang);
      const nav = html.slice(html.indexOf('<nav class="docs-nav"'), html.indexOf('</nav>', html.indexOf('<nav class="docs-nav"')));
      const items = [...nav.matchAll(/<li>([^]*?)<\/li>/g)].map((m) => m[1]!);
      expect(items.length, lang).toBe(DOCS.length);
      for (const [i, { id, title }] of DOCS.entries()) {
        const own = pages.find((p) => p.id === id);
        if (own) {
          expect(items[i], `${lang} ${id}`).toMatch(new RegExp(`^<a href="${base}${docsSitePath(lang, id)}"`));
          expect(textOf(items[i]!)).toBe(own.title);
        } else {
          expect(items[i], `${lang} ${id}`).toMatch(new RegExp(`^<a href="${base}${docsSitePath('en', id)}" hreflang="en"><span lang="en" dir="ltr">${title}</span>`));
          expect(textOf(items[i]!), `${lang} ${id}`).toContain(uiStrings(lang).docs.inEnglish);
        }
      }
    }
  });

  it('switch language between translations of the same page, and name them as alternates', () => {
    const html = docsHtml('citing', 'ar');
    const switcher = html.slice(html.indexOf('<nav class="site-languages"'), html.indexOf('</nav>', html.indexOf('<nav class="site-languages"')));
    expect(attributeValues(switcher, 'href')).toEqual(LANGS.map((lang) => `${base}${docsSitePath(lang, 'citing')}`));
    const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([a-z]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(alternates).toEqual(LANGS.map((lang) => [lang, `${base}${docsSitePath(lang, 'citing')}`]));
    // An English-only page has no alternates; its switcher leads to each language's docs.
    const deploying = docsHtml('deploying');
    expect(deploying).not.toMatch(/<link rel="alternate" hreflang/);
    expect(deploying).toContain(`<a href="${base}zh/docs/" lang="zh" hreflang="zh"`);
  });
});
