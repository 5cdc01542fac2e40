import { getCountry } from 'countries-and-timezones';
import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../reference/countries';
import { CAPITAL_TIME_ZONES, capitalTimeZone, isValidTimeZone } from './time-zones';

describe('capitalTimeZone', () => {
  it('resolves every country in COUNTRIES to a zone the runtime knows', () => {
    const bad = COUNTRIES.filter((c) => !isValidTimeZone(capitalTimeZone(c.iso3)));
    expect(bad.map((c) => c.iso3)).toEqual([]);
    expect(COUNTRIES.length).toBeGreaterThan(240);
  });

  it('records a capital exactly for the countries with several zones or none', () => {
    const ambiguous = COUNTRIES.filter((c) => (getCountry(c.iso2)?.timezones.length ?? 0) !== 1);
    expect(ambiguous.map((c) => c.iso3).sort()).toEqual(Object.keys(CAPITAL_TIME_ZONES).sort());
  });

  it('picks the capital where a country spans zones', () => {
    expect(capitalTimeZone('USA')).toBe('America/New_York');
    expect(capitalTimeZone('rus')).toBe('Europe/Moscow');
    expect(capitalTimeZone('BRA')).toBe('America/Sao_Paulo');
    expect(capitalTimeZone('AUS')).toBe('Australia/Sydney');
    expect(capitalTimeZone('CAN')).toBe('America/Toronto');
    expect(capitalTimeZone('CHN')).toBe('Asia/Shanghai');
    expect(capitalTimeZone('KAZ')).toBe('Asia/Almaty');
  });

  it('takes the single zone of other countries from countries-and-timezones', () => {
    expect(capitalTimeZone('ITA')).toBe('Europe/Rome');
    expect(capitalTimeZone('IRN')).toBe('Asia/Tehran');
    expect(capitalTimeZone('SRB')).toBe('Europe/Belgrade');
  });

  it('names an unknown code', () => {
    expect(() => capitalTimeZone('XYZ')).toThrow(/unknown ISO3 country code "XYZ"/);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
