import type { Element } from '@xmldom/xmldom';
import type { Classification } from '../imported.ts';
import { webUrl } from '../../utils/web-url.ts';
import { attr, childElement, childElements, descendants } from './dom.ts';

/**
 * Reads the UN's subject classification from `meta/classification`: the Sustainable
 * Development Goals (dictionary "SDGO", value "17") and the UNBIS and EuroVoc terms, each
 * kept once, in the order the file first gives them (the file repeats a term under every
 * goal it serves). The library's authority terms ("DHLAUTH", "UNBIS Thesaurus") carry no
 * link and are left out; so is a term whose link is no http or https address (a `javascript:`
 * href would become a link on the subject pages).
 */
export function readClassification(statement: Element): Classification {
  const meta = childElement(statement, 'meta');
  const keywords = meta ? childElements(meta, 'classification').flatMap((c) => descendants(c, 'keyword')) : [];
  const sdgGoals: number[] = [];
  const subjects: Classification['subjects'] = [];
  for (const keyword of keywords) {
    const dictionary = attr(keyword, 'dictionary');
    const value = attr(keyword, 'value');
    const href = webUrl(attr(keyword, 'href'));
    if (dictionary === 'SDGO' && value && /^\d{1,2}$/.test(value)) {
      const goal = Number(value);
      if (goal >= 1 && goal <= 17 && !sdgGoals.includes(goal)) sdgGoals.push(goal);
    } else if ((dictionary === 'UNBIS' || dictionary === 'EuroVoc') && value && href) {
      if (!subjects.some((s) => s.scheme === dictionary && s.href === href)) subjects.push({ scheme: dictionary, term: value, href });
    }
  }
  return { sdgGoals, subjects };
}
