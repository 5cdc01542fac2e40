// The forecast's assumptions in plain words, in the reader's language, grouped and with readable values.
import { PARAM_INFO, ROLE_WORDS } from '../../../src/core/forecast';
import type { Assumption, Role } from '../../../src/core/forecast';
import { itemById } from '../../../src/core/reference/catalogue';
import { LOCALES, type Lang } from '../i18n/translate';
import { formatCount } from '../lib/format';
import { ASSUMPTION_ZH, ROLE_ZH, VALUE_ZH } from './assumption-zh';

/** The sections the assumptions are shown in. */
export type AssumptionSection =
  'basis' | 'cases' | 'capacity' | 'clinical' | 'testing' | 'rates' | 'stock';

/** Sections in display order. */
export const ASSUMPTION_SECTIONS: readonly AssumptionSection[] = [
  'basis',
  'cases',
  'capacity',
  'clinical',
  'testing',
  'rates',
  'stock',
];

/** An assumption ready to show: words and value in the language (English when no translation exists). */
export interface ShownAssumption {
  key: string;
  section: AssumptionSection;
  words: string;
  /** The language `words` are in (English for keys the dashboard cannot translate). */
  wordsLang: Lang;
  value: string;
  source: string;
}

/** Which section an assumption belongs to, from its key. */
export function sectionOf(key: string): AssumptionSection {
  const head = key.split(/[.[]/)[0] ?? '';
  if (['country', 'asOf', 'source', 'scenario', 'band'].includes(head)) return 'basis';
  if (head === 'cases') return 'cases';
  if (['capacity', 'beds', 'healthWorkers', 'staffing'].includes(head)) return 'capacity';
  if (['severity', 'stayWeeks', 'ventilation', 'oxygenLitresPerMinute'].includes(head)) {
    return 'clinical';
  }
  if (head === 'testing') return 'testing';
  if (head === 'rates') return 'rates';
  return 'stock';
}

function itemName(id: string, lang: Lang): string {
  const item = itemById(id);
  if (!item) return id;
  return lang === 'zh' ? item.nameZh : item.nameEn;
}

function number(value: number, lang: Lang, digits = 3): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(value);
}

/** An assumption's value as a reader wants it: shares as percentages, rates per day, counts in full. */
export function assumptionValue(a: Assumption, lang: Lang): string {
  const { key, value } = a;
  if (typeof value === 'string') {
    const pipeline = /^(\d+(?:\.\d+)?) (\S+) in week (\d+)$/.exec(value);
    if (pipeline && key.startsWith('pipeline[')) {
      const [, q, item, week] = pipeline;
      const n = formatCount(Number(q), lang);
      return lang === 'zh'
        ? `第${week}周到货${n}（${itemName(item ?? '', lang)}）`
        : `${n} ${itemName(item ?? '', lang)} in week ${week}`;
    }
    return lang === 'zh' ? (VALUE_ZH[value] ?? value) : value;
  }
  const info = PARAM_INFO[key];
  if (info?.kind === 'share') return `${number(value * 100, lang, 1)} %`;
  if (info?.kind === 'weeks') return lang === 'zh' ? `${value}周` : `${value} weeks`;
  if (/^cases\.rate/.test(key)) {
    return lang === 'zh'
      ? `每日${number(value * 100, lang, 2)}%`
      : `${number(value * 100, lang, 2)} % a day`;
  }
  if (/^(capacity|stock)\.|^cases\.(dailyCasesNow|casesToDate|susceptible)$/.test(key)) {
    return formatCount(value, lang);
  }
  return number(value, lang);
}

/** The plain words of an assumption in the language, and the language they ended up in. */
export function assumptionWords(a: Assumption, lang: Lang): { words: string; wordsLang: Lang } {
  const rate = /^rates\.([^.]+)\.([^.]+)$/.exec(a.key);
  if (rate) {
    const [, id = '', role = ''] = rate;
    const name = itemName(id, lang);
    if (lang === 'zh' && role in ROLE_ZH) {
      return { words: `${name}：每${ROLE_ZH[role as Role]}每天的用量。`, wordsLang: 'zh' };
    }
    if (role in ROLE_WORDS) {
      return { words: `${name} per ${ROLE_WORDS[role as Role]} per day.`, wordsLang: 'en' };
    }
  }
  const noRate = /^rates\.([^.]+)$/.exec(a.key);
  if (noRate) {
    const name = itemName(noRate[1] ?? '', lang);
    return lang === 'zh'
      ? { words: `没有${name}的预测：ESFT设备表中没有它的用量。`, wordsLang: 'zh' }
      : { words: `No forecast for ${name}.`, wordsLang: 'en' };
  }
  if (lang === 'en') return { words: a.plainWords, wordsLang: 'en' };
  const stock = /^stock\.(.+)$/.exec(a.key);
  if (stock) return { words: `${itemName(stock[1] ?? '', lang)}的现有库存。`, wordsLang: 'zh' };
  if (a.key.startsWith('pipeline[')) return { words: '运输途中的一批物资。', wordsLang: 'zh' };
  if (a.key === 'cases.kind') {
    const words =
      a.value === 'exponential'
        ? '新增病例按最近14天日新增病例拟合的增长率增长。'
        : '每周新增病例按用户提供的数值。';
    return { words, wordsLang: 'zh' };
  }
  if (a.key === 'capacity.labStaff') {
    const words =
      typeof a.value === 'number'
        ? '实验室人员；核酸检测数量受其从事新冠检测部分的能力限制。'
        : '实验室人员数未知：核酸检测数量不受实验室能力限制。';
    return { words, wordsLang: 'zh' };
  }
  const zh = ASSUMPTION_ZH[a.key];
  return zh ? { words: zh, wordsLang: 'zh' } : { words: a.plainWords, wordsLang: 'en' };
}

/** Every assumption ready to show, in its section, in the order the API listed them. */
export function showAssumptions(assumptions: readonly Assumption[], lang: Lang): ShownAssumption[] {
  return assumptions.map((a) => ({
    key: a.key,
    section: sectionOf(a.key),
    ...assumptionWords(a, lang),
    value: assumptionValue(a, lang),
    source: a.source,
  }));
}
