import type { Lang } from '../schemas/lang.ts';
import type { Para } from '../schemas/para.ts';
import type { Resolution } from '../schemas/resolution.ts';

/** The parts of the model the JSON-LD describes: who, what, when, and the paragraphs' anchors. */
export type LegislationSource = Pick<Resolution, 'symbol' | 'title' | 'number' | 'lang' | 'adopted' | 'preamble' | 'body' | 'annexes'>;

/** What the page knows besides its model. */
export interface LegislationContext {
  /** The page's URL (absolute when the site's host is known); paragraphs are `${url}#${id}`. */
  url: string;
  /** Every language version held, this one included, with its URL, in the UN's order. */
  versions: readonly { lang: Lang; url: string }[];
  /** The adopting organ's name in the page's language. */
  organName: string;
  /** "United Nations" in the page's language. */
  publisher: string;
}

/** Every paragraph's anchor id, in document order: preamble, operative part, annexes, each paragraph before its sub-paragraphs. */
export function paragraphIds(model: Pick<Resolution, 'preamble' | 'body' | 'annexes'>): string[] {
  const ids: string[] = [];
  const visit = (para: Para) => {
    ids.push(para.id);
    for (const item of para.items) visit(item);
  };
  model.preamble.forEach(visit);
  for (const block of model.body) if (block.kind === 'para') visit(block);
  for (const annex of model.annexes) for (const block of annex.body) if (block.kind === 'para') visit(block);
  return ids;
}

/**
 * The schema.org description of one resolution page: a `Legislation` identified by its symbol,
 * adopted by its organ of the United Nations, with a `workExample` per language version held and
 * a part per paragraph (its anchor as `identifier`, its URL at that anchor), so that a reader of
 * structured data can cite a paragraph as the page's own anchors do.
 */
export function legislationJsonLd(model: LegislationSource, context: LegislationContext): Record<string, unknown> {
  const united = { '@type': 'Organization', name: context.publisher };
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': context.url,
    url: context.url,
    legislationIdentifier: model.symbol,
    name: `${model.number}. ${model.title}`,
    ...(model.adopted ? { legislationDate: model.adopted } : {}),
    legislationPassedBy: { '@type': 'Organization', name: context.organName, parentOrganization: united },
    publisher: united,
    inLanguage: model.lang,
    workExample: context.versions.map((version) => ({ '@type': 'Legislation', url: version.url, inLanguage: version.lang })),
    hasPart: paragraphIds(model).map((id) => ({ '@type': 'Legislation', url: `${context.url}#${id}`, identifier: id })),
  };
}

/**
 * JSON for the inside of a `<script type="application/ld+json">`: every `<` written `\u003c`, so
 * that no text of a resolution can close the script (`</script`) or open a comment (`<!--`); the
 * line and paragraph separators escaped too, as some parsers of JSON-in-HTML take them for line ends.
 * JSON parsers read the escapes back as the same characters.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
