import { describe, expect, it } from 'vitest';
import type { PageLinks } from '../../../src/schemas/page-links.ts';
import { indexLinks } from '../../../src/utils/index-cards.ts';
import { linksForSlice, pageDependencies } from '../../../src/utils/page-dependencies.ts';

type Page = [string, PageLinks];
const page = (id: string, anchors: string[], refs: PageLinks['refs'] = []): Page => [id, { anchors, refs }];

function dependenciesOf(pages: Page[], id: string): string {
  const links = new Map(pages);
  return pageDependencies(id, indexLinks(links), links);
}

const citing = page('en/E/RES/2023/3', ['para-1'], [{ target: 'E/RES/2022/15', para: '2', in: 'para-1' }]);
const cited = page('en/E/RES/2022/15', ['para-1', 'para-2']);
const other = page('en/E/RES/2020/9', ['para-1']);

describe('pageDependencies', () => {
  it('does not change when a page it does not touch changes', () => {
    const before = dependenciesOf([citing, cited, other], citing[0]);
    expect(dependenciesOf([citing, cited, page(other[0], ['para-1', 'para-2'])], citing[0])).toBe(before);
  });

  it('changes when a page it cites loses a paragraph, or its own symbol gains a language', () => {
    const before = dependenciesOf([citing, cited], citing[0]);
    expect(dependenciesOf([citing, page(cited[0], ['para-1'])], citing[0])).not.toBe(before);
    expect(dependenciesOf([citing, cited, page('fr/E/RES/2023/3', ['para-1'])], citing[0])).not.toBe(before);
  });

  it('changes for the cited page when a new resolution cites it (its "cited by")', () => {
    expect(dependenciesOf([cited, citing], cited[0])).not.toBe(dependenciesOf([cited], cited[0]));
  });

  it('changes when a cited symbol comes into the archive (the link leaves undocs.org)', () => {
    expect(dependenciesOf([citing], citing[0])).not.toBe(dependenciesOf([citing, cited], citing[0]));
  });
});

describe('linksForSlice', () => {
  const pages: Page[] = [
    citing,
    cited,
    other,
    page('fr/E/RES/2022/15', ['para-1', 'para-2', 'para-3'], [{ target: 'E/RES/2020/9', in: 'para-3' }]),
    page('zh/E/RES/2021/1', ['para-1'], [{ target: 'E/RES/2022/15', para: '1', in: 'preamble-2' }, { target: 'E/RES/2020/9', in: 'para-1' }]),
    page('es/E/RES/2019/4', ['para-1'], [{ target: 'E/RES/2020/9', in: 'para-1' }]),
  ];
  const links = new Map(pages);
  const whole = indexLinks(links);

  it('gives every page of the slice the same facts as the whole archive does', () => {
    for (const ids of [[citing[0]], [cited[0]], [cited[0], other[0]], ['fr/E/RES/2022/15', 'zh/E/RES/2021/1']]) {
      const part = new Map(Object.entries(linksForSlice(ids, links)));
      const sliced = indexLinks(part);
      for (const id of ids) expect(pageDependencies(id, sliced, part)).toBe(pageDependencies(id, whole, links));
    }
  });

  it('leaves out what the slice does not need', () => {
    const part = linksForSlice([cited[0]], links);
    expect(Object.keys(part).sort()).toEqual(['en/E/RES/2022/15', 'en/E/RES/2023/3', 'fr/E/RES/2022/15', 'zh/E/RES/2021/1']);
    // The citing pages keep only their citations of the slice's symbols, and no anchors.
    expect(part['zh/E/RES/2021/1']).toEqual({ anchors: [], refs: [{ target: 'E/RES/2022/15', para: '1', in: 'preamble-2' }] });
  });
});
