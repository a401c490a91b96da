import type { Lang } from '../schemas/lang.ts';

/** The numbers of the 17 Sustainable Development Goals. */
export const SDG_GOALS: readonly number[] = Array.from({ length: 17 }, (_, i) => i + 1);

// The goals' official short titles, as the UN publishes them in each language.
const NAMES: Record<Lang, readonly string[]> = {
  ar: [
    'القضاء على الفقر', 'القضاء التام على الجوع', 'الصحة الجيدة والرفاه', 'التعليم الجيد', 'المساواة بين الجنسين',
    'المياه النظيفة والنظافة الصحية', 'طاقة نظيفة وبأسعار معقولة', 'العمل اللائق ونمو الاقتصاد', 'الصناعة والابتكار والهياكل الأساسية',
    'الحد من أوجه عدم المساواة', 'مدن ومجتمعات محلية مستدامة', 'الاستهلاك والإنتاج المسؤولان', 'العمل المناخي', 'الحياة تحت الماء',
    'الحياة في البر', 'السلام والعدل والمؤسسات القوية', 'عقد الشراكات لتحقيق الأهداف',
  ],
  zh: [
    '无贫穷', '零饥饿', '良好健康与福祉', '优质教育', '性别平等', '清洁饮水和卫生设施', '经济适用的清洁能源', '体面工作和经济增长',
    '产业、创新和基础设施', '减少不平等', '可持续城市和社区', '负责任消费和生产', '气候行动', '水下生物', '陆地生物',
    '和平、正义与强大机构', '促进目标实现的伙伴关系',
  ],
  en: [
    'No poverty', 'Zero hunger', 'Good health and well-being', 'Quality education', 'Gender equality', 'Clean water and sanitation',
    'Affordable and clean energy', 'Decent work and economic growth', 'Industry, innovation and infrastructure', 'Reduced inequalities',
    'Sustainable cities and communities', 'Responsible consumption and production', 'Climate action', 'Life below water', 'Life on land',
    'Peace, justice and strong institutions', 'Partnerships for the goals',
  ],
  fr: [
    'Pas de pauvreté', 'Faim « zéro »', 'Bonne santé et bien-être', 'Éducation de qualité', 'Égalité entre les sexes',
    'Eau propre et assainissement', 'Énergie propre et d’un coût abordable', 'Travail décent et croissance économique',
    'Industrie, innovation et infrastructure', 'Inégalités réduites', 'Villes et communautés durables', 'Consommation et production responsables',
    'Mesures relatives à la lutte contre les changements climatiques', 'Vie aquatique', 'Vie terrestre', 'Paix, justice et institutions efficaces',
    'Partenariats pour la réalisation des objectifs',
  ],
  ru: [
    'Ликвидация нищеты', 'Ликвидация голода', 'Хорошее здоровье и благополучие', 'Качественное образование', 'Гендерное равенство',
    'Чистая вода и санитария', 'Недорогостоящая и чистая энергия', 'Достойная работа и экономический рост', 'Индустриализация, инновации и инфраструктура',
    'Уменьшение неравенства', 'Устойчивые города и населенные пункты', 'Ответственное потребление и производство', 'Борьба с изменением климата',
    'Сохранение морских экосистем', 'Сохранение экосистем суши', 'Мир, правосудие и эффективные институты', 'Партнерство в интересах устойчивого развития',
  ],
  es: [
    'Fin de la pobreza', 'Hambre cero', 'Salud y bienestar', 'Educación de calidad', 'Igualdad de género', 'Agua limpia y saneamiento',
    'Energía asequible y no contaminante', 'Trabajo decente y crecimiento económico', 'Industria, innovación e infraestructura',
    'Reducción de las desigualdades', 'Ciudades y comunidades sostenibles', 'Producción y consumo responsables', 'Acción por el clima',
    'Vida submarina', 'Vida de ecosistemas terrestres', 'Paz, justicia e instituciones sólidas', 'Alianzas para lograr los objetivos',
  ],
};

// "Goal 3", "目标3", "Objectif 3" as each language numbers a goal; French sets a no-break space before its colon.
const NUMBER: Record<Lang, (n: number) => string> = {
  ar: (n) => `الهدف ${n}`,
  zh: (n) => `目标${n}`,
  en: (n) => `Goal ${n}`,
  fr: (n) => `Objectif ${n}`,
  ru: (n) => `Цель ${n}`,
  es: (n) => `Objetivo ${n}`,
};
const COLON: Record<Lang, string> = { ar: ': ', zh: '：', en: ': ', fr: '\u00a0: ', ru: ': ', es: ': ' };

/** A goal's short title alone: "Good health and well-being", "良好健康与福祉". */
export function sdgName(goal: number, lang: Lang): string {
  const name = NAMES[lang][goal - 1];
  if (name === undefined) throw new RangeError(`no Sustainable Development Goal ${goal}`);
  return name;
}

/** "Goal 3", "目标3", "الهدف 3". */
export function sdgNumber(goal: number, lang: Lang): string {
  return NUMBER[lang](goal);
}

/** A goal with its number: "Goal 3: Good health and well-being", "目标3：良好健康与福祉". */
export function sdgTitle(goal: number, lang: Lang): string {
  return `${sdgNumber(goal, lang)}${COLON[lang]}${sdgName(goal, lang)}`;
}
