import { describe, expect, it } from 'vitest';
import { en } from '../../../src/pipeline/conventions/en.ts';
import { readMasthead } from '../../../src/pipeline/pdf/read-masthead.ts';
import { line, textLine, UN_LAYOUT } from './synthetic.ts';

const MASTHEAD = [
  line(1, 1, 56.5, [
    { text: 'United Nations', x: 123, size: 14 },
    { text: 'A', x: 492.8, size: 20.6, width: 15 },
    { text: '/RES/79/9', x: 507.8, width: 44 },
  ]),
  line(2, 1, 86.4, [
    { text: 'General Assembly', x: 123, size: 20, bold: true },
    { text: 'Distr.: General', x: 397 },
  ]),
  textLine(3, 1, 98.4, 397, '19 November 2024'),
  textLine(4, 1, 222.3, 60, 'Seventy-ninth session', { bold: true }),
  textLine(5, 1, 234.3, 60, 'Agenda item 125 (b)'),
  textLine(6, 1, 246.3, 60, 'Cooperation between the United Nations and regional', { bold: true }),
  textLine(7, 1, 258.3, 60, 'and other organizations', { bold: true }),
];
const FOOTER = [textLine(60, 1, 747.6, 65, '24-21657 (E)'), textLine(61, 1, 762.2, 65, '*2421657*', { size: 12 })];

describe('readMasthead', () => {
  it('reads the symbol, the session, the agenda item and its title, and the job number', () => {
    expect(readMasthead(MASTHEAD, FOOTER, UN_LAYOUT, en)).toEqual({
      symbol: 'A/RES/79/9',
      number: '79/9',
      session: 'Seventy-ninth session',
      agendaItem: '125 (b)',
      agendaTitle: 'Cooperation between the United Nations and regional and other organizations',
      jobNumber: '24-21657 (E)',
    });
  });

  it('takes the first line of the column as the session when the conventions do not know its wording', () => {
    const odd = [...MASTHEAD.slice(0, 3), textLine(4, 1, 222.3, 60, 'Resumed tenth emergency special session'), ...MASTHEAD.slice(4)];
    expect(readMasthead(odd, FOOTER, UN_LAYOUT, en).session).toBe('Resumed tenth emergency special session');
  });

  it('reads what there is when there is no masthead column and no footer', () => {
    expect(readMasthead(MASTHEAD.slice(0, 3), [], UN_LAYOUT, en)).toEqual({ symbol: 'A/RES/79/9', number: '79/9', session: null, agendaItem: null, agendaTitle: null, jobNumber: null });
  });
});
