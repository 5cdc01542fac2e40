import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../shared/brand';
import { addDays } from './dates';
import { worldMilestones } from './milestones';
import type { CumulativePoint } from './types';

const D0 = '2020-01-01' as IsoDate;
function series(cases: number[]): CumulativePoint[] {
  return cases.map((c, i) => ({ date: addDays(D0, i), cases: c, deaths: 0 }));
}

describe('worldMilestones', () => {
  it('counts the first milestone from the first day with a case', () => {
    // Day 0 and 1 have no case, first case on day 2; 10 reached on day 5, 20 on day 6.
    const m = worldMilestones(series([0, 0, 1, 3, 7, 10, 25, 26, 29, 30]), 10);
    expect(m).toEqual([
      { cases: 10, date: addDays(D0, 5), days: 3 },
      { cases: 20, date: addDays(D0, 6), days: 1 },
      { cases: 30, date: addDays(D0, 9), days: 3 },
    ]);
  });

  it('gives 0 days to several milestones crossed on one day', () => {
    const m = worldMilestones(series([5, 35]), 10);
    expect(m.map((x) => [x.cases, x.days])).toEqual([
      [10, 1],
      [20, 0],
      [30, 0],
    ]);
  });

  it('does not repeat a milestone after a downward correction', () => {
    const m = worldMilestones(series([5, 12, 9, 11, 21]), 10);
    expect(m.map((x) => x.cases)).toEqual([10, 20]);
    expect(m[1]?.days).toBe(3);
  });

  it('is empty without cases, and rejects a step that is not positive', () => {
    expect(worldMilestones(series([0, 0]), 10)).toEqual([]);
    expect(() => worldMilestones(series([1]), 0)).toThrow(/"every".*0/);
    expect(() => worldMilestones(series([1]), Number.NaN)).toThrow(RangeError);
  });
});
