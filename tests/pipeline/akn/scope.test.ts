import { describe, expect, it } from 'vitest';
import { draftPara } from '../../../src/pipeline/akn/scope.ts';

describe('draftPara', () => {
  it('makes a draft paragraph with its words trimmed and no items', () => {
    expect(draftPara('para-1', '1', '1.', '  Decides. ', 7)).toEqual({ kind: 'para', id: 'para-1', num: '1', label: '1.', text: 'Decides.', line: 7, items: [] });
  });
});
