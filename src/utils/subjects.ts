import type { CatalogueCard } from '../schemas/catalogue-card.ts';
import { webUrl } from './web-url.ts';

/** A subject term as the lists show it: every scheme that classifies a resolution under it. */
export interface Subject {
  /** URL-safe key of the term: "public-health", "womens-rights". */
  slug: string;
  /** The term as words, in English as the thesauri give it: "public health". */
  label: string;
  /** The schemes that hold the term, with the address of its concept in each (UNBIS first). */
  schemes: { scheme: 'UNBIS' | 'EuroVoc'; href: string }[];
}

/** A thesaurus term's URL key: "women's_rights" → "womens-rights", "land,_plant_and_soil_resources" → "land-plant-and-soil-resources". */
export function subjectSlug(term: string): string {
  return term
    .normalize('NFKD')
    .toLowerCase()
    .replace(/['’\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A term as words: "public_health" → "public health". */
export function subjectLabel(term: string): string {
  return term.replace(/_+/g, ' ').trim();
}

/**
 * The subjects of some cards, one per term whichever scheme it comes from: UNBIS and EuroVoc
 * share most terms ("public_health" is in both), and a reader looks for the topic, not the
 * thesaurus; the schemes stay listed with the subject. Sorted by label.
 */
export function subjectsOf(cards: readonly Pick<CatalogueCard, 'subjects'>[]): Subject[] {
  const bySlug = new Map<string, Subject>();
  for (const card of cards) {
    for (const { scheme, term, href } of card.subjects) {
      const slug = subjectSlug(term);
      if (!slug) continue;
      const subject = bySlug.get(slug) ?? { slug, label: subjectLabel(term), schemes: [] };
      // Only an http(s) link is written, whatever a catalogue made by an older build holds.
      const link = webUrl(href);
      if (link !== null && !subject.schemes.some((s) => s.scheme === scheme)) subject.schemes.push({ scheme, href: link });
      bySlug.set(slug, subject);
    }
  }
  const unbisFirst = (scheme: string) => (scheme === 'UNBIS' ? 0 : 1);
  for (const subject of bySlug.values()) subject.schemes.sort((a, b) => unbisFirst(a.scheme) - unbisFirst(b.scheme));
  return [...bySlug.values()].sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

/** Whether a card is classified under the subject of that slug, in any scheme. */
export function hasSubject(card: Pick<CatalogueCard, 'subjects'>, slug: string): boolean {
  return card.subjects.some((s) => subjectSlug(s.term) === slug);
}
