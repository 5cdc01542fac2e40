import { describe, expect, it } from 'vitest';
import {
  M49_AREAS,
  M49_EXCEPTIONS,
  WORLD_COUNTRIES_SUBREGION_TO_M49,
  m49AreaByCode,
  m49Lineage,
  m49RegionName,
  m49SubregionCodeFor,
} from './m49';

describe('M49 hierarchy', () => {
  it('has unique codes and every parent exists', () => {
    const codes = M49_AREAS.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const a of M49_AREAS) if (a.parent !== null) expect(m49AreaByCode(a.parent)).toBeDefined();
  });

  it('has the 5 regions and the 22 geoscheme sub-regions, each under a region', () => {
    expect(M49_AREAS.filter((a) => a.parent === null).map((a) => a.nameEn)).toEqual([
      'Africa',
      'Americas',
      'Asia',
      'Europe',
      'Oceania',
    ]);
    const leaves = M49_AREAS.filter((a) => a.leaf);
    expect(leaves).toHaveLength(22);
    for (const leaf of leaves) {
      const top = m49Lineage(leaf.code).at(-1);
      expect(m49AreaByCode(top ?? '')?.parent).toBeNull();
    }
  });

  it('walks up the tree innermost first', () => {
    expect(m49Lineage('014')).toEqual(['014', '202', '002']);
    expect(m49Lineage('039')).toEqual(['039', '150']);
    expect(m49Lineage('999')).toEqual([]);
  });

  it('names regions and refuses other codes', () => {
    expect(m49RegionName('009')).toBe('Oceania');
    expect(() => m49RegionName('039')).toThrow(/"039" is not an M49 region code/);
  });

  it('maps world-countries sub-regions and exceptions onto geoscheme leaves only', () => {
    for (const code of Object.values(WORLD_COUNTRIES_SUBREGION_TO_M49)) {
      expect(m49AreaByCode(code)?.leaf).toBe(true);
    }
    for (const { code } of Object.values(M49_EXCEPTIONS)) {
      if (code !== null) expect(m49AreaByCode(code)?.leaf).toBe(true);
    }
  });

  it('applies exceptions before the name table and names an unmapped sub-region', () => {
    expect(m49SubregionCodeFor('AUT', 'Central Europe')).toBe('155');
    expect(m49SubregionCodeFor('ITA', 'Southern Europe')).toBe('039');
    expect(m49SubregionCodeFor('ATA', '')).toBeNull();
    expect(() => m49SubregionCodeFor('XYZ', 'Middle Earth')).toThrow(/XYZ.*"Middle Earth"/);
  });
});
