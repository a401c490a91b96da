import { isoDate, type Conventions } from './types.ts';

/** Chinese: how the UN prints resolutions in 中文. */
export const zh: Conventions = {
  lang: 'zh',
  session: /^\s*(\d{4}\s*年(?:实质性|组织|协调|管理)?(?:会议|届会))\s*$/,
  agendaItem: /^\s*议程项目\s*(\S.*?)\s*$/,
  recycle: /^\s*请回收\s*$/,
  masthead: [/^\s*联合国\s*$/, /^\s*(?:经济及社会理事会|大会)\s*$/, /^\s*Distr\.?:?\s*\S.*$/, /^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/, /^\s*(?:原件|原文)[：:]\s*\S+\s*$/],
  adoptionLine: /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:经济及社会理事会|经社理事会|大会)(?:通过的)?决议$/,
  formula: /^(?:经济及社会理事会|经社理事会|大会)[，,]?$/,
  leadWord: /^(?:在这方面，?)?(?:又|还|再次|另|进一步|深为|严重|极为|特别|强烈|着重|重点)?(?:回顾|表示|注意到|确认|重申|认识到|欢迎|深信|考虑到|铭记|强调|申明|意识到|关切|赞赏|赞扬|承认|满意地|欣见|遗憾地|震惊|决心|希望|相信|坚信|审议了|审查了|听取了|鼓励|念及|知悉|提及|指出|肯定|遵循|痛惜|谴责|促请)/,
  annex: /^附件[一二三四五六七八九十]*$/,
  part: /^[A-ZＡ-Ｚ]$/,
  meeting: /第\s*(\d+)\s*次全体会议/,
  date: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
  parseDate: (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3])),
  organ: (text) => (/经济及社会理事会|经社理事会/.test(text) ? 'ECOSOC' : /大会/.test(text) ? 'GA' : null),
  reissue: /因技术原因.{0,24}?重新印发|因技术原因重发|更正后重新印发/,
};
