import { NUMBER, namesOtherBody } from './resolution-number.ts';
import type { PrintedResolution } from './printed-resolution.ts';

/**
 * Chinese resolution citations: "第 2014/27 号决议", "第2014/27号决议",
 * "第 2014/27 号决议第 57 段" (pinpoint), and lists sharing one "决议":
 * "第 60/252 号和第 68/302 号决议", "第 60/252、67/195 和 68/302 号决议".
 * In a list the first link text takes the "第", the last one the "号决议".
 */
const START = new RegExp(String.raw`第\s*(${NUMBER})`, 'g');
const NEXT = new RegExp(String.raw`(\s*号)?\s*(?:、|，|,|以及|和|及|与)\s*(第\s*)?(${NUMBER})`, 'y');
const END = /\s*号\s*决议/y;
const PARA = /\s*第\s*(\d+)\s*段/y;

/** Every resolution number cited in Chinese `text`, whatever its organ. */
export function scanZh(text: string): PrintedResolution[] {
  const found: PrintedResolution[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m !== null; m = START.exec(text)) {
    const items: PrintedResolution[] = [{ start: m.index, end: START.lastIndex, number: m[1] ?? '' }];
    let pos = START.lastIndex;
    for (NEXT.lastIndex = pos; ; NEXT.lastIndex = pos) {
      const n = NEXT.exec(text);
      if (n === null) break;
      const number = n[3] ?? '';
      const last = items[items.length - 1];
      if (last && n[1]) last.end = n.index + n[1].length;
      pos = NEXT.lastIndex;
      items.push({ start: pos - number.length - (n[2]?.length ?? 0), end: pos, number });
    }
    END.lastIndex = pos;
    const last = items[items.length - 1];
    // No 决议 after the list: no later item of the same list can end in one either.
    START.lastIndex = pos;
    if (END.exec(text) === null || last === undefined) continue;
    last.end = END.lastIndex;
    PARA.lastIndex = END.lastIndex;
    const para = items.length === 1 ? PARA.exec(text) : null;
    if (para !== null) {
      last.end = PARA.lastIndex;
      last.para = para[1];
    }
    START.lastIndex = last.end;
    if (!namesOtherBody(text, m.index, true)) found.push(...items);
  }
  return found;
}
