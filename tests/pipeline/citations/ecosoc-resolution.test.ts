import { describe, it, expect } from 'vitest';
import { ecosocResolution } from '../../../src/pipeline/citations/kinds/ecosoc-resolution.ts';
import { show } from './show.ts';

const zh = (text: string) => show(text, ecosocResolution.find(text, { lang: 'zh' }));
const en = (text: string) => show(text, ecosocResolution.find(text, { lang: 'en' }));

describe('ecosoc-resolution, Chinese (seed E/RES/2015/26)', () => {
  it('reads "第 2006/46 号决议" after a date (preamble 2)', () => {
    expect(
      zh('又回顾其关于世界首脑会议的后续行动及科学和技术促进发展委员会的审查情况的 2006 年 7月 28 日第 2006/46 号决议和该决议赋予委员会的任务，'),
    ).toEqual([{ link: '第 2006/46 号决议', target: 'E/RES/2006/46' }]);
  });

  it('reads "经社理事会第2014/27号决议" without spaces (para 31), leaving the organ out of the link', () => {
    expect(zh('回顾经社理事会第2014/27号决议建议委员会秘书处可继续开展这一工作，')).toEqual([
      { link: '第2014/27号决议', target: 'E/RES/2014/27' },
    ]);
  });

  it('reads the pinpoint "第 2014/27 号决议第 57 段" (para 57)', () => {
    expect(zh('回顾经社理事会第 2014/27 号决议第 57 段，其中请委员会从会员国及主持人和利益攸关方那里征求更多意见，')).toEqual([
      { link: '第 2014/27 号决议第 57 段', target: 'E/RES/2014/27', para: '57' },
    ]);
  });

  it('reads the pinpoint "第 2013/9 号决议第 48段" with no space before 段 (para 58)', () => {
    expect(zh('还回顾经社理事会第 2013/9 号决议第 48段，其中请委员会在其第十八届会议后')).toEqual([
      { link: '第 2013/9 号决议第 48段', target: 'E/RES/2013/9', para: '48' },
    ]);
  });

  it('reads "第2007/8号决议" after an unspaced date (para 2)', () => {
    expect(zh('表示注意到联合国许多实体根据经社理事会2007年7月25日第2007/8号决议规定的任务，')).toEqual([
      { link: '第2007/8号决议', target: 'E/RES/2007/8' },
    ]);
  });

  it('reads each number of a list sharing one 决议', () => {
    expect(zh('回顾其第 2006/46 号和第 2014/27 号决议，')).toEqual([
      { link: '第 2006/46 号', target: 'E/RES/2006/46' },
      { link: '第 2014/27 号决议', target: 'E/RES/2014/27' },
    ]);
  });

  it('leaves GA resolutions, decisions, titles and other bodies alone', () => {
    expect(zh('回顾大会 2014 年 12 月 19 日关于信息和通信技术促进发展的第 69/204 号决议，')).toEqual([]);
    expect(zh('2015/26.评估信息社会世界首脑会议成果的执行情况及后续行动方面取得的进展')).toEqual([]);
    expect(zh('回顾其第 2015/237 号决定，')).toEqual([]);
    expect(zh('回顾人权委员会 2005 年 4 月 20 日第 2005/69 号决议，')).toEqual([]);
    expect(zh('又重申《信息社会突尼斯议程》第 34 至 37 段和第 67 至 72 段；')).toEqual([]);
    expect(zh('第 1900/2 号决议')).toEqual([]);
  });
});

describe('ecosoc-resolution, English', () => {
  it('reads "Council resolution 2014/27 of 16 July 2014" without the organ or the date', () => {
    expect(en('Recalling Economic and Social Council resolution 2014/27 of 16 July 2014,')).toEqual([
      { link: 'resolution 2014/27', target: 'E/RES/2014/27' },
    ]);
  });

  it('reads "resolutions 2014/27 and 2013/9" as two citations', () => {
    expect(en('Recalling its resolutions 2014/27 and 2013/9,')).toEqual([
      { link: 'resolutions 2014/27', target: 'E/RES/2014/27' },
      { link: '2013/9', target: 'E/RES/2013/9' },
    ]);
  });

  it('reads a list with dates between the numbers', () => {
    expect(en('Recalling its resolutions 2006/46 of 28 July 2006, 2013/9 of 22 July 2013 and 2014/27 of 16 July 2014,')).toEqual([
      { link: 'resolutions 2006/46', target: 'E/RES/2006/46' },
      { link: '2013/9', target: 'E/RES/2013/9' },
      { link: '2014/27', target: 'E/RES/2014/27' },
    ]);
  });

  it('reads "paragraph 57 of resolution 2014/27" and "paragraph 57 of its resolution 2014/27"', () => {
    expect(en('Recalling paragraph 57 of resolution 2014/27, in which the Council requested')).toEqual([
      { link: 'paragraph 57 of resolution 2014/27', target: 'E/RES/2014/27', para: '57' },
    ]);
    expect(en('Further recalling paragraph 48 of its resolution 2013/9,')).toEqual([
      { link: 'paragraph 48 of its resolution 2013/9', target: 'E/RES/2013/9', para: '48' },
    ]);
  });

  it('reads "resolution 2014/27, paragraph 57"', () => {
    expect(en('as requested by the Council in resolution 2014/27, paragraph 57, the Commission')).toEqual([
      { link: 'resolution 2014/27, paragraph 57', target: 'E/RES/2014/27', para: '57' },
    ]);
  });

  it('leaves GA resolutions, decisions, other bodies and bare numbers alone', () => {
    expect(en('Recalling General Assembly resolution 70/1 of 25 September 2015,')).toEqual([]);
    expect(en('Recalling its decision 2015/237 of 22 July 2015,')).toEqual([]);
    expect(en('Recalling Commission on Human Rights resolution 2005/69 of 20 April 2005,')).toEqual([]);
    expect(en('2015/26. Assessment of the progress made in the implementation of the outcomes')).toEqual([]);
    expect(en('available 24/7 since 2014/2015,')).toEqual([]);
  });
});
