import worldCountries from 'world-countries';
import zhLocale from 'i18n-iso-countries/langs/zh.json';
import type { Iso2, Iso3, IsoNumeric } from '../shared/brand';
import {
  m49AreaByCode,
  m49Lineage,
  m49RegionName,
  m49SubregionCodeFor,
  type M49RegionName,
} from './m49';

/** A country or territory of ISO 3166-1, with names in English and Chinese and its UN region. */
export interface Country {
  iso2: Iso2;
  iso3: Iso3;
  /** Zero-padded ISO numeric code ("380"), or null where ISO assigns none (Kosovo). */
  isoNumeric: IsoNumeric | null;
  /** False only for Kosovo, whose codes (XK / UNK) are user-assigned, not ISO 3166-1. */
  isoAssigned: boolean;
  /** Common English name from world-countries ("Italy", "DR Congo"). */
  nameEn: string;
  /** Simplified Chinese name in mainland usage (see `chineseName`). */
  nameZh: string;
  /** world-countries region: Africa, Americas, Asia, Europe, Oceania, Antarctic. */
  region: string;
  /** world-countries sub-region (not always M49: "Central Europe"); prefer m49Subregion. */
  subregion: string;
  /** UN M49 region, or null for Antarctica. */
  m49Region: M49RegionName | null;
  /** UN M49 region code ("150"), or null for Antarctica. */
  m49RegionCode: string | null;
  /** UN M49 geoscheme sub-region ("Southern Europe", "Eastern Africa"), or null for Antarctica. */
  m49Subregion: string | null;
  /** UN M49 code of m49Subregion ("039"), or null for Antarctica. */
  m49SubregionCode: string | null;
  independent: boolean;
  unMember: boolean;
}

const ZH_NAMES: Readonly<Record<string, string | readonly string[]>> = zhLocale.countries;

/**
 * The Chinese name to show: i18n-iso-countries `zh` (simplified, mainland usage, e.g. Taiwan
 * "中国台湾省"; first name when it lists several), else world-countries `translations.zho.common`,
 * else the English name.
 */
export function chineseName(
  i18nZh: string | readonly string[] | undefined,
  worldCountriesZh: string | undefined,
  english: string,
): string {
  const first = typeof i18nZh === 'string' ? i18nZh : i18nZh?.[0];
  return first || worldCountriesZh || english;
}

function toCountry(c: (typeof worldCountries)[number]): Country {
  const subCode = m49SubregionCodeFor(c.cca3, c.subregion);
  const lineage = subCode === null ? [] : m49Lineage(subCode);
  const regionCode = lineage.at(-1) ?? null;
  return {
    iso2: c.cca2 as Iso2,
    iso3: c.cca3 as Iso3,
    isoNumeric: c.ccn3 ? (c.ccn3.padStart(3, '0') as IsoNumeric) : null,
    isoAssigned: c.cca3 !== 'UNK',
    nameEn: c.name.common,
    nameZh: chineseName(ZH_NAMES[c.cca2], c.translations['zho']?.common, c.name.common),
    region: c.region,
    subregion: c.subregion,
    m49Region: regionCode === null ? null : m49RegionName(regionCode),
    m49RegionCode: regionCode,
    m49Subregion: subCode === null ? null : (m49AreaByCode(subCode)?.nameEn ?? null),
    m49SubregionCode: subCode,
    independent: c.independent ?? false,
    unMember: c.unMember,
  };
}

/**
 * Every country and territory in world-countries (ODbL-1.0): the 249 ISO 3166-1 entries plus
 * Kosovo, sorted by ISO3.
 */
export const COUNTRIES: readonly Country[] = worldCountries
  .map(toCountry)
  .sort((a, b) => a.iso3.localeCompare(b.iso3));

const byIso3 = new Map<string, Country>(COUNTRIES.map((c) => [c.iso3, c]));
const byIso2 = new Map<string, Country>(COUNTRIES.map((c) => [c.iso2, c]));
const byNumeric = new Map<string, Country>(
  COUNTRIES.flatMap((c) => (c.isoNumeric === null ? [] : [[c.isoNumeric, c] as const])),
);

/** The country with this ISO3 code (case-insensitive), or undefined. */
export function countryByIso3(code: string): Country | undefined {
  return byIso3.get(code.trim().toUpperCase());
}

/** The country with this ISO2 code (case-insensitive), or undefined. */
export function countryByIso2(code: string): Country | undefined {
  return byIso2.get(code.trim().toUpperCase());
}

/** The country with this ISO numeric code ("036", "36" or 36: world-atlas ids), or undefined. */
export function countryByNumeric(code: string | number): Country | undefined {
  const text = String(code).trim();
  if (!/^\d{1,3}$/.test(text)) return undefined;
  return byNumeric.get(text.padStart(3, '0'));
}
