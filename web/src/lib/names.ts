import type { MessageKey } from '../i18n/dictionaries';
import { DICTIONARIES } from '../i18n/dictionaries';
import type { Lang } from '../i18n/translate';

/** The name of a country in the language, and in the other one (for a second line). */
export function countryNames(
  country: { nameEn: string; nameZh: string },
  lang: Lang,
): { primary: string; secondary: string } {
  return lang === 'zh'
    ? { primary: country.nameZh, secondary: country.nameEn }
    : { primary: country.nameEn, secondary: country.nameZh };
}

/** A UN region's name in the language; regions without a translation keep their English name. */
export function regionName(region: string, lang: Lang): string {
  const key = `region.${region}`;
  return key in DICTIONARIES.en ? DICTIONARIES[lang][key as MessageKey] : region;
}

/** A tier's label in the language, from the tier list the API sent; the id if it is not listed. */
export function tierLabel(
  tiers: readonly { id: string; labelEn: string; labelZh: string }[],
  id: string,
  lang: Lang,
): string {
  const tier = tiers.find((t) => t.id === id);
  if (!tier) return id;
  return lang === 'zh' ? tier.labelZh : tier.labelEn;
}

/** Position of a tier in the list (0 = mildest), for its badge colour; -1 if unknown. */
export function tierRank(tiers: readonly { id: string }[], id: string): number {
  return tiers.findIndex((t) => t.id === id);
}
