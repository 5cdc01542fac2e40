import { describe, expect, it } from 'vitest';
import { countryByIso3 } from './countries';
import { JHU_ALIASES, isJhuNonCountry, iso3ForJhuName } from './jhu-names';

// The real-data check (every Country/Region of the staged file maps) is in
// src/importers/jhu-names.real.test.ts: core tests may not read files.

describe('iso3ForJhuName', () => {
  it("maps JHU's own spellings", () => {
    expect(iso3ForJhuName('Korea, South')).toBe('KOR');
    expect(iso3ForJhuName('Taiwan*')).toBe('TWN');
    expect(iso3ForJhuName('Burma')).toBe('MMR');
    expect(iso3ForJhuName('Congo (Kinshasa)')).toBe('COD');
    expect(iso3ForJhuName('Congo (Brazzaville)')).toBe('COG');
    expect(iso3ForJhuName('West Bank and Gaza')).toBe('PSE');
    expect(iso3ForJhuName('US')).toBe('USA');
    // world-countries codes Kosovo UNK (JHU itself uses XKS).
    expect(iso3ForJhuName('Kosovo')).toBe('UNK');
  });

  it('maps plain country names case- and space-insensitively', () => {
    expect(iso3ForJhuName('Italy')).toBe('ITA');
    expect(iso3ForJhuName('  united   kingdom ')).toBe('GBR');
  });

  it('returns null for ships, the Olympics and unknown names', () => {
    for (const n of ['Diamond Princess', 'MS Zaandam', 'Summer Olympics 2020', 'Atlantis']) {
      expect(iso3ForJhuName(n)).toBeNull();
    }
    expect(isJhuNonCountry('Diamond Princess')).toBe(true);
    expect(isJhuNonCountry('Atlantis')).toBe(false);
  });

  it('aliases only point at codes world-countries has', () => {
    for (const iso3 of Object.values(JHU_ALIASES)) expect(countryByIso3(iso3)).toBeDefined();
  });
});
