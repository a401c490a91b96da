import { describe, expect, it } from 'vitest';
import { conventionsFor } from '../../src/pipeline/conventions/index.ts';
import { readReissue } from '../../src/pipeline/read-reissue.ts';
import type { Lang } from '../../src/schemas/lang.ts';

// The UN's note on a document issued again under its symbol, as each language prints it.
const NOTES: [Lang, string, string | null][] = [
  ['en', '* Reissued for technical reasons on 14 August 2019.', '2019-08-14'],
  ['en', 'Corrected reissue', null],
  ['fr', '* Nouveau tirage pour raisons techniques (14 août 2019).', '2019-08-14'],
  ['es', '* Publicado nuevamente por razones técnicas el 14 de agosto de 2019.', '2019-08-14'],
  ['ru', '* Переиздано по техническим причинам 14 августа 2019 года.', '2019-08-14'],
  ['zh', '* 因技术原因于2019年8月14日重新印发。', '2019-08-14'],
  ['zh', '* 因技术原因重发。', null],
  ['ar', '* أعيد إصدارها لأسباب فنية في 14 آب/أغسطس 2019.', '2019-08-14'],
];

describe('readReissue', () => {
  it.each(NOTES)('reads the %s note "%s" and its date', (lang, note, date) => {
    const text = `2019/7. A title\n\n${note}\n\n 1. Decides to remain seized of the matter.\n`;
    expect(readReissue(text, conventionsFor(lang))).toEqual({ date, note });
  });

  it('finds no note in a text that is no reissue, even one that speaks of technical reasons', () => {
    const text = ' 1. Notes the technical reasons given for the delay, and the reissue of the report in 2019;\n';
    expect(readReissue(text, conventionsFor('en'))).toBeNull();
    expect(readReissue('经济及社会理事会，\n 1. 注意到技术原因；\n', conventionsFor('zh'))).toBeNull();
  });

  it('gives the note without the markup of an XML source', () => {
    const xml = '<authorialNote marker="*"><p>Reissued for technical reasons on 14 August 2019.</p></authorialNote>';
    expect(readReissue(xml, conventionsFor('en'))).toEqual({ date: '2019-08-14', note: '* Reissued for technical reasons on 14 August 2019.'.slice(2) });
  });
});
