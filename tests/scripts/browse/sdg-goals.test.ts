import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/schemas/lang.ts';
import { SDG_GOALS, sdgName, sdgTitle } from '../../../src/utils/sdg-goals.ts';

describe('SDG goals', () => {
  it('names the 17 goals in every language, each name once', () => {
    expect(SDG_GOALS).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    for (const lang of LANGS) {
      const names = SDG_GOALS.map((goal) => sdgName(goal, lang));
      expect(new Set(names).size, lang).toBe(17);
      for (const name of names) expect(name.trim(), lang).toBe(name);
    }
  });

  it('titles a goal with its number, as the UN does in each language', () => {
    expect(sdgTitle(3, 'en')).toBe('Goal 3: Good health and well-being');
    expect(sdgTitle(3, 'zh')).toBe('目标3：良好健康与福祉');
    expect(sdgTitle(3, 'fr')).toBe('Objectif 3\u00a0: Bonne santé et bien-être');
    expect(sdgTitle(3, 'es')).toBe('Objetivo 3: Salud y bienestar');
    expect(sdgTitle(3, 'ru')).toBe('Цель 3: Хорошее здоровье и благополучие');
    expect(sdgTitle(3, 'ar')).toBe('الهدف 3: الصحة الجيدة والرفاه');
    expect(sdgTitle(17, 'en')).toBe('Goal 17: Partnerships for the goals');
    expect(sdgTitle(16, 'zh')).toBe('目标16：和平、正义与强大机构');
  });

  it('refuses a goal that does not exist', () => {
    expect(() => sdgName(18, 'en')).toThrow(RangeError);
  });
});
