import type { Iso3 } from '../shared/brand';
import { COUNTRIES } from './countries';

/**
 * JHU CSSE Country/Region spellings that differ from the English short names in world-countries,
 * including some used in JHU's early-2020 daily reports. Kosovo needs no alias: world-countries calls
 * it "Kosovo" and codes it UNK (JHU's own code is XKS, the World Bank's XKX).
 */
export const JHU_ALIASES: Readonly<Record<string, string>> = {
  burma: 'MMR',
  'cabo verde': 'CPV',
  'congo (brazzaville)': 'COG',
  'congo (kinshasa)': 'COD',
  "cote d'ivoire": 'CIV',
  'holy see': 'VAT',
  'korea, north': 'PRK',
  'korea, south': 'KOR',
  'sao tome and principe': 'STP',
  'taiwan*': 'TWN',
  turkey: 'TUR',
  us: 'USA',
  'west bank and gaza': 'PSE',
  // Early daily-report spellings (January to March 2020).
  'mainland china': 'CHN',
  'republic of korea': 'KOR',
  'iran (islamic republic of)': 'IRN',
  'viet nam': 'VNM',
  'czech republic': 'CZE',
  'russian federation': 'RUS',
  'republic of moldova': 'MDA',
  'hong kong sar': 'HKG',
  'macao sar': 'MAC',
  'taipei and environs': 'TWN',
  'occupied palestinian territory': 'PSE',
  'gambia, the': 'GMB',
  'the gambia': 'GMB',
  'bahamas, the': 'BHS',
  'the bahamas': 'BHS',
  'east timor': 'TLS',
  swaziland: 'SWZ',
  uk: 'GBR',
};

/** JHU Country/Region rows that are not countries (cruise ships, the Olympic Games): they map to no ISO3. */
export const JHU_NON_COUNTRIES: readonly string[] = [
  'Diamond Princess',
  'MS Zaandam',
  'Grand Princess',
  'Cruise Ship',
  'Others',
  'Summer Olympics 2020',
  'Winter Olympics 2022',
];

const key = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');

const byName = new Map<string, Iso3>(COUNTRIES.map((c) => [key(c.nameEn), c.iso3]));
for (const [alias, iso3] of Object.entries(JHU_ALIASES)) byName.set(alias, iso3 as Iso3);
const nonCountries = new Set(JHU_NON_COUNTRIES.map(key));

/** The ISO3 code of a JHU Country/Region name, or null for ships, the Olympics and names it does not know. */
export function iso3ForJhuName(name: string): Iso3 | null {
  const k = key(name);
  if (nonCountries.has(k)) return null;
  return byName.get(k) ?? null;
}

/** Whether a JHU Country/Region name is a known non-country row (a ship or the Olympics). */
export function isJhuNonCountry(name: string): boolean {
  return nonCountries.has(key(name));
}
