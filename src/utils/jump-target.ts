import type { Lang } from '../schemas/lang.ts';
import { modelPath, resolutionPath, undocsUrl } from './paths.ts';

/*
 * Where a citation typed into the search box leads. A static site has no index to ask, so the
 * host is asked: the page's own model (`/{lang}/{symbol}.json`, CONTRACT.md) says both that the
 * archive holds the version and which paragraph ids it has; other languages are asked with HEAD,
 * a few hundred bytes each, and only when the page's language is missing.
 */

/** A citation to locate: a canonical UN symbol and maybe a paragraph number. */
export interface JumpCitation {
  symbol: string;
  para?: string;
}

/** Where a citation leads: a page of the archive, or the UN's copy on undocs.org. */
export type JumpTarget =
  | {
      held: true;
      symbol: string;
      /** The version linked: the page's language, else the first held in the UN's order. */
      lang: Lang;
      href: string;
      /** The paragraph linked, only when that version has its anchor. */
      para?: string;
    }
  | { held: false; symbol: string; href: string };

/** The part of `fetch` this module uses; tests pass their own. */
export type Fetcher = (url: string, init?: { method?: string }) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

const LANGS: readonly Lang[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
/** The archive holds resolutions only: any other symbol goes to undocs.org without asking the host. */
const RESOLUTION = /^[AE]\/RES\//;

/** True when some object inside `value` has the id `id` (a model's paragraphs nest in body, items, annexes). */
export function hasId(value: unknown, id: string): boolean {
  if (Array.isArray(value)) return value.some((item) => hasId(item, id));
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return record.id === id || Object.values(record).some((child) => typeof child === 'object' && hasId(child, id));
}

/** What the host answers for one version: its model (or just `true` after a HEAD) when held, `false` on 404; anything else is an error. */
async function ask(get: Fetcher, url: string, wantModel: boolean): Promise<unknown> {
  const response = await get(url, wantModel ? undefined : { method: 'HEAD' });
  if (response.ok) return wantModel ? response.json() : true;
  if (response.status === 404) return false;
  throw new Error(`HTTP ${response.status} for ${url}`);
}

/**
 * Locates `citation` for a search page in `page`: the page's version when held, else the first
 * version held in the UN's language order, at `#para-N` only when that version has it; undocs.org
 * in the page's language when the archive holds none. Rejects when the host cannot be asked (then
 * nothing is known, and nothing is offered).
 */
export async function locateJump(citation: JumpCitation, page: Lang, get: Fetcher, base?: string): Promise<JumpTarget> {
  const { symbol, para } = citation;
  if (!RESOLUTION.test(symbol)) return { held: false, symbol, href: undocsUrl(page, symbol) };
  // The model only when a paragraph is asked for: it is the one place that lists the anchors.
  const wantModel = para !== undefined;
  let lang = page;
  let found = await ask(get, modelPath(page, symbol, base), wantModel);
  if (found === false) {
    const others = LANGS.filter((other) => other !== page);
    const answers = await Promise.all(others.map((other) => ask(get, modelPath(other, symbol, base), false)));
    const other = others.find((_, i) => answers[i] === true);
    if (other === undefined) return { held: false, symbol, href: undocsUrl(page, symbol) };
    lang = other;
    found = wantModel ? await ask(get, modelPath(other, symbol, base), true) : true;
  }
  const anchor = para !== undefined && hasId(found, `para-${para}`) ? `para-${para}` : undefined;
  const target: JumpTarget = { held: true, symbol, lang, href: resolutionPath(lang, symbol, anchor, base) };
  if (anchor !== undefined) target.para = para;
  return target;
}
