import { describe, expect, it } from 'vitest';
import { countBy } from '../../../src/utils/count-by.ts';
import { groupByAgendaItem, sessionKeys } from '../../../src/utils/sessions.ts';

const card = (symbol: string, agendaItem: string | null, agendaTitle: string | null = null) => ({
  symbol, organ: 'ECOSOC' as const, session: null, agendaItem, agendaTitle,
});

describe('sessions', () => {
  it('lists the distinct sessions of some cards, newest first', () => {
    expect(sessionKeys([card('E/RES/2022/1', null), card('E/RES/2024/2', null), card('E/RES/2022/5', null), card('E/2022/L.1', null)])).toEqual(['2024', '2022']);
  });

  it('groups a session by agenda item in agenda order, the first printed title kept, no item last', () => {
    const cards = [
      card('E/RES/2023/30', '19 (c)'),
      card('E/RES/2023/3', null),
      card('E/RES/2023/20', '18 (b)'),
      card('E/RES/2023/31', '19 (c)', 'Social and human rights questions: crime prevention and criminal justice'),
      card('E/RES/2023/2', '2'),
    ];
    const groups = groupByAgendaItem(cards, (c) => c);
    expect(groups.map((g) => [g.anchor, g.entries.map((c) => c.symbol)])).toEqual([
      ['item-2', ['E/RES/2023/2']],
      ['item-18-b', ['E/RES/2023/20']],
      ['item-19-c', ['E/RES/2023/30', 'E/RES/2023/31']],
      ['item-none', ['E/RES/2023/3']],
    ]);
    expect(groups[2]?.title).toBe('Social and human rights questions: crime prevention and criminal justice');
  });

  it('groups the same item printed in another alphabet together', () => {
    const groups = groupByAgendaItem([card('E/RES/2023/30', '19 c)'), card('E/RES/2023/31', '19 с)')], (c) => c);
    expect(groups).toHaveLength(1);
  });

  it('counts items once under each distinct key', () => {
    const counts = countBy([{ goals: [3, 3, 5] }, { goals: [5] }, { goals: [] }], (item) => item.goals);
    expect(Object.fromEntries(counts)).toEqual({ 3: 1, 5: 2 });
  });
});
