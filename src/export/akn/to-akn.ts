import type { Block } from '../../schemas/block.ts';
import type { Para } from '../../schemas/para.ts';
import type { Resolution } from '../../schemas/resolution.ts';
import { attachments } from './annexes.ts';
import { blocks, draftComponent, mainBody, splitTrailingDraft } from './body.ts';
import { conclusions } from './conclusions.ts';
import { planNotes, type Site } from './footnotes.ts';
import { coverPage, preface } from './front-matter.ts';
import { identification, meta } from './identification.ts';
import { preamble } from './preamble.ts';
import { newRender } from './render.ts';
import { el, serialise } from './xml.ts';

const AKN = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/**
 * One resolution in one language as Akoma Ntoso 3.0 XML (`/{lang}/{symbol}.akn.xml`), in the
 * UN's own conventions (AKN4UN) and valid against the OASIS schema. Every paragraph,
 * heading, annex and footnote carries the contract's anchor id as its eId ("para-12",
 * "preamble-3", "annex-1-para-2", "fn-4"), so a reader of the XML lands on the same
 * paragraph as a reader of the page. The project's AKN importer reads it back to the same
 * model, but for `warnings` (their lines are the export's, and the export's markup has none
 * of the UN files' irregularities they report). What the model does not keep cannot come
 * back: footnote marks stand at the end of their paragraph's words (the model keeps which
 * notes a paragraph references, not where), and characters XML 1.0 cannot carry are
 * stripped (xml.ts). Tests: tests/export/akn.
 */
export function resolutionToAkn(model: Resolution): string {
  const plan = planNotes(readingOrder(model), model.footnotes);
  const render = newRender(model.lang, plan, model.footnotes);
  const { main, draft } = splitTrailingDraft(model.body);
  const statement = el(
    'statement',
    { name: 'resolution' },
    meta(model),
    coverPage(model),
    preface(model, render.marks('title')),
    preamble(model, render),
    mainBody(blocks(main, '', render)),
    conclusions(model, render),
    attachments(model, render),
    draft.length > 0 ? el('components', {}, draftComponent(draft, render, el('meta', {}, identification(model, 'draft')))) : null,
  );
  const root = el('akomaNtoso', { xmlns: AKN }, statement);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialise(root)}\n`;
}

/**
 * The places where footnote marks can stand, in the order the importer reads them: the
 * title, the formula, the preamble, the operative part (headings and a draft's formula are
 * slots, whose marks the model does not keep), each annex's title and body, the closing lines.
 */
export function readingOrder(model: Resolution): Site[] {
  const sites: Site[] = [{ key: 'title', kind: 'slot', notes: [] }, { key: 'formula', kind: 'slot', notes: [] }];
  const para = (p: Para): void => {
    sites.push({ key: p.id, kind: /(?:^|-)formula$/.test(p.id) ? 'slot' : 'para', notes: p.notes });
    p.items.forEach(para);
  };
  const block = (b: Block): void => (b.kind === 'heading' ? void sites.push({ key: b.id, kind: 'slot', notes: [] }) : para(b));
  model.preamble.forEach(para);
  model.body.forEach(block);
  for (const annex of model.annexes) {
    if (annex.title !== '') sites.push({ key: `${annex.id}-title`, kind: 'slot', notes: [] });
    annex.body.forEach(block);
  }
  sites.push({ key: 'conclusions', kind: 'slot', notes: [] });
  return sites;
}
