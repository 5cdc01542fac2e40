import { describe, expect, it } from 'vitest';
import { proRataShares } from './baseline';
import { gini, qualityOf } from './metrics';

describe('population pro-rata baseline', () => {
  it('splits by population, caps at need and passes the rest on', () => {
    // Populations 1:1:2, 100 units; the first needs only 10, so 90 is split 1:2 between the others.
    const x = Array.from(proRataShares([10, 100, 100], [1, 1, 2], 100));
    expect(x[0]).toBeCloseTo(10, 9);
    expect(x[1]).toBeCloseTo(30, 9);
    expect(x[2]).toBeCloseTo(60, 9);
  });

  it('gives recipients without a population nothing, and everyone their need when supply suffices', () => {
    expect(Array.from(proRataShares([5, 5], [0, 3], 100))).toEqual([0, 5]);
    expect(Array.from(proRataShares([5, 5], [0, 0], 100))).toEqual([0, 0]);
  });
});

describe('quality metrics', () => {
  it('reports the minimum fill rate, weighted unmet need and Gini of fill rates', () => {
    const q = qualityOf([50, 100, 0], [100, 100, 0], [1, 3, 1]);
    expect(q.minFillRate).toBe(0.5);
    expect(q.weightedUnmet).toBeCloseTo(50 / 400, 12);
    expect(q.gini).toBeCloseTo(gini([0.5, 1]), 12);
  });

  it('has Gini 0 for equal fill rates and (n-1)/n when one line gets everything', () => {
    expect(gini([0.3, 0.3, 0.3])).toBe(0);
    expect(gini([0, 0, 0, 1])).toBeCloseTo(3 / 4, 12);
  });
});
