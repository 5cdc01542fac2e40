import { describe, expect, it } from 'vitest';
import isoCodes from 'i18n-iso-countries/codes.json';
import {
  COUNTRIES,
  chineseName,
  countryByIso2,
  countryByIso3,
  countryByNumeric,
} from './countries';

// Countries per M49 geoscheme sub-region, from the UNSD M49 overview (December 2021 edition).
// Two deliberate differences: Taiwan (Eastern Asia) and Kosovo (Southern Europe) are listed by
// ISO / world-countries but not separately by M49.
const UNSD_COUNTS: Record<string, number> = {
  'Northern Africa': 7,
  'Eastern Africa': 22,
  'Middle Africa': 9,
  'Southern Africa': 5,
  'Western Africa': 17,
  Caribbean: 28,
  'Central America': 8,
  'South America': 16,
  'Northern America': 5,
  'Central Asia': 5,
  'Eastern Asia': 7 + 1,
  'South-eastern Asia': 11,
  'Southern Asia': 9,
  'Western Asia': 18,
  'Eastern Europe': 10,
  'Northern Europe': 16,
  'Southern Europe': 16 + 1,
  'Western Europe': 9,
  'Australia and New Zealand': 6,
  Melanesia: 5,
  Micronesia: 8,
  Polynesia: 10,
};

describe('COUNTRIES', () => {
  it('holds the 249 ISO 3166-1 entries plus Kosovo, with unique codes', () => {
    expect(COUNTRIES).toHaveLength(250);
    expect(COUNTRIES.filter((c) => !c.isoAssigned).map((c) => c.iso3)).toEqual(['UNK']);
    for (const key of ['iso2', 'iso3', 'isoNumeric'] as const) {
      const values = COUNTRIES.map((c) => c[key]).filter((v) => v !== null);
      expect(new Set(values).size, key).toBe(values.length);
    }
  });

  it('agrees code for code with i18n-iso-countries (a second, independent package)', () => {
    const byIso3 = new Map(isoCodes.map(([a2, a3, num]) => [a3, { a2, num }]));
    for (const c of COUNTRIES.filter((x) => x.isoAssigned)) {
      const other = byIso3.get(c.iso3);
      expect(other, c.iso3).toBeDefined();
      expect(other?.a2, c.iso3).toBe(c.iso2);
      expect(other?.num, c.iso3).toBe(c.isoNumeric);
    }
  });

  it('has zero-padded numeric codes, names in both languages', () => {
    for (const c of COUNTRIES) {
      if (c.isoNumeric !== null) expect(c.isoNumeric).toMatch(/^\d{3}$/);
      expect(c.nameEn.length).toBeGreaterThan(0);
      expect(c.nameZh).toMatch(/\p{Script=Han}/u);
    }
    expect(countryByIso3('TWN')?.nameZh).toBe('中国台湾省');
    expect(countryByIso3('ITA')?.nameZh).toBe('意大利');
    expect(countryByIso3('UNK')?.isoNumeric).toBeNull();
  });

  it('sorts by ISO3', () => {
    const codes = COUNTRIES.map((c) => c.iso3 as string);
    expect(codes).toEqual([...codes].sort());
  });
});

describe('M49 fields', () => {
  it('match the UNSD count of countries in every sub-region', () => {
    const counts: Record<string, number> = {};
    for (const c of COUNTRIES) {
      if (c.m49Subregion) counts[c.m49Subregion] = (counts[c.m49Subregion] ?? 0) + 1;
    }
    expect(counts).toEqual(UNSD_COUNTS);
  });

  it('leave only Antarctica without a region', () => {
    expect(COUNTRIES.filter((c) => c.m49Region === null).map((c) => c.iso3)).toEqual(['ATA']);
  });

  it('replace the non-M49 sub-regions of world-countries', () => {
    const sub = (iso3: string) => countryByIso3(iso3)?.m49Subregion;
    expect(countryByIso3('AUT')?.subregion).toBe('Central Europe');
    expect(sub('AUT')).toBe('Western Europe');
    expect(sub('POL')).toBe('Eastern Europe');
    expect(sub('SVN')).toBe('Southern Europe');
    expect(sub('SRB')).toBe('Southern Europe');
    expect(sub('ROU')).toBe('Eastern Europe');
    expect(sub('MEX')).toBe('Central America');
    expect(sub('USA')).toBe('Northern America');
    expect(sub('VNM')).toBe('South-eastern Asia');
    const cyprus = countryByIso3('CYP');
    expect([cyprus?.m49Region, cyprus?.m49Subregion, cyprus?.m49SubregionCode]).toEqual([
      'Asia',
      'Western Asia',
      '145',
    ]);
    expect(countryByIso3('ITA')?.m49RegionCode).toBe('150');
  });

  it('never uses a world-countries-only name', () => {
    const names = new Set(COUNTRIES.map((c) => c.m49Subregion));
    for (const bad of ['Central Europe', 'Southeast Europe', 'North America', 'Antarctic']) {
      expect(names.has(bad)).toBe(false);
    }
  });
});

describe('lookups', () => {
  it('find by ISO3, ISO2 and numeric, case-insensitively', () => {
    expect(countryByIso3('ita')?.iso2).toBe('IT');
    expect(countryByIso2('it')?.iso3).toBe('ITA');
    expect(countryByNumeric('380')?.iso3).toBe('ITA');
    expect(countryByNumeric('36')?.iso3).toBe('AUS');
    expect(countryByNumeric(32)?.iso3).toBe('ARG');
  });

  it('return undefined for unknown or malformed codes', () => {
    expect(countryByIso3('XXX')).toBeUndefined();
    expect(countryByIso2('ZZ')).toBeUndefined();
    expect(countryByNumeric('999')).toBeUndefined();
    expect(countryByNumeric('3a0')).toBeUndefined();
    expect(countryByNumeric('1234')).toBeUndefined();
  });
});

describe('chineseName', () => {
  it('prefers i18n-iso-countries, then world-countries, then English', () => {
    expect(chineseName('中国台湾省', '台灣', 'Taiwan')).toBe('中国台湾省');
    expect(chineseName(['甲', '乙'], '丙', 'X')).toBe('甲');
    expect(chineseName(undefined, '丙', 'X')).toBe('丙');
    expect(chineseName('', undefined, 'X')).toBe('X');
  });
});
