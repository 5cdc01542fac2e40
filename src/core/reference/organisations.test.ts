import { describe, expect, it } from 'vitest';
import { countryByIso3 } from './countries';
import { ORGANISATIONS, organisationByCode } from './organisations';

describe('ORGANISATIONS', () => {
  it('include WHO, AU, EU and ASEAN with Chinese names', () => {
    expect(ORGANISATIONS.map((o) => [o.code, o.shortNameZh])).toEqual([
      ['WHO', '世卫组织'],
      ['AU', '非盟'],
      ['EU', '欧盟'],
      ['ASEAN', '东盟'],
    ]);
    for (const o of ORGANISATIONS) expect(o.nameZh).toMatch(/\p{Script=Han}/u);
  });

  it('use upper-case codes that are never ISO3 country codes', () => {
    for (const o of ORGANISATIONS) {
      expect(o.code).toMatch(/^[A-Z]+$/);
      expect(countryByIso3(o.code), o.code).toBeUndefined();
    }
  });

  it('have real headquarters countries, and regional bodies name their region', () => {
    for (const o of ORGANISATIONS) {
      const hq = countryByIso3(o.headquartersIso3);
      expect(hq, o.code).toBeDefined();
      if (o.kind === 'regional-organisation') expect(hq?.m49Region, o.code).toBe(o.m49Region);
      else expect(o.m49Region).toBeNull();
    }
  });

  it('are found by code, case-insensitively', () => {
    expect(organisationByCode('asean')?.nameEn).toBe('Association of Southeast Asian Nations');
    expect(organisationByCode('UN')).toBeUndefined();
  });
});
