import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, toIsoDate } from './dates';

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2019-02-29')).toBe(false);
    expect(isIsoDate('2020-13-01')).toBe(false);
    expect(isIsoDate('2020-3-1')).toBe(false);
    expect(isIsoDate('3/1/20')).toBe(false);
  });

  it('names the bad value', () => {
    expect(() => toIsoDate('2020-02-30')).toThrow(/"2020-02-30"/);
  });

  it('does date arithmetic across month and leap-day boundaries', () => {
    const d = toIsoDate('2020-02-27');
    expect(addDays(d, 3)).toBe('2020-03-01');
    expect(addDays(d, -58)).toBe('2019-12-31');
    expect(daysBetween(toIsoDate('2019-12-31'), toIsoDate('2020-03-07'))).toBe(67);
  });
});
