import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isCjk, joinTexts, TextJoiner } from '../../../src/pipeline/text/join-text.ts';
import { markPlaceholder } from '../../../src/pipeline/text/footnote-mark.ts';
import { seedLines, showMarks, withMarks } from './helpers.ts';

describe('joinTexts', () => {
  describe('Chinese', () => {
    it('joins CJK lines with no space, as the seed\'s title wraps (lines 17–18)', () => {
      const [first, second] = seedLines(17, 18) as [string, string];
      expect(joinTexts(first, second)).toBe('2015/26.评估信息社会世界首脑会议成果的执行情况及后续行动方面取得的进展 ');
    });

    it('drops the spaces where the pieces meet, the ideographic space too, and leaves their outer ends alone', () => {
      expect(joinTexts('表示赞赏联合国贸易和发展会议秘书长发挥作用，帮助确保及时完成上述 ', '报告， ')).toBe('表示赞赏联合国贸易和发展会议秘书长发挥作用，帮助确保及时完成上述报告， ');
      expect(joinTexts('回顾\u3000', '\u3000又回顾')).toBe('回顾又回顾');
    });

    it('adds no space where a figure or a symbol meets a Chinese character', () => {
      expect(joinTexts('特别是自 2005', '年以来移动电话')).toBe('特别是自 2005年以来移动电话');
      expect(joinTexts('按照大会第', '67/195 号决议')).toBe('按照大会第67/195 号决议');
      expect(joinTexts('见', 'A/60/687。')).toBe('见A/60/687。');
    });

    it('joins the same way whether or not a footnote mark ends the left piece', () => {
      expect(joinTexts('报告，', '2015 年')).toBe('报告，2015 年');
      expect(showMarks(joinTexts(withMarks('报告，[^2]'), '2015 年'))).toBe('报告，[^2]2015 年');
    });
  });

  describe('Latin script', () => {
    it('joins words with one space', () => {
      expect(joinTexts('follow-up to the World ', 'Summit on the Information Society')).toBe('follow-up to the World Summit on the Information Society');
      expect(joinTexts('the report,', '(E/2015/31)')).toBe('the report, (E/2015/31)');
    });

    it('keeps a joint symbol cut after its hyphen whole: "A/70/63-" + "E/2015/10"', () => {
      expect(joinTexts('the report of the Secretary-General (A/70/63-', 'E/2015/10)')).toBe('the report of the Secretary-General (A/70/63-E/2015/10)');
    });

    it('keeps a symbol cut after a slash whole', () => {
      expect(joinTexts('resolution A/RES/', '69/204 of 19 December 2014')).toBe('resolution A/RES/69/204 of 19 December 2014');
      expect(joinTexts('E/CN.16/2015/', '2')).toBe('E/CN.16/2015/2');
      expect(joinTexts('see A/C.2/', '59/3 and A/60/687')).toBe('see A/C.2/59/3 and A/60/687');
    });

    it('puts a space before a symbol that starts a line', () => {
      expect(joinTexts('its resolution', '2014/27 of 16 July 2014')).toBe('its resolution 2014/27 of 16 July 2014');
    });

    // The UN does not hyphenate to justify, so a hyphen at a line's end belongs to the words;
    // only a soft hyphen (U+00AD), which some tools leave where a word was broken, goes.
    it('keeps a hyphen at the line end as part of the words, and drops a soft hyphen', () => {
      expect(joinTexts('the follow-', 'up to')).toBe('the follow-up to');
      expect(joinTexts('long-', 'lasting consequences')).toBe('long-lasting consequences');
      expect(joinTexts('for devel\u00AD', 'opment')).toBe('for development');
      expect(joinTexts('Информацион\u00AD', 'ного')).toBe('Информационного');
    });

    it('keeps a range of years cut after its hyphen whole: "2014-" + "2015"', () => {
      expect(joinTexts('for the biennium 2014-', '2015')).toBe('for the biennium 2014-2015');
    });

    it('keeps a compound with a capital after its hyphen whole: "Secretary-" + "General"', () => {
      expect(joinTexts('the report of the Secretary-', 'General on')).toBe('the report of the Secretary-General on');
    });
  });

  it('returns the other piece when one is empty or blank', () => {
    expect(joinTexts('', ' 回顾')).toBe('回顾');
    expect(joinTexts('Recalling ', '   ')).toBe('Recalling');
  });
});

describe('isCjk', () => {
  it('is true for ideographs, kana and full-width punctuation', () => {
    for (const char of ['会', '𠀀', '。', '，', '《', 'の', '\u3000']) expect(isCjk(char)).toBe(true);
  });

  it('is false for Latin letters, figures, ASCII punctuation, curly quotes and nothing', () => {
    for (const char of ['A', '7', '/', '(', '“', 'é', undefined]) expect(isCjk(char)).toBe(false);
  });
});

describe('joinTexts, quotes and dashes', () => {
  it('joins Chinese text with no space where a line ends or starts with a quote or a bracket', () => {
    expect(joinTexts('“性别与媒体全球调查”', '(联合国教育、科学及文化组织)')).toBe('“性别与媒体全球调查”(联合国教育、科学及文化组织)');
    expect(joinTexts('the report “Digital futures”', '(A/78/1)')).toBe('the report “Digital futures” (A/78/1)');
  });

  it('keeps the space around a dash set apart by spaces, which is no hyphen', () => {
    expect(joinTexts('القدرة على الاتصال الرقمي -', 'فرصةٌ لإحداث تحول')).toBe('القدرة على الاتصال الرقمي - فرصةٌ لإحداث تحول');
    expect(joinTexts('follow-', 'up')).toBe('follow-up');
  });
});


describe('joining in linear time (issue 16)', () => {
  // Pieces of the characters the rules look at: CJK, Latin, spaces, hyphens, a soft hyphen, quotes, marks, a character outside the BMP.
  const piece = fc.array(fc.constantFrom('会', 'a', 'B', ' ', '\u3000', '-', '\u00AD', '/', '“', '”', '(', ')', '–', '𠀀', markPlaceholder(7), '7'), { maxLength: 40 }).map((chars) => chars.join(''));

  it('TextJoiner joins many pieces as joinTexts does one after another', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const joiner = new TextJoiner();
        for (const p of pieces) joiner.add(p);
        expect(joiner.text()).toBe(pieces.reduce(joinTexts, ''));
      }),
      { seed: 16, numRuns: 300 },
    );
  });

  it('decides a join from the end of a long left piece as from the same end alone', () => {
    const long = 'word '.repeat(200);
    fc.assert(
      fc.property(piece, piece, (left, right) => {
        const short = `x${left}`;
        expect(joinTexts(long + short, right)).toBe(long + joinTexts(short, right));
      }),
      { seed: 16, numRuns: 300 },
    );
  });
});
