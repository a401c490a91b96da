import { createHash } from 'node:crypto';
import type { CardContent } from './card-content.ts';

/**
 * The name a card is kept under in the build's cache: a digest of everything it is drawn from,
 * its text and the version of the drawing (code, fonts, renderer). The same page with the same
 * title draws the same card, which a rebuild takes from the cache instead of drawing it again.
 */
export function cardKey(content: CardContent, drawingVersion: string): string {
  const fields = [drawingVersion, content.lang, content.dir, content.masthead, content.symbol, content.title, content.adopted ?? '', content.archive];
  return createHash('sha256').update(fields.join('\0')).digest('hex');
}
