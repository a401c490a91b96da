import { NUMBER } from './resolution-number.ts';
import { namesOtherBody } from './other-body.ts';
import type { PrintedResolution } from './printed-resolution.ts';

/**
 * Chinese resolution citations: "第 2014/27 号决议", "第2014/27号决议",
 * "第 2014/27 号决议第 57 段", "第 69/313 号决议第 56 (a) 至 (c) 段" (pinpoint: `para`
 * is the paragraph's number, "56"), "第 2015/237 号决定" (a decision), "第 217 A (III) 号决议",
 * and lists sharing one "决议":
 * "第 60/252 号和第 68/302 号决议", "第 60/252、67/195 和 68/302 号决议".
 * In a list the first link text takes the "第", the last one the "号决议".
 */
const DATE = String.raw`(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)`;
/** "第 2014/27", or a bare number right before 号决议/号决定 ("大会S-24/2号决议"). */
const START = new RegExp(String.raw`第\s*(${NUMBER})|(?<![\p{N}/.A-Za-z-])(${NUMBER})(?=\s*号)`, 'gu');
const NEXT = new RegExp(String.raw`(\s*号)?\s*(?:、|，|,|以及|和|及|与)\s*${DATE}?(第\s*)?(${NUMBER})`, 'yu');
/** A date just before an item ("2014 年 12 月 19 日第 69/204 号决议"): group 1 is its year. */
const DATE_BEFORE = /(\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/;
const END = /\s*号?\s*决(议|定)/y;
const SUB = String.raw`\s*\([a-z]{1,4}\)`;
const PARA = new RegExp(String.raw`\s*第\s*(\d+)(?:${SUB})*(?:\s*(?:至|到|和|及|、)\s*(?:\d+)?(?:${SUB})*)*\s*段`, 'y');

/** Every resolution or decision number cited in Chinese `text`, whatever its organ. */
export function scanZh(text: string): PrintedResolution[] {
  const found: PrintedResolution[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m !== null; m = START.exec(text)) {
    const items: PrintedResolution[] = [{ start: m.index, end: START.lastIndex, number: m[1] ?? m[2] ?? '', type: 'resolution' }];
    let pos = START.lastIndex;
    for (NEXT.lastIndex = pos; ; NEXT.lastIndex = pos) {
      const n = NEXT.exec(text);
      if (n === null) break;
      const number = n[3] ?? '';
      const last = items[items.length - 1];
      if (last && n[1]) last.end = n.index + n[1].length;
      pos = NEXT.lastIndex;
      items.push({ start: pos - number.length - (n[2]?.length ?? 0), end: pos, number, type: 'resolution' });
    }
    END.lastIndex = pos;
    const last = items[items.length - 1];
    // No 决议 after the list: no later item of the same list can end in one either.
    START.lastIndex = pos;
    const end = END.exec(text);
    if (end === null || last === undefined) continue;
    for (const item of items) item.type = end[1] === '定' ? 'decision' : 'resolution';
    last.end = END.lastIndex;
    PARA.lastIndex = END.lastIndex;
    const para = items.length === 1 ? PARA.exec(text) : null;
    if (para !== null) {
      last.end = PARA.lastIndex;
      last.para = para[1];
    }
    START.lastIndex = last.end;
    for (const item of items) {
      const date = DATE_BEFORE.exec(text.slice(Math.max(0, item.start - 24), item.start));
      if (date !== null) item.year = Number(date[1]);
    }
    if (!namesOtherBody(text, m.index, true)) found.push(...items);
  }
  return found;
}
