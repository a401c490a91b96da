import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importAkn } from '../../../src/pipeline/akn/import-akn.ts';
import { catalogueCard } from '../../../src/pipeline/emit/catalogue-card.ts';
import { subjectsOf } from '../../../src/utils/subjects.ts';
import { webUrl } from '../../../src/utils/web-url.ts';
import { aknSource } from '../../helpers/hostile/akn-source.ts';
import { PROPERTY_SEED } from '../../helpers/hostile/model-texts.ts';
import { hostileHref, webHref } from '../../helpers/hostile/urls.ts';

/*
 * Issue 16, point 4: links in a source's metadata. An Akoma Ntoso `<keyword href="javascript:…">`
 * became `<a href="javascript:…">` on the subject pages in six languages. A URL from a source is
 * kept only when it is http or https: the model and the catalogue hold no other, and the subject
 * lists (pages, sitemap) write none, whatever a catalogue holds.
 */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');

describe('links in a source\'s metadata', () => {
  it('an Akoma Ntoso keyword keeps its link only when it is http or https', () => {
    fc.assert(
      fc.property(aknSource(1), fc.array(fc.tuple(fc.oneof(hostileHref, webHref), fc.constantFrom('UNBIS', 'EuroVoc'), fc.constantFrom('public_health', 'trade', 'women')), { minLength: 1, maxLength: 6 }), (source, keywords) => {
        const meta = keywords.map(([href, dictionary, value]) => `<keyword value="${value}" href="${attribute(href)}" showAs="${value}" dictionary="${dictionary}"/>`).join('');
        const xml = new TextDecoder().decode(source.bytes).replace('</identification></meta>', () => `</identification><classification source="#x">${meta}</classification></meta>`);
        const imported = importAkn(new TextEncoder().encode(xml), source.name);
        const card = catalogueCard(imported);
        for (const subject of card.subjects) expect(webUrl(subject.href), subject.href).toBe(subject.href);
        // Every http(s) link given is kept (once per scheme and link).
        const kept = new Set(keywords.filter(([href]) => webUrl(href) !== null).map(([href, dictionary]) => `${dictionary} ${href}`));
        expect(new Set(card.subjects.map((s) => `${s.scheme} ${s.href}`))).toEqual(kept);
        for (const subject of subjectsOf([card])) for (const { href } of subject.schemes) expect(webUrl(href)).toBe(href);
      }),
      { seed: PROPERTY_SEED, numRuns: 200 },
    );
  });

  it('the subject lists write no link that is not http or https, whatever the catalogue holds', () => {
    fc.assert(
      fc.property(hostileHref, (href) => {
        const subjects = subjectsOf([{ subjects: [{ scheme: 'UNBIS', term: 'public_health', href }, { scheme: 'EuroVoc', term: 'public_health', href: 'http://eurovoc.europa.eu/5585' }] }]);
        expect(subjects).toEqual([{ slug: 'public-health', label: 'public health', schemes: [{ scheme: 'EuroVoc', href: 'http://eurovoc.europa.eu/5585' }] }]);
      }),
      { seed: PROPERTY_SEED, numRuns: 200 },
    );
  });
});
