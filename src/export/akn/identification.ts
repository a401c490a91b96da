import type { Resolution } from '../../schemas/resolution.ts';
import { AKN_LANGUAGE } from './language.ts';
import { el, type XmlElement } from './xml.ts';

/**
 * The FRBR identification, in the UN's own form (AKN4UN):
 * work `/akn/un/statement/deliberation/unecosoc/2023-06-07/2023-11/`, expression `…/eng@/`,
 * manifestation `…/eng@.xml`; a part of a resolution adopted in parts is "2021-2B". The
 * date is the adoption's; a model that has none dates the work by the year of its number
 * (named "year", which no reader takes for the adoption).
 */
export function workUri(model: Resolution): string {
  return `/akn/un/statement/deliberation/${model.organ === 'GA' ? 'unga' : 'unecosoc'}/${workDate(model).date}/${workNumber(model.number)}/`;
}

/** "2023/11" → "2023-11", "2021/2 B" → "2021-2B". */
export function workNumber(number: string): string {
  return number.replace(/\s+(?=[A-Z]$)/, '').replace(/[/\s]+/g, '-');
}

function workDate(model: Resolution): { date: string; name: string } {
  if (model.adopted) return { date: model.adopted, name: 'adoption' };
  const year = /^(\d{4})\//.exec(model.number)?.[1];
  return { date: year ? `${year}-01-01` : '0001-01-01', name: 'year' };
}

/**
 * `meta/identification` of the resolution, or with `component` of its annex ("annex", as the UN
 * names a resolution's only annex; "annex_2" where there are several): work `…/!main/`,
 * expression `…/eng@!main/`, manifestation `…/eng@/!main.xml`, as in the UN's files.
 */
export function identification(model: Resolution, component = 'main'): XmlElement {
  const work = workUri(model);
  const language = AKN_LANGUAGE[model.lang];
  const date = workDate(model);
  const author = model.organ === 'GA' ? '#unga' : '#ecosoc';
  const main = component === 'main';
  return el(
    'identification',
    { source: '#archive' },
    el(
      'FRBRWork',
      {},
      el('FRBRthis', { value: main ? `${work}!main/` : `${work}!main/${component}` }),
      el('FRBRuri', { value: work }),
      el('FRBRdate', { date: date.date, name: date.name }),
      el('FRBRauthor', { href: author, as: '#author' }),
      el('FRBRcountry', { value: 'un' }),
      el('FRBRnumber', { value: model.number, showAs: model.symbol }),
    ),
    el(
      'FRBRExpression',
      {},
      el('FRBRthis', { value: main ? `${work}${language}@!main/` : `${work}${language}@!main/${component}` }),
      el('FRBRuri', { value: `${work}${language}@/` }),
      el('FRBRdate', { date: date.date, name: date.name }),
      el('FRBRauthor', { href: author, as: '#author' }),
      el('FRBRlanguage', { language }),
    ),
    el(
      'FRBRManifestation',
      {},
      el('FRBRthis', { value: main ? `${work}${language}@/!main.xml` : `${work}${language}@/!main/${component}.xml` }),
      el('FRBRuri', { value: `${work}${language}@.xml` }),
      el('FRBRdate', { date: date.date, name: date.name }),
      el('FRBRauthor', { href: '#archive', as: '#editor' }),
    ),
  );
}

/** The resolution's `meta`: identification, and the references its `#ids` point at. */
export function meta(model: Resolution): XmlElement {
  const organ = model.organ === 'GA' ? { eId: 'unga', href: '/akn/ontology/organization/un/generalAssembly', showAs: 'General Assembly' } : { eId: 'ecosoc', href: '/akn/ontology/organization/un/economicAndSocialCouncil', showAs: 'Economic and Social Council' };
  return el(
    'meta',
    {},
    identification(model),
    el(
      'references',
      { source: '#archive' },
      el('TLCOrganization', { eId: 'archive', href: '/akn/ontology/organization/un/ecosocResolutionArchive', showAs: 'ECOSOC Resolution Archive (unofficial)' }),
      el('TLCOrganization', organ),
      el('TLCRole', { eId: 'author', href: '/akn/ontology/role/un/author', showAs: 'Author' }),
      el('TLCRole', { eId: 'editor', href: '/akn/ontology/role/un/editor', showAs: 'Editor' }),
      el('TLCConcept', { eId: 'symbol', href: '/akn/ontology/reference/un/symbol', showAs: 'Symbol' }),
      el('TLCTerm', { eId: 'resolutionTitle', href: '/akn/ontology/reference/un/resolutionTitle', showAs: 'Resolution title' }),
      el('TLCConcept', { eId: 'dateOfAdoption', href: '/akn/ontology/concept/un/dateOfAdoption', showAs: 'Date of adoption' }),
      el('TLCConcept', { eId: 'preamble', href: '/akn/ontology/concept/un/preamble', showAs: 'Preamble' }),
    ),
  );
}
