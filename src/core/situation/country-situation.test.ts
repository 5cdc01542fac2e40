import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../shared/brand';
import { countrySituation } from './country-situation';
import { addDays } from './dates';
import type { CumulativePoint } from './types';

const D0 = '2020-03-01' as IsoDate;
/** Cases doubling every ~3.5 days (r = 0.2), deaths 1 %, with one correction on day 3 (outside the fit window). */
function italyLike(days: number): CumulativePoint[] {
  const pts: CumulativePoint[] = [];
  for (let i = 0; i < days; i++) {
    const cases = Math.round(100 * Math.exp(0.2 * i));
    pts.push({
      date: addDays(D0, i),
      cases: i === 3 ? cases - 50 : cases,
      deaths: Math.round(cases / 100),
    });
  }
  return pts;
}

describe('countrySituation', () => {
  it('reports counts, per-million figures, growth, tier and corrections on asOf', () => {
    const pts = italyLike(40);
    const asOf = addDays(D0, 25);
    const s = countrySituation(pts, 60_000_000, asOf);
    const last = pts[25]!;
    expect(s.lastDate).toBe(asOf);
    expect(s.cases).toBe(last.cases);
    expect(s.deaths).toBe(last.deaths);
    expect(s.casesPerMillion).toBeCloseTo(last.cases / 60, 9);
    expect(s.deathsPerMillion).toBeCloseTo(last.deaths / 60, 9);
    expect(s.newCases7d).toBeCloseTo((last.cases - pts[18]!.cases) / 7, 9);
    expect(s.growth?.rate).toBeGreaterThan(0.18);
    expect(s.growth?.rate).toBeLessThan(0.22);
    expect(s.growth?.endDate).toBe(asOf);
    expect(s.tier?.id).toBe('high'); // 14,841 cases / 60 M = 247 per million
    expect(s.corrections).toEqual({ cases: 1, deaths: 0 });
  });

  it('ignores points after asOf', () => {
    const pts = italyLike(40);
    expect(countrySituation(pts, 1e6, addDays(D0, 5))).toEqual(
      countrySituation(pts.slice(0, 6), 1e6, addDays(D0, 5)),
    );
  });

  it('leaves per-million figures and the tier empty without a population', () => {
    const s = countrySituation(italyLike(20), null, addDays(D0, 19));
    expect(s.casesPerMillion).toBeNull();
    expect(s.deathsPerMillion).toBeNull();
    expect(s.tier).toBeNull();
    expect(s.cases).toBeGreaterThan(0);
  });

  it('gives zeros before the first data point', () => {
    const s = countrySituation(italyLike(10), 1e6, addDays(D0, -1));
    expect(s).toMatchObject({ lastDate: null, cases: 0, deaths: 0, newCases7d: 0, growth: null });
    expect(s.tier?.id).toBe('minimal');
  });

  it('rejects a population that is not positive, naming it', () => {
    expect(() => countrySituation([], 0, D0)).toThrow(/population.*0/);
  });
});
