import worldCountries from 'world-countries';
import type { Iso2, Iso3, IsoNumeric } from '../shared/brand';

/** A country or territory of ISO 3166-1, with names in English and Chinese and its UN region. */
export interface Country {
  iso2: Iso2;
  iso3: Iso3;
  /** Zero-padded ISO numeric code ("380"), or null where ISO assigns none (Kosovo). */
  isoNumeric: IsoNumeric | null;
  nameEn: string;
  nameZh: string;
  /** Continent-level region: Africa, Americas, Asia, Europe, Oceania, Antarctic. */
  region: string;
  subregion: string;
  independent: boolean;
  unMember: boolean;
}

/** Every country and territory in world-countries (ODbL-1.0), sorted by ISO3. */
export const COUNTRIES: readonly Country[] = worldCountries
  .map((c): Country => ({
    iso2: c.cca2 as Iso2,
    iso3: c.cca3 as Iso3,
    isoNumeric: c.ccn3 ? (c.ccn3.padStart(3, '0') as IsoNumeric) : null,
    nameEn: c.name.common,
    nameZh: c.translations['zho']?.common ?? c.name.common,
    region: c.region,
    subregion: c.subregion,
    independent: c.independent ?? false,
    unMember: c.unMember,
  }))
  .sort((a, b) => a.iso3.localeCompare(b.iso3));

const byIso3 = new Map(COUNTRIES.map((c) => [c.iso3 as string, c]));

/** The country with this ISO3 code (case-insensitive), or undefined. */
export function countryByIso3(code: string): Country | undefined {
  return byIso3.get(code.toUpperCase());
}
