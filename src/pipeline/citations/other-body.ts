/**
 * Bodies other than the GA and ECOSOC that number their resolutions the same way
 * (Human Rights Council 24/7, Commission on Narcotic Drugs 58/1, UNEA 4/1, the Security
 * Council…): a citation naming one of them must not become E/RES or A/RES. Chinese and
 * English print the organ before the number, French, Spanish and Russian after it
 * ("résolution 24/7 du Conseil des droits de l’homme"); Arabic prints it between the
 * word and the number, which its grammar only lets the GA and ECOSOC fill.
 */

/** The Chinese organ just before the citation; an optional date may stand in between. */
const BEFORE_ZH =
  /(?:人权理事会|安全理事会|安理会|委员会|执行局|执行理事会|管理理事会|理事机构|缔约方大会|缔约国大会|环境大会|人居大会|卫生大会|会议)\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?$/;
/** A run of capitalised words (with "of", "on"… between them) just before "resolution". */
const TITLE_RUN_EN =
  /(?:[A-Z][\w’'-]*\s+)(?:(?:(?:of|on|and|for|the|to|against|in)\s+)*[A-Z][\w’'-]*\s+)*$/;
const BODY_EN =
  /\b(?:Commission|Committee|Board|Conference|Human Rights Council|Security Council|Governing Council|Parties|Executive|Environment Assembly|Health Assembly|Habitat Assembly)\b/;

/** True when the Chinese or English text just before `start` names another body. */
export function namesOtherBody(text: string, start: number, zh: boolean): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  if (zh) return BEFORE_ZH.test(before);
  const run = TITLE_RUN_EN.exec(before);
  return run !== null && BODY_EN.test(run[0]);
}

/**
 * A resolution cited inside a reference to a report, where it is the reporting body's
 * own: "(E/2015/27), chap. I, sect. C, resolution 59/1", "гл. I, разд. C, резолюция
 * 59/1", "第一章，C 节，第 59/1 号决议". Tested on the text just before the citation.
 */
const IN_REPORT =
  /(?:(?:chap|cap|гл)\.\s*[IVX]+,\s*(?:sect|secc|разд)\.\s*[A-Z],|الفصل\s+\p{L}+،\s*الفرع\s+\p{L}+،|第[一二三四五六七八九十]+章[，,]\s*[A-Z]\s*节[，,])\s*$/u;

/** True when the citation starting at `start` names a resolution of the body whose report is cited. */
export function inReport(text: string, start: number): boolean {
  return IN_REPORT.test(text.slice(Math.max(0, start - 40), start));
}

/** An optional date then the organ's name, right after a number (sticky). */
function after(date: string, organ: string): RegExp {
  return new RegExp(String.raw`(?:${date})?,?\s+(?:${organ})`, 'yu');
}

/** English, after the number: "resolution 2023/10 of the Conference of African Ministers". */
export const OTHER_BODY_EN = after(
  String.raw`,?\s+of\s+\d{1,2}\s+\p{L}+\s+\d{4}`,
  String.raw`(?:of|by)\s+the\s+(?:Human Rights Council|Security Council|Commission|Committee|Conference|Board|Governing Council|Executive)`,
);
/** French: "résolution 24/7 du Conseil des droits de l’homme", "16/1 de la Commission…". */
export const OTHER_BODY_FR = after(
  String.raw`,?\s+(?:du|en date du)\s+\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}`,
  String.raw`(?:du|de la|de l['’]|des)\s*(?:Conseil (?:des droits|de sécurité|d['’]administration|exécutif)|Commission|Comité|Conférence|Parties|Assemblée (?:mondiale|des Nations Unies pour l))`,
);
/** Spanish: "resolución 24/7 del Consejo de Derechos Humanos", "16/1 de la Comisión…". */
export const OTHER_BODY_ES = after(
  String.raw`,?\s+de\s+\d{1,2}\s+de\s+\p{L}+\s+de\s+\d{4}`,
  String.raw`(?:del|de la|de los)\s+(?:Consejo (?:de Derechos|de Seguridad|de Administración|Ejecutivo)|Comisión|Comité|Conferencia|Partes|Asamblea (?:Mundial|de las Naciones Unidas sobre el Medio))`,
);
/** Russian: "резолюцию 24/7 Совета по правам человека", "16/1 Комиссии по…". */
export const OTHER_BODY_RU = after(
  String.raw`\s+от\s+\d{1,2}\s+\p{L}+\s+\d{4}\s+года`,
  String.raw`(?:\p{L}+(?:ой|ого|ей|его)\s+(?:и\s+)?){0,3}(?:Совета (?:по правам|Безопасности|управляющих)|[Ии]сполнительного совета|[Кк]омисси|[Кк]омитета|[Кк]онференции|Ассамбле(?:и|я) (?:здравоохранения|Организации Объединенных Наций по окружающей))`,
);
/** Arabic: "القرار 24/7 لمجلس حقوق الإنسان", "الصادر عن لجنة…". */
export const OTHER_BODY_AR = after(
  String.raw`[،,]?\s+المؤرخ\p{L}*\s+\d{1,2}\s+\p{L}+(?:\s\p{L}+)?\/\s?\p{L}+\s+\d{4}`,
  String.raw`(?:الصادر(?:ة|ين)? عن\s+)?(?:ل|ال)?(?:مجلس حقوق|مجلس الأمن|لجنة|اللجنة|المجلس التنفيذي|مؤتمر|جمعية الصحة|جمعية الأمم المتحدة للبيئة)`,
);
