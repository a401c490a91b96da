import { describe, it, expect } from 'vitest';
import { gaResolution } from '../../../src/pipeline/citations/kinds/ga-resolution.ts';
import { show } from './show.ts';

const zh = (text: string) => show(text, gaResolution.find(text, { lang: 'zh' }));
const en = (text: string) => show(text, gaResolution.find(text, { lang: 'en' }));

describe('ga-resolution, Chinese (seed E/RES/2015/26)', () => {
  it('reads "第 69/204 号决议" far from "大会" (preamble 4)', () => {
    expect(zh('回顾大会 2014 年 12 月 19 日关于信息和通信技术促进发展的第 69/204 号决议，')).toEqual([
      { link: '第 69/204 号决议', target: 'A/RES/69/204' },
    ]);
  });

  it('reads "第 68/302 号决议" (preamble 5)', () => {
    expect(
      zh('又回顾大会2014年 7月 31日关于大会全面审查信息社会世界首脑会议成果执行情况的方式的第 68/302 号决议，'),
    ).toEqual([{ link: '第 68/302 号决议', target: 'A/RES/68/302' }]);
  });

  it('reads "第 60/252 号决议" (para 6)', () => {
    expect(zh('回顾大会在其 2006 年 3 月 27 日第 60/252 号决议中请经社理事会监督世界首脑会议日内瓦和突尼斯成果')).toEqual([
      { link: '第 60/252 号决议', target: 'A/RES/60/252' },
    ]);
  });

  it('reads "大会第67/195 号决议" joined across a line break (para 27)', () => {
    expect(zh('从而按照大会第67/195 号决议的规定拟定建议草案；')).toEqual([
      { link: '第67/195 号决议', target: 'A/RES/67/195' },
    ]);
  });

  it('reads the pinpoints "第 67/195 号决议第 11 段" and "第 68/198 号决议第 22 段" (paras 51, 52)', () => {
    expect(zh('又回顾大会在其第 67/195 号决议第 11 段中重申，正如《突尼斯议程》第 111 段所确认的，')).toEqual([
      { link: '第 67/195 号决议第 11 段', target: 'A/RES/67/195', para: '11' },
    ]);
    expect(zh('还回顾大会 2013 年 12 月 20 日第 68/198 号决议第 22 段，其中大会决定尽早决定全面审查的方式，')).toEqual([
      { link: '第 68/198 号决议第 22 段', target: 'A/RES/68/198', para: '22' },
    ]);
  });

  it('reads a footnote "大会第 55/2 号决议。" (footnote 7)', () => {
    expect(zh('大会第 55/2 号决议。')).toEqual([{ link: '第 55/2 号决议', target: 'A/RES/55/2' }]);
  });

  it('reads lists: "第 60/252、67/195 和 68/302 号决议"', () => {
    expect(zh('回顾大会第 60/252、67/195 和 68/302 号决议，')).toEqual([
      { link: '第 60/252', target: 'A/RES/60/252' },
      { link: '67/195', target: 'A/RES/67/195' },
      { link: '68/302 号决议', target: 'A/RES/68/302' },
    ]);
  });

  it('reads special-session numbers: "第 S-27/2 号决议"', () => {
    expect(zh('回顾大会第 S-27/2 号决议，')).toEqual([{ link: '第 S-27/2 号决议', target: 'A/RES/S-27/2' }]);
  });

  it('leaves ECOSOC resolutions, other bodies and paragraph ranges alone', () => {
    expect(zh('回顾经社理事会第 2014/27 号决议第 57 段，')).toEqual([]);
    expect(zh('回顾人权理事会 2013 年 9 月 27 日第 24/7 号决议，')).toEqual([]);
    expect(zh('回顾麻醉药品委员会第 58/1 号决议，')).toEqual([]);
    expect(zh('又重申《信息社会突尼斯议程》第 34 至 37 段和第 67 至 72 段；')).toEqual([]);
    expect(zh('第 69/204 号决定')).toEqual([]);
    expect(zh('回顾大会第 69/204、第 70/1 和 70/2 号决定，')).toEqual([]);
  });
});

describe('ga-resolution, English', () => {
  it('reads "General Assembly resolution 69/204" without the organ', () => {
    expect(en('Recalling General Assembly resolution 69/204 of 19 December 2014 on information and communications technologies for development,')).toEqual([
      { link: 'resolution 69/204', target: 'A/RES/69/204' },
    ]);
  });

  it('reads "resolution 70/1 of 25 September 2015"', () => {
    expect(en('Recalling also General Assembly resolution 70/1 of 25 September 2015, entitled “Transforming our world”,')).toEqual([
      { link: 'resolution 70/1', target: 'A/RES/70/1' },
    ]);
  });

  it('reads "resolutions 60/252 and 68/302" and longer lists', () => {
    expect(en('Recalling General Assembly resolutions 60/252 and 68/302,')).toEqual([
      { link: 'resolutions 60/252', target: 'A/RES/60/252' },
      { link: '68/302', target: 'A/RES/68/302' },
    ]);
    expect(en('Recalling Assembly resolutions 60/252 of 27 March 2006, 67/195 of 21 December 2012, and 68/302 of 31 July 2014,')).toEqual([
      { link: 'resolutions 60/252', target: 'A/RES/60/252' },
      { link: '67/195', target: 'A/RES/67/195' },
      { link: '68/302', target: 'A/RES/68/302' },
    ]);
  });

  it('keeps only the GA numbers of a mixed list', () => {
    expect(en('Recalling resolutions 2014/27 and 70/1,')).toEqual([{ link: '70/1', target: 'A/RES/70/1' }]);
  });

  it('reads pinpoints before and after', () => {
    expect(en('Recalling paragraph 22 of General Assembly resolution 68/198,')).toEqual([
      { link: 'paragraph 22 of General Assembly resolution 68/198', target: 'A/RES/68/198', para: '22' },
    ]);
    expect(en('as reaffirmed in resolution 67/195, paragraph 11, the Assembly')).toEqual([
      { link: 'resolution 67/195, paragraph 11', target: 'A/RES/67/195', para: '11' },
    ]);
  });

  it('leaves other bodies, symbols and bare numbers alone', () => {
    expect(en('Recalling Human Rights Council resolution 24/7 of 26 September 2013,')).toEqual([]);
    expect(en('Recalling Commission on Narcotic Drugs resolution 58/1,')).toEqual([]);
    expect(en('Taking note of the report of the Secretary-General (A/70/63-E/2015/10),')).toEqual([]);
    expect(en('services available 24/7 in 193 Member States,')).toEqual([]);
    expect(en('paragraphs 34 to 37 of the Tunis Agenda,')).toEqual([]);
  });
});
