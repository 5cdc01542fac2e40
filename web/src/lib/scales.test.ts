import { describe, expect, it } from 'vitest';
import type { CountrySituation } from '../api/types';
import {
  DOUBLING_BREAKS,
  DOUBLING_COLOURS,
  legendItems,
  mapStyle,
  PER_MILLION_BREAKS,
  PER_MILLION_COLOURS,
  SPECIAL_COLOURS,
} from './scales';

function country(patch: Partial<CountrySituation>): CountrySituation {
  return {
    iso3: 'ITA',
    iso2: 'IT',
    isoNumeric: '380',
    nameEn: 'Italy',
    nameZh: '意大利',
    region: 'Europe',
    subregion: 'Southern Europe',
    population: 60_000_000,
    cases: 1000,
    deaths: 10,
    newCases7d: 50,
    casesPerMillion: 16.7,
    deathsPerMillion: 0.2,
    growthRate: 0.2,
    doublingTimeDays: Math.LN2 / 0.2,
    tier: 'moderate',
    ...patch,
  };
}

describe('scales', () => {
  it('has one colour more than breaks, all distinct, breaks increasing', () => {
    for (const [breaks, colours] of [
      [PER_MILLION_BREAKS, PER_MILLION_COLOURS],
      [DOUBLING_BREAKS, DOUBLING_COLOURS],
    ] as const) {
      expect(colours).toHaveLength(breaks.length + 1);
      expect(new Set(colours).size).toBe(colours.length);
      expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
    }
  });

  it('colours cases per million by class, on a log-ish scale (each step at most ×3.5)', () => {
    for (let i = 1; i < PER_MILLION_BREAKS.length; i++) {
      const ratio = PER_MILLION_BREAKS[i]! / PER_MILLION_BREAKS[i - 1]!;
      expect(ratio).toBeGreaterThanOrEqual(3);
      expect(ratio).toBeLessThanOrEqual(3.5);
    }
    expect(mapStyle('perMillion', country({ casesPerMillion: 0.5 })).fill).toBe(
      PER_MILLION_COLOURS[0],
    );
    expect(mapStyle('perMillion', country({ casesPerMillion: 1 })).fill).toBe(
      PER_MILLION_COLOURS[1],
    );
    expect(mapStyle('perMillion', country({ casesPerMillion: 1230 })).fill).toBe(
      PER_MILLION_COLOURS[PER_MILLION_COLOURS.length - 1],
    );
    expect(mapStyle('perMillion', country({ casesPerMillion: 1230 })).value).toBe(1230);
  });

  it('colours short doubling times darkest', () => {
    const fast = mapStyle('doubling', country({ doublingTimeDays: 1.5 }));
    const slow = mapStyle('doubling', country({ doublingTimeDays: 40 }));
    expect(fast.fill).toBe(DOUBLING_COLOURS[0]);
    expect(slow.fill).toBe(DOUBLING_COLOURS[DOUBLING_COLOURS.length - 1]);
  });

  it('gives special states their own colour and no value', () => {
    expect(mapStyle('perMillion', undefined)).toEqual({
      fill: SPECIAL_COLOURS.noData,
      kind: 'noData',
      value: null,
    });
    expect(mapStyle('doubling', country({ cases: 0, casesPerMillion: 0 })).kind).toBe('zero');
    expect(mapStyle('doubling', country({ growthRate: -0.1, doublingTimeDays: null })).kind).toBe(
      'notGrowing',
    );
    expect(mapStyle('doubling', country({ growthRate: null, doublingTimeDays: null })).kind).toBe(
      'noFit',
    );
    expect(mapStyle('perMillion', country({ casesPerMillion: null })).kind).toBe('noFit');
  });

  it('labels every legend class in both languages', () => {
    const en = legendItems('perMillion', 'en');
    expect(en.map((i) => i.label).slice(0, 3)).toEqual(['under 1', '1–3', '3–10']);
    expect(en[PER_MILLION_BREAKS.length]?.label).toBe('1,000 or more');
    expect(en).toHaveLength(PER_MILLION_COLOURS.length + 2);
    const zh = legendItems('doubling', 'zh');
    expect(zh).toHaveLength(DOUBLING_COLOURS.length + 4);
    expect(zh.map((i) => i.label)).toContain('未增长');
    expect(zh[0]?.label).toBe('2以下');
  });
});
