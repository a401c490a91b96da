import { describe, expect, it } from 'vitest';
import { paragraphCitation } from '../../src/scripts/para-cite-menu.ts';

/** An element as the script reads it: its data attributes only. */
const element = (dataset: Record<string, string>) => ({ dataset }) as unknown as HTMLElement;

const UN = element({ format: 'un', before: '经济及社会理事会第2015/26号决议', after: '' });
const BLUEBOOK = element({ format: 'bluebook', before: 'Economic and Social Council Res. 2015/26, ', after: ', U.N. Doc. E/RES/2015/26 (July 22, 2015)' });
const OSCOLA = element({ format: 'oscola', before: 'ECOSOC Res 2015/26 (22 July 2015) UN Doc E/RES/2015/26, ', after: '' });

describe('paragraphCitation', () => {
  it('puts the UN pinpoint of the control in the UN item’s slot', () => {
    expect(paragraphCitation(UN, element({ pin: '第48(c)段', at: '48(c)' }))).toBe('经济及社会理事会第2015/26号决议第48(c)段');
  });

  it('puts the English parts in Bluebook’s and OSCOLA’s words: an operative paragraph by default', () => {
    const sub = element({ pin: '第48(c)段', at: '48(c)' });
    expect(paragraphCitation(BLUEBOOK, sub)).toBe('Economic and Social Council Res. 2015/26, ¶ 48(c), U.N. Doc. E/RES/2015/26 (July 22, 2015)');
    expect(paragraphCitation(OSCOLA, sub)).toBe('ECOSOC Res 2015/26 (22 July 2015) UN Doc E/RES/2015/26, para 48(c)');
  });

  it('reads the kind and the annex where the control has them', () => {
    const preamble = element({ pin: '序言部分第三段', at: '3', kind: 'preamble' });
    expect(paragraphCitation(BLUEBOOK, preamble)).toBe('Economic and Social Council Res. 2015/26, pmbl. ¶ 3, U.N. Doc. E/RES/2015/26 (July 22, 2015)');
    const annexed = element({ pin: '附件二第3段', at: '3', annex: 'annex II' });
    expect(paragraphCitation(OSCOLA, annexed)).toBe('ECOSOC Res 2015/26 (22 July 2015) UN Doc E/RES/2015/26, annex II, para 3');
  });
});
