import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The floor: a bare Astro project that writes the same resolution pages straight from the model
 * JSON files (`.generated/models`), with no MDX, no content collections and no pipeline, then
 * runs Pagefind over their HTML (html-bundle.ts), one language at a time as ours. What our build
 * costs above it is the price of the design.
 * Written under `.cache/bench/floor/`, using the installed astro through a node_modules link.
 */
export function writeFloorProject(root: string, folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'src/pages/[lang]'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'));
  writeFileSync(join(folder, 'package.json'), '{ "name": "bench-floor", "private": true, "type": "module" }\n');
  writeFileSync(
    join(folder, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// Pagefind over the pages' HTML, one language at a time as ours, the bundles merged (src/integrations/pagefind-bundle.ts).
import { closePagefind, mergeBundles } from ${JSON.stringify(join(root, 'src/integrations/pagefind-bundle.ts'))};
import { writeHtmlBundle } from ${JSON.stringify(join(root, 'scripts/bench/html-bundle.ts'))};
export default defineConfig({
  output: 'static',
  outDir: process.env.ARCHIVE_OUT_DIR,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [{
    name: 'floor:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const langs = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
        let pages = 0;
        for (const lang of langs) pages += (await writeHtmlBundle(site, lang, site + '.pf-' + lang)).pages;
        await closePagefind();
        mergeBundles(langs.map((lang) => site + '.pf-' + lang), site + 'pagefind');
        for (const lang of langs) rmSync(site + '.pf-' + lang, { recursive: true, force: true });
        logger.info(\`read \${pages} HTML files, wrote the index in \${((performance.now() - started) / 1000).toFixed(1)} s\`);
      },
    },
  }],
});
`,
  );
  writeFileSync(
    join(folder, 'src/pages/[lang]/[...symbol].astro'),
    `---
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
export function getStaticPaths() {
  const base = process.env.BENCH_MODELS;
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) {
        const model = JSON.parse(readFileSync(path, 'utf8'));
        out.push({ params: { lang: model.lang, symbol: model.symbol }, props: { model } });
      }
    }
  };
  walk(base);
  return out;
}
const { model } = Astro.props;
---
<html lang={model.lang}>
  <head><meta charset="utf-8" /><title>{model.number}. {model.title} ({model.symbol})</title></head>
  <body>
    <article data-pagefind-body>
      <p data-pagefind-meta="symbol">{model.symbol}</p>
      <h1 data-pagefind-meta="title">{model.title}</h1>
      {[...model.preamble, ...model.body, ...model.annexes.flatMap((a) => a.body)].map(function block(b) {
        return b.kind === 'heading' ? <h2 id={b.id}>{b.text}</h2> : (
          <div id={b.id}>{b.num && <span>{b.num}</span>} {b.text}{b.items.length > 0 && b.items.map(block)}</div>
        );
      })}
      <ol>{model.footnotes.map((f) => <li id={f.id}>{f.text}</li>)}</ol>
    </article>
  </body>
</html>
`,
  );
}
