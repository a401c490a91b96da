import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../src/schemas/lang.ts';

/** The docs' sources, src/content/docs/{lang}/. */
const DOCS_DIR = join(import.meta.dirname, '../../src/content/docs');

/** One docs page, from its source: id, title and order. */
export interface DocsSource {
  id: string;
  title: string;
  order: number;
}

/** The docs pages written in `lang`, from their sources, sorted as the navigation lists them (none for a language without a folder). */
export function docsSources(lang: Lang): DocsSource[] {
  const dir = join(DOCS_DIR, lang);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(source)?.[1] ?? '';
      return { id: file.slice(0, -'.mdx'.length), title: field('title'), order: Number(field('order')) };
    })
    .sort((a, b) => a.order - b.order);
}

/** A docs page's path in the site, base-relative: `zh/docs/` or `zh/docs/citing/`. */
export function docsSitePath(lang: Lang, id: string): string {
  return id === 'index' ? `${lang}/docs/` : `${lang}/docs/${id}/`;
}
