import type { Resolution } from '../../schemas/resolution.ts';
import { blocks, mainBody } from './body.ts';
import { identification } from './identification.ts';
import type { Render } from './render.ts';
import { el, type XmlElement } from './xml.ts';

/**
 * The annexes as the UN sets them: `attachments`, each `attachment` a `doc name="annex"`
 * with its own FRBR identification (component "annex", or "annex_2" where there are several) and a `mainBody` whose first
 * paragraph is the annex's title as a `subheading`, then its headings and paragraphs.
 */
export function attachments(model: Resolution, render: Render): XmlElement | null {
  if (model.annexes.length === 0) return null;
  return el(
    'attachments',
    {},
    model.annexes.map((annex, i) =>
      el(
        'attachment',
        { eId: annex.id },
        el(
          'doc',
          // An annex printed without a title: a reader takes the doc's name for the title, so it is empty.
          { name: annex.title === '' ? '' : 'annex' },
          el('meta', {}, identification(model, model.annexes.length === 1 ? 'annex' : `annex_${i + 1}`)),
          mainBody([
            ...(annex.title === '' ? [] : [el('paragraph', { eId: `${annex.id}-title`, class: 'H23' }, el('subheading', {}, ...render.inline(annex.title), ...render.marks(`${annex.id}-title`)))]),
            ...blocks(annex.body, `${annex.id}-`, render),
          ]),
        ),
      ),
    ),
  );
}
