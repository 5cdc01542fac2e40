// Names on the experts pages: specialties, kinds and statuses from the dictionaries (the code when a
// value is new), languages from the browser's Intl, experts in the reader's language.
import { DICTIONARIES, type MessageKey } from '../i18n/dictionaries';
import type { Lang } from '../i18n/translate';

/** The message for `${prefix}${value}` in `lang`, or the value itself when there is no such message. */
export function labelOf(prefix: string, value: string, lang: Lang): string {
  const key = `${prefix}${value}`;
  return key in DICTIONARIES.en ? DICTIONARIES[lang][key as MessageKey] : value;
}

/** A specialty's name, e.g. "tcm" → "Traditional Chinese medicine" / "中医". */
export function specialtyName(specialty: string, lang: Lang): string {
  return labelOf('ex.sp.', specialty, lang);
}

/** A language code's name in the reader's language ("fa" → "Persian" / "波斯语"), or the code. */
export function languageName(code: string, lang: Lang): string {
  try {
    const name = new Intl.DisplayNames([lang === 'zh' ? 'zh-CN' : 'en'], { type: 'language' }).of(
      code,
    );
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/** An expert's name in the reader's language (the Chinese name when there is one). */
export function expertName(expert: { name: string; nameZh?: string }, lang: Lang): string {
  return lang === 'zh' && expert.nameZh ? expert.nameZh : expert.name;
}

/** A country's name from the reference names, or its code. */
export function countryName(
  names: ReadonlyMap<string, { nameEn: string; nameZh: string }>,
  iso3: string,
  lang: Lang,
): string {
  const c = names.get(iso3);
  return c ? (lang === 'zh' ? c.nameZh : c.nameEn) : iso3;
}

/** Splits "ITA, pak; IRN" into upper-case codes, each once, in order. */
export function codeList(text: string, upper = true): string[] {
  const codes = text
    .split(/[\s,;]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '')
    .map((c) => (upper ? c.toUpperCase() : c));
  return [...new Set(codes)];
}

/** Country names by ISO3, as the pages receive them. */
export type CountryNames = ReadonlyMap<string, { nameEn: string; nameZh: string }>;
