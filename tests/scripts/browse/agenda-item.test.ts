import { describe, expect, it } from 'vitest';
import { agendaItem, compareAgendaItems } from '../../../src/utils/agenda-item.ts';

// Agenda items as the corpus's cards print them (E/RES/2021–2024 in six languages).
describe('agendaItem', () => {
  it('keys an item by its number and the position of its sub-item, whatever the alphabet', () => {
    for (const printed of ['12 (i)', '12 i)', '12(i)', '12 (и)', '12 (ط)']) expect(agendaItem(printed)?.key, printed).toBe('12-i');
    for (const printed of ['18 (b)', '18 b)', '18(b)', '18 (ب)', '18 (б)']) expect(agendaItem(printed)?.key, printed).toBe('18-b');
  });

  it('reads Arabic ه with or without its tatweel as the fifth letter', () => {
    expect(agendaItem('12 (ه)')?.key).toBe('12-e');
    expect(agendaItem('12 (هـ)')?.key).toBe('12-e');
    expect(agendaItem('12 (e)')?.key).toBe('12-e');
  });

  it('reads the Cyrillic look-alikes the Russian texts print among Latin letters as those letters', () => {
    // "19 с)" with a Cyrillic с is item 19 (c) in the other five languages, "18 а)" is 18 (a).
    expect(agendaItem('19 с)')?.key).toBe('19-c');
    expect(agendaItem('12\u00a0с)')?.key).toBe('12-c');
    expect(agendaItem('18 а)')?.key).toBe('18-a');
  });

  it('keeps an item without sub-item, the whole Arabic agenda line, and the first of several items', () => {
    expect(agendaItem('15')).toEqual({ key: '15', number: 15, position: 0, label: '15' });
    expect(agendaItem('البند 7 من جدول الأعمال')?.key).toBe('7');
    expect(agendaItem('18 (a) and (b)')?.key).toBe('18-a');
    expect(agendaItem('١٨ (ب)')?.key).toBe('18-b');
  });

  it('labels the item as the card prints its sub-item, spaces tidied', () => {
    expect(agendaItem('18(b)')?.label).toBe('18 (b)');
    expect(agendaItem('19 c)')?.label).toBe('19 c)');
    expect(agendaItem('12 (ط)')?.label).toBe('12 (ط)');
  });

  it('gives nothing where no item is printed', () => {
    expect(agendaItem(null)).toBeNull();
    expect(agendaItem('')).toBeNull();
  });

  it('orders items by number, then sub-item, none last', () => {
    const items = ['19 (a)', null, '2', '18 (l)', '18 (b)'].map(agendaItem);
    expect(items.sort(compareAgendaItems).map((item) => item?.key ?? null)).toEqual(['2', '18-b', '18-l', '19-a', null]);
  });
});
