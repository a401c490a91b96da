import { describe, expect, it } from 'vitest';
import { hasSubject, subjectLabel, subjectSlug, subjectsOf } from '../../../src/utils/subjects.ts';

// Terms as the corpus's AKN classification gives them.
const unbis = (term: string, id = '1') => ({ scheme: 'UNBIS' as const, term, href: `http://metadata.un.org/thesaurus/${id}` });
const eurovoc = (term: string, id = '1') => ({ scheme: 'EuroVoc' as const, term, href: `http://eurovoc.europa.eu/${id}` });

describe('subjects', () => {
  it('makes URL keys and words of the thesaurus terms', () => {
    expect(subjectSlug('public_health')).toBe('public-health');
    expect(subjectSlug("women's_rights")).toBe('womens-rights');
    expect(subjectSlug('land,_plant_and_soil_resources')).toBe('land-plant-and-soil-resources');
    expect(subjectSlug('66_energy')).toBe('66-energy');
    expect(subjectLabel('public_health')).toBe('public health');
    expect(subjectLabel("women's_rights")).toBe("women's rights");
  });

  it('merges a term both thesauri hold into one subject, UNBIS first, sorted by words', () => {
    const subjects = subjectsOf([
      { subjects: [unbis('health', '1002824'), eurovoc('public_health', '3885'), unbis('public_health', '1005250')] },
      { subjects: [unbis('public_health', '1005250'), eurovoc('civil_society', '8428')] },
    ]);
    expect(subjects.map((s) => s.slug)).toEqual(['civil-society', 'health', 'public-health']);
    expect(subjects[2]).toEqual({
      slug: 'public-health',
      label: 'public health',
      schemes: [
        { scheme: 'UNBIS', href: 'http://metadata.un.org/thesaurus/1005250' },
        { scheme: 'EuroVoc', href: 'http://eurovoc.europa.eu/3885' },
      ],
    });
  });

  it('tells whether a card is classified under a subject in either thesaurus', () => {
    const card = { subjects: [eurovoc('public_health')] };
    expect(hasSubject(card, 'public-health')).toBe(true);
    expect(hasSubject(card, 'health')).toBe(false);
  });
});
