import { describe, expect, it } from 'vitest';
import { conclusions } from '../../../src/export/akn/conclusions.ts';
import { planNotes } from '../../../src/export/akn/footnotes.ts';
import { meetingLine, printedDate } from '../../../src/export/akn/language.ts';
import { newRender } from '../../../src/export/akn/render.ts';
import { serialise } from '../../../src/export/akn/xml.ts';
import { readConclusions } from '../../../src/pipeline/akn/conclusions.ts';
import { LANGS } from '../../../src/schemas/lang.ts';
import type { Resolution } from '../../../src/schemas/resolution.ts';
import { model, statementOf } from './helpers.ts';

const renderOf = (m: Resolution) => newRender(m.lang, planNotes([], []), []);

describe('conclusions', () => {
  it('sets the meeting and the date as the UN does', () => {
    const m = model({ meeting: 26, adopted: '2023-06-07' });
    expect(serialise(conclusions(m, renderOf(m)) as never)).toBe(
      '<conclusions eId="conclusions">\n  <p><inline name="adoptionMeeting" title="26">26th plenary meeting</inline><eol/><docDate date="2023-06-07" refersTo="#dateOfAdoption">7 June 2023</docDate></p>\n</conclusions>',
    );
  });

  it('prints the closing lines in each language', () => {
    expect(LANGS.map((lang) => meetingLine(54, lang))).toEqual(['الجلسة العامة 54', '第54次全体会议', '54th plenary meeting', '54e séance plénière', '54-е пленарное заседание', '54ª sesión plenaria']);
    expect(['1st', '2nd', '3rd', '11th', '12th', '13th', '21st', '101st'].map((s) => meetingLine(Number.parseInt(s, 10), 'en').split(' ')[0])).toEqual(['1st', '2nd', '3rd', '11th', '12th', '13th', '21st', '101st']);
    expect(printedDate('2015-07-22', 'zh')).toBe('2015年7月22日');
    expect(printedDate('2015-07-22', 'fr')).toBe('22 juillet 2015');
  });

  it('leaves out what the model does not know, and the whole element when it knows neither', () => {
    const m = model({ meeting: null, adopted: null });
    expect(conclusions(m, renderOf(m))).toBeNull();
    const dateOnly = model({ meeting: null });
    expect(serialise(conclusions(dateOnly, renderOf(dateOnly)) as never)).not.toContain('adoptionMeeting');
  });

  it('reads back through the importer in every language: meeting and date', () => {
    for (const lang of LANGS) {
      const read = readConclusions(statementOf(model({ lang, meeting: 8, adopted: '2024-02-01' })), { notes: [], warnings: [] });
      expect({ meeting: read.meeting, date: read.date }).toEqual({ meeting: 8, date: '2024-02-01' });
    }
  });
});
