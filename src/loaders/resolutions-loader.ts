import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { load as parseYaml } from 'js-yaml';
import { mdxToMdast, type MdastNode } from 'satteri';
import { paragraphPin } from '../cite/page.ts';
import { renderDocument } from '../document-html/render-document.ts';
import { uiStrings } from '../i18n/index.ts';
import type { ResolutionPage } from '../schemas/resolution-page.ts';
import type { Resolution } from '../schemas/resolution.ts';
import type { DocumentContext } from '../utils/document-context.ts';
import { modelIndex, modelLinks } from '../utils/model-index.ts';
import { readRenderedText, removeRenderedTextsExcept, writeRenderedText } from './rendered-text.ts';
import { pageDependencies } from '../utils/page-dependencies.ts';

/** Where the loader reads, and what the HTML it stores depends on besides each page's own files. */
export interface ResolutionsLoaderOptions {
  /** The generated folder: `resolutions/` (MDX) and `models/` (JSON), `links.json`. */
  generated: string;
  /**
   * The version of the code and settings that render a page (scripts/site.ts passes its
   * `siteVersion`). Without one, every entry is rendered again on every build: a store made by
   * other code must never be taken for this code's.
   */
  version: string | undefined;
}

/**
 * The `resolutions` collection: one entry per generated MDX file, `{lang}/{symbol}`, its front
 * matter as the entry's data and its text rendered to HTML once, here, at content sync: the MDX
 * is parsed by satteri (the compiler @astrojs/mdx uses) and each of its elements rendered by a
 * plain function (src/document-html/), so that no page costs a Vite module of its own. Each entry
 * keeps a digest of everything its HTML is made of (its MDX and model, what it shows of other
 * pages, the rendering code); the HTML is kept under that digest beside the content store
 * (rendered-text.ts: in the store it would be bundled and compiled as one huge module), and the
 * page reads it. An entry whose digest is unchanged since the last sync is not parsed or rendered
 * again (docs/performance.md).
 */
export function resolutionsLoader(options: ResolutionsLoaderOptions): Loader {
  return {
    name: 'resolutions-loader',
    async load({ store, parseData, logger }) {
      const dir = join(options.generated, 'resolutions');
      const links = modelLinks();
      const index = modelIndex();
      const seen = new Set<string>();
      const digests = new Set<string>();
      let rendered = 0;
      for (const path of mdxFiles(dir)) {
        const id = path.slice(0, -'.mdx'.length);
        const file = join(dir, path);
        seen.add(id);
        const mdx = readFileSync(file, 'utf8');
        const modelJson = readFileSync(join(options.generated, 'models', `${id}.json`), 'utf8');
        const digest = sha256(options.version ?? 'unversioned', mdx, modelJson, pageDependencies(id, index, links));
        digests.add(digest);
        // Kept only under a known version of the rendering code, and while its text is there.
        if (options.version && store.get(id)?.digest === digest && readRenderedText(digest) !== null) continue;
        const tree = mdxToMdast(mdx);
        const data = await parseData({ id, data: frontMatter(tree, file), filePath: file });
        const page = data as unknown as ResolutionPage;
        if (`${page.lang}/${page.symbol}` !== id) throw new Error(`${file}: its front matter says ${page.lang}/${page.symbol}; the file's place says ${id}`);
        writeRenderedText(digest, renderPage(tree, page, modelJson, file));
        store.set({ id, data, filePath: relative(process.cwd(), file), digest });
        rendered++;
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      removeRenderedTextsExcept(digests);
      logger.info(`${rendered} of ${seen.size} resolution texts rendered (${seen.size - rendered} unchanged)`);
    },
  };
}

/** The page's text as HTML, with the context its components need: the reader's strings, links into the archive, "cited by" counts, pinpoints. */
function renderPage(tree: MdastNode, page: ResolutionPage, modelJson: string, file: string): string {
  // Validated by the importer before scripts/build.ts wrote it (model-files.ts).
  const model = JSON.parse(modelJson) as Resolution;
  const { archive, citedBy } = modelIndex();
  const citedCounts = new Map<string, number>();
  for (const citation of citedBy.get(page.symbol) ?? []) {
    if (citation.para) citedCounts.set(`para-${citation.para}`, (citedCounts.get(`para-${citation.para}`) ?? 0) + 1);
  }
  const context: DocumentContext = {
    lang: page.lang,
    strings: uiStrings(page.lang),
    closing: page.closing,
    archive,
    citedCount: (id) => citedCounts.get(id) ?? 0,
    citePin: (id) => paragraphPin(model, id),
  };
  try {
    return renderDocument(tree, context);
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** The front matter of a parsed MDX file: every value a JSON literal (src/pipeline/emit/mdx.ts), read as the YAML it also is. */
function frontMatter(tree: MdastNode, file: string): Record<string, unknown> {
  const yaml = (tree as unknown as { children: MdastNode[] }).children.find((node) => node.type === 'yaml') as { value: string } | undefined;
  const data = yaml ? parseYaml(yaml.value) : undefined;
  if (typeof data !== 'object' || data === null) throw new Error(`${file}: no front matter`);
  return data as Record<string, unknown>;
}

/** Every `.mdx` file under `dir`, as paths relative to it ("zh/E/RES/2015/26.mdx"), sorted. */
function mdxFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) return mdxFiles(dir, path);
      return entry.name.endsWith('.mdx') ? [path] : [];
    });
}

const sha256 = (...parts: string[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};
