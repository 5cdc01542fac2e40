import { describe, expect, it } from 'vitest';
import { forecastNeeds } from '../../../src/core/forecast';
import type { Forecast } from '../../../src/core/forecast';
import { CATALOGUE } from '../../../src/core/reference/catalogue';
import { needRows, referenceValue, rowsByGroup, weekDates } from './need-rows';
import { testInput } from './test-input';

const band = (value: number, low = value, high = value) => ({ value, low, high });

/** A two-item forecast small enough to check by hand. */
const small: Forecast = {
  weeks: 2,
  scenario: 'central',
  weekly: [],
  assumptions: [],
  items: [
    {
      item: 'ventilator' as never,
      reusable: true,
      weeks: [
        { week: 1, gross: band(10, 8, 12), net: band(4, 2, 6) },
        { week: 2, gross: band(20, 15, 25), net: band(14, 9, 19) },
      ],
      total: { gross: band(20, 15, 25), net: band(14, 9, 19) },
    },
    {
      item: 'test-pcr' as never,
      reusable: false,
      weeks: [
        { week: 1, gross: band(100), net: band(0) },
        { week: 2, gross: band(300, 200, 400), net: band(150, 50, 250) },
      ],
      total: { gross: band(400, 300, 500), net: band(150, 50, 250) },
    },
  ],
};

describe('needRows', () => {
  it('gives every forecast item its catalogue name, group, unit and the stock counted', () => {
    const rows = needRows(forecastNeeds(testInput()), { 'mask-surgical': 1_000_000 });
    expect(rows.map((r) => r.id)).toEqual(CATALOGUE.map((c) => c.id));
    const mask = rows.find((r) => r.id === 'mask-surgical');
    expect(mask).toMatchObject({ nameZh: '医用外科口罩', group: 'ppe', unit: 'piece' });
    expect(mask?.stock).toBe(1_000_000);
    expect(rows.find((r) => r.id === 'gown')?.stock).toBe(0);
    expect(rows.filter((r) => r.noRate).map((r) => r.id)).toEqual(['shoe-covers']);
    for (const r of rows) {
      expect(r.weeks).toHaveLength(6);
      expect(r.net.value).toBeLessThanOrEqual(r.gross.value);
    }
  });

  it('skips an item the catalogue does not know', () => {
    const odd = structuredClone(small);
    odd.items.push({ ...structuredClone(small.items[1]!), item: 'unicorn' as never });
    expect(needRows(odd).map((r) => r.id)).toEqual(['ventilator', 'test-pcr']);
  });
});

describe('rowsByGroup', () => {
  it('orders groups as ESFT does and leaves out empty ones', () => {
    const groups = rowsByGroup(needRows(small));
    expect(groups.map((g) => g.group)).toEqual(['diagnostics', 'biomedical']);
    expect(groups[1]?.rows.map((r) => r.id)).toEqual(['ventilator']);
  });
});

describe('referenceValue', () => {
  it('values each band end at the reference prices', () => {
    const prices = Object.fromEntries(CATALOGUE.map((c) => [c.id, c.referencePriceUsd]));
    const v = prices['ventilator'] ?? NaN;
    const t = prices['test-pcr'] ?? NaN;
    const value = referenceValue(needRows(small));
    expect(value.gross).toEqual({
      value: 20 * v + 400 * t,
      low: 15 * v + 300 * t,
      high: 25 * v + 500 * t,
    });
    expect(value.net.value).toBeCloseTo(14 * v + 150 * t, 6);
    expect(value.net.low).toBeCloseTo(9 * v + 50 * t, 6);
  });
});

describe('weekDates', () => {
  it('makes week 1 the seven days after the forecast date, across a month end', () => {
    expect(weekDates('2020-03-26', 1)).toEqual({ start: '2020-03-27', end: '2020-04-02' });
    expect(weekDates('2020-03-26', 12)).toEqual({ start: '2020-06-12', end: '2020-06-18' });
  });
});
