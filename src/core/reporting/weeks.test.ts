import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../shared/brand';
import { weekOf, weekRange } from './weeks';

describe('weeks', () => {
  it('finds the Monday of a date or timestamp', () => {
    expect(weekOf('2020-03-26')).toBe('2020-03-23');
    expect(weekOf('2020-03-23T00:00:00Z')).toBe('2020-03-23');
    expect(weekOf('2020-03-22T23:59:59.000Z')).toBe('2020-03-16');
    expect(weekOf('2020-01-01')).toBe('2019-12-30');
    expect(() => weekOf('March')).toThrow(/"March"/);
  });

  it('fills the weeks between the first and the last', () => {
    expect(weekRange(['2020-03-16', '2020-03-02', '2020-03-16'] as IsoDate[])).toEqual([
      '2020-03-02',
      '2020-03-09',
      '2020-03-16',
    ]);
    expect(weekRange([])).toEqual([]);
  });
});
