import { describe, expect, it } from 'vitest';
import { sdgPath, sdgsPath, sessionPath, sessionsPath, subjectPath, subjectsPath } from '../../../src/utils/paths.ts';

describe('browse paths', () => {
  it('puts every list under its language and the base', () => {
    expect(sessionsPath('zh', '/archive/')).toBe('/archive/zh/sessions/');
    expect(sessionPath('en', '2023', undefined, '/')).toBe('/en/sessions/2023/');
    expect(sessionPath('en', '2023', 'item-18-b', '/archive/')).toBe('/archive/en/sessions/2023/#item-18-b');
    expect(sdgsPath('ar', '/')).toBe('/ar/sdgs/');
    expect(sdgPath('ar', 3, '/archive/')).toBe('/archive/ar/sdgs/3/');
    expect(subjectsPath('fr', '/')).toBe('/fr/subjects/');
    expect(subjectPath('fr', 'public-health', '/')).toBe('/fr/subjects/public-health/');
  });
});
