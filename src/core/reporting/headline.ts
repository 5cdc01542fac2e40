// The report's headline sentence in English and Chinese, written from the figures in the seed's style.
import type { Bilingual } from './report.types';

/** A region's count as the sentence names it. */
export interface HeadlineRegion {
  id: string;
  nameEn: string;
  nameZh: string;
  countries: number;
}

/** The figures the headline states. */
export interface HeadlineFigures {
  batches: number;
  countries: number;
  organisations: number;
  /** Regions in the grouping's order; those with no country aided are left out of the sentence. */
  regions: readonly HeadlineRegion[];
}

const WORDS_EN = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const WORDS_ZH = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A small count as an English word ("four"), larger ones as digits, as the seed writes batches. */
export function numberWordEn(n: number): string {
  return WORDS_EN[n] ?? String(n);
}

/** A small count as a Chinese numeral for a measure word ("四批", "两批"), larger ones as digits. */
export function numberWordZh(n: number): string {
  return WORDS_ZH[n] ?? String(n);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "a", "a and b", "a, b and c". */
export function listEn(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
}

// Region names that read with "the" in running English ("in the Americas", "in the South Pacific").
const WITH_ARTICLE = /^(americas|south pacific|caribbean|middle east|pacific)/i;

const regionEn = (name: string) => (WITH_ARTICLE.test(name) ? `the ${name}` : name);

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The English headline: "Four batches to 89 countries and 4 international organisations: 28 in Asia, …". */
export function headlineEn(f: HeadlineFigures): string {
  if (f.batches === 0 && f.countries === 0 && f.organisations === 0) {
    return 'No aid has been approved yet.';
  }
  const whom = [
    ...(f.countries > 0 ? [plural(f.countries, 'country', 'countries')] : []),
    ...(f.organisations > 0
      ? [plural(f.organisations, 'international organisation', 'international organisations')]
      : []),
  ];
  const batches = `${numberWordEn(f.batches)} ${f.batches === 1 ? 'batch' : 'batches'}`;
  const regions = f.regions
    .filter((r) => r.countries > 0)
    .map((r) => `${r.countries} in ${regionEn(r.nameEn)}`);
  const head =
    f.batches > 0 ? `${capitalise(batches)} to ${listEn(whom)}` : `Aid to ${listEn(whom)}`;
  return regions.length > 0 ? `${head}: ${listEn(regions)}.` : `${head}.`;
}

/** The Chinese headline: "已分四批向89个国家和4个国际组织提供抗疫援助，其中亚洲28国、…". */
export function headlineZh(f: HeadlineFigures): string {
  if (f.batches === 0 && f.countries === 0 && f.organisations === 0) {
    return '尚无获批的援助。';
  }
  const whom = [
    ...(f.countries > 0 ? [`${f.countries}个国家`] : []),
    ...(f.organisations > 0 ? [`${f.organisations}个国际组织`] : []),
  ].join('和');
  const lead =
    f.batches === 0
      ? `已向${whom}提供抗疫援助`
      : f.batches === 1
        ? `已向${whom}提供一批抗疫援助`
        : `已分${numberWordZh(f.batches)}批向${whom}提供抗疫援助`;
  const regions = f.regions
    .filter((r) => r.countries > 0)
    .map((r) => `${r.nameZh}${r.countries}国`);
  return regions.length > 0 ? `${lead}，其中${regions.join('、')}。` : `${lead}。`;
}

/** The headline in both languages. */
export function headline(f: HeadlineFigures): Bilingual {
  return { en: headlineEn(f), zh: headlineZh(f) };
}
