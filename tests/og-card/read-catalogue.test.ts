import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CatalogueCard } from '../../src/schemas/catalogue-card.ts';
import { catalogueCards } from '../../scripts/og-cards/read-catalogue.ts';

const dir = mkdtempSync(join(tmpdir(), 'og-catalogue-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const card = (i: number, title: string): CatalogueCard => ({
  id: `zh/E/RES/2015/${i}`,
  symbol: `E/RES/2015/${i}`,
  organ: 'ECOSOC',
  number: `2015/${i}`,
  lang: 'zh',
  title,
  adopted: '2015-07-22',
  meeting: null,
  agendaItem: null,
  session: null,
  agendaTitle: null,
  sdgGoals: [],
  subjects: [],
});

const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('catalogueCards', () => {
  it('gives the cards of a catalogue larger than its 1 MB reads, as JSON.parse does, brackets and quotes in titles included', () => {
    // Chinese characters (3 bytes in UTF-8) across the reads' edges, and titles that hold what ends a card elsewhere.
    const cards = Array.from({ length: 900 }, (_, i) => card(i + 1, `${'经济及社会理事会'.repeat(60)} "}]" {[\\ ${i}`));
    const path = write('catalogue.json', JSON.stringify(cards, null, 2));
    expect([...catalogueCards(path)]).toEqual(cards);
    expect([...catalogueCards(write('compact.json', JSON.stringify(cards)))]).toEqual(cards);
    expect([...catalogueCards(write('empty.json', ' [ ]\n'))]).toEqual([]);
  });

  it('names the file and what is wrong: cut short, not an array, not a card', () => {
    const text = JSON.stringify([card(1, 'a'), card(2, 'b')]);
    const cut = write('cut.json', text.slice(0, -30));
    expect(() => [...catalogueCards(cut)]).toThrow(`${cut}: the array is not closed (a file cut short?)`);
    const object = write('object.json', JSON.stringify(card(1, 'a')));
    expect(() => [...catalogueCards(object)]).toThrow(`${object}: not a JSON array`);
    const invalid = write('invalid.json', JSON.stringify([card(1, 'a'), { ...card(2, 'b'), lang: 'xx' }]));
    expect(() => [...catalogueCards(invalid)]).toThrow(`${invalid}: card 2 is not a catalogue card`);
    const numbers = write('numbers.json', '[1, 2]');
    expect(() => [...catalogueCards(numbers)]).toThrow(`${numbers}: an element of the array is not an object`);
  });
});
