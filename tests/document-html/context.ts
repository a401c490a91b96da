import { uiStrings } from '../../src/i18n/index.ts';
import type { Lang } from '../../src/schemas/lang.ts';
import { archiveLookup } from '../../src/utils/citation-href.ts';
import type { DocumentContext } from '../../src/utils/document-context.ts';

/** A page's context for the handlers' tests: an archive holding E/RES/2015/26 in zh and en (with para-12), cited twice at para-3. */
export function testContext(lang: Lang = 'en', over: Partial<DocumentContext> = {}): DocumentContext {
  const archive = archiveLookup(new Map([['E/RES/2015/26', ['zh', 'en'] as const]]), new Map([['en E/RES/2015/26', new Set(['para-12'])], ['zh E/RES/2015/26', new Set(['para-12'])]]));
  return { lang, strings: uiStrings(lang), closing: [], archive, citedCount: (id) => (id === 'para-3' ? 2 : 0), citePin: () => null, ...over };
}
