import { describe, expect, it } from 'vitest';
import type { CountrySituation } from '../api/types';
import { filterCountries, foldText, nextSort, sortCountries } from './country-table';

function row(iso3: string, nameEn: string, nameZh: string, cases: number, dt: number | null) {
  return {
    iso3,
    iso2: iso3.slice(0, 2),
    isoNumeric: null,
    nameEn,
    nameZh,
    region: '',
    subregion: '',
    population: null,
    cases,
    deaths: 0,
    newCases7d: 0,
    casesPerMillion: null,
    deathsPerMillion: null,
    growthRate: null,
    doublingTimeDays: dt,
    tier: 'low',
  } satisfies CountrySituation;
}

const rows = [
  row('ITA', 'Italy', '意大利', 74386, 7.1),
  row('CIV', "Côte d'Ivoire", '科特迪瓦', 80, null),
  row('SMR', 'San Marino', '圣马力诺', 208, 5),
  row('CHN', 'China', '中国', 81733, 30),
];

describe('country table', () => {
  it('finds countries by either name or code, ignoring case and accents', () => {
    expect(foldText('Côte')).toBe('cote');
    expect(filterCountries(rows, 'cote').map((c) => c.iso3)).toEqual(['CIV']);
    expect(filterCountries(rows, '意大').map((c) => c.iso3)).toEqual(['ITA']);
    expect(filterCountries(rows, 'smr').map((c) => c.iso3)).toEqual(['SMR']);
    expect(filterCountries(rows, '  ')).toHaveLength(4);
    expect(filterCountries(rows, 'atlantis')).toEqual([]);
  });

  it('sorts numbers either way with unknown values last', () => {
    const asc = sortCountries(rows, { key: 'doublingTimeDays', descending: false }, 'en');
    expect(asc.map((c) => c.iso3)).toEqual(['SMR', 'ITA', 'CHN', 'CIV']);
    const desc = sortCountries(rows, { key: 'doublingTimeDays', descending: true }, 'en');
    expect(desc.map((c) => c.iso3)).toEqual(['CHN', 'ITA', 'SMR', 'CIV']);
    expect(sortCountries(rows, { key: 'cases', descending: true }, 'en')[0]?.iso3).toBe('CHN');
  });

  it('sorts names in the language shown', () => {
    const en = sortCountries(rows, { key: 'name', descending: false }, 'en').map((c) => c.iso3);
    expect(en).toEqual(['CHN', 'CIV', 'ITA', 'SMR']);
    const zh = sortCountries(rows, { key: 'name', descending: false }, 'zh').map((c) => c.nameZh);
    expect(zh).toHaveLength(4);
    expect(zh).not.toEqual(en);
  });

  it('flips the direction on the same column and starts new columns sensibly', () => {
    expect(nextSort({ key: 'cases', descending: true }, 'cases')).toEqual({
      key: 'cases',
      descending: false,
    });
    expect(nextSort({ key: 'cases', descending: true }, 'name')).toEqual({
      key: 'name',
      descending: false,
    });
    expect(nextSort({ key: 'name', descending: false }, 'deaths').descending).toBe(true);
  });
});
