import { describe, expect, it } from 'vitest';
import { coverPage, preface } from '../../../src/export/akn/front-matter.ts';
import { el, serialise } from '../../../src/export/akn/xml.ts';
import { readFrontMatter } from '../../../src/pipeline/akn/front-matter.ts';
import { all, model, parsed, statementOf } from './helpers.ts';

describe('coverPage and preface', () => {
  it('sets the number and title as the UN does: <docNumber>2023/3.</docNumber><docTitle>…</docTitle>', () => {
    expect(serialise(preface(model({ title: 'Science & technology <for> development' }), []))).toBe(
      '<preface>\n  <p><docNumber>2023/3.</docNumber><docTitle refersTo="#resolutionTitle">Science &amp; technology &lt;for&gt; development</docTitle></p>\n</preface>',
    );
  });

  it('sets a part’s letter as a second docNumber', () => {
    expect(all(parsed(preface(model({ symbol: 'E/RES/2021/2 B', number: '2021/2 B' }), [])), 'docNumber').map((e) => e.textContent)).toEqual(['2021/2.', 'B']);
  });

  it('puts the marks of notes on the title in the title', () => {
    expect(serialise(preface(model(), [el('authorialNote', { marker: '1' }, el('p', {}, 'Note.'))]))).toContain('<docTitle refersTo="#resolutionTitle">A title<authorialNote marker="1"><p>Note.</p></authorialNote></docTitle>');
  });

  it('sets the symbol and the agenda item, its value in title as the UN does', () => {
    const cover = parsed(coverPage(model({ agendaItem: '18 (b)' })));
    expect(all(cover, 'docNumber')[0]?.textContent).toBe('E/RES/2023/3');
    expect(all(cover, 'inline')[0]?.getAttribute('name')).toBe('agenda item');
    expect(all(cover, 'inline')[0]?.getAttribute('title')).toBe('18 (b)');
    expect(all(parsed(coverPage(model({ agendaItem: null }))), 'inline')).toEqual([]);
  });

  it('reads back through the importer: title and agenda item, also a title that starts with a dash, which readers trim', () => {
    for (const m of [model({ title: 'Title “quoted” & more', agendaItem: '12 (c)' }), model({ title: '— dashed', agendaItem: null }), model({ lang: 'zh', title: '评估进展', agendaItem: '18(b)' })]) {
      const front = readFrontMatter(statementOf(m), { notes: [], warnings: [] });
      expect({ title: front.title, agendaItem: front.agendaItem }).toEqual({ title: m.title, agendaItem: m.agendaItem });
    }
  });
});
