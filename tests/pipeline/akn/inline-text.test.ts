import { describe, expect, it } from 'vitest';
import { inlineText } from '../../../src/pipeline/akn/inline-text.ts';
import { markPlaceholder } from '../../../src/pipeline/text/footnote-mark.ts';
import { newSink, xml } from './helpers.ts';

const m = markPlaceholder;

describe('inlineText', () => {
  it('joins the text of inline elements exactly: a citation split over several links loses and gains no space', () => {
    const p = xml('<p>resolution <a href="x">7</a><a href="x">7</a><a href="x">/</a><a href="x">150</a> and <ref href="y">E/2023/31</ref>, <i>entitled</i> <b>“X”</b><span>;</span></p>');
    expect(inlineText(p, newSink())).toBe('resolution 77/150 and E/2023/31, entitled “X”;');
  });

  it('turns an authorialNote into a footnote and a mark where it stood', () => {
    const sink = newSink();
    const p = xml('<p><span>Recalling</span> the outcome,<authorialNote marker="1" placement="bottom"><p>\t\tSee <a href="u">A/C.2/59/3</a> and <a href="v">A/60/687</a>.</p></authorialNote> and more</p>');
    expect(inlineText(p, sink)).toBe(`Recalling the outcome,${m(1)} and more`);
    expect(sink.notes).toEqual([{ n: 1, text: 'See A/C.2/59/3 and A/60/687.', line: 1 }]);
  });

  it('drops the printed marker some notes repeat at their start: Arabic brackets, an asterisk', () => {
    const sink = newSink();
    inlineText(xml('<p>x<sup>(</sup><authorialNote marker="2"><p>\t()\tالقرار 70/1.</p></authorialNote><sup>)</sup></p>'), sink);
    inlineText(xml('<p>y<authorialNote marker="3"><p>\t)(\tالمرجع نفسه.</p></authorialNote></p>'), sink);
    inlineText(xml('<p>z<authorialNote marker="4"><p>\t*\tIn the context of the present resolution…</p></authorialNote></p>'), sink);
    expect(sink.notes.map((n) => n.text)).toEqual(['القرار 70/1.', 'المرجع نفسه.', 'In the context of the present resolution…']);
  });

  it('reads a superscript number as a second mark of a footnote printed before, and any other superscript as text', () => {
    const sink = newSink();
    inlineText(xml('<p>a<authorialNote marker="1"><p>Note.</p></authorialNote></p>'), sink);
    expect(inlineText(xml('<p>the Sendai Framework<sup>1</sup> through</p>'), sink)).toBe(`the Sendai Framework${m(1)} through`);
    expect(inlineText(xml('<p>the 1<sup>er</sup> juillet, 5 m<sup>3</sup></p>'), sink)).toBe('the 1er juillet, 5 m3');
  });

  it('separates block elements with a space, and leaves out the elements the caller reads itself', () => {
    const p = xml('<paragraph><num>1.</num><content><p>Decides</p><p>that</p></content><list><point><p>(a) x</p></point></list></paragraph>');
    expect(inlineText(p, newSink(), ['num', 'list'])).toBe('Decides that');
  });

  it('keeps the first of two notes printed with one number, and says so', () => {
    const sink = newSink();
    inlineText(xml('<p>a<authorialNote marker="1"><p>One.</p></authorialNote> b<authorialNote marker="1"><p>Two.</p></authorialNote></p>'), sink);
    expect(sink.notes.map((n) => n.text)).toEqual(['One.']);
    expect(sink.warnings).toEqual(['line 1: footnote 1 is printed twice; the second is kept as a mark of the first']);
  });
});
