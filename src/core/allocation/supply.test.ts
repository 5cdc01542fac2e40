import { describe, expect, it } from 'vitest';
import type { ItemId, RecipientId } from '../shared/brand';
import { DEFAULT_POLICY } from './policy';
import { itemSupply, needOf, reserveUnits } from './supply';

const item = 'respirator-n95' as ItemId;

describe('domestic reserve and need', () => {
  it('keeps cover days x daily consumption, the policy’s days by default, or a fixed quantity', () => {
    expect(
      reserveUnits({ kind: 'cover-days', dailyConsumption: 1000.5, days: 14 }, DEFAULT_POLICY),
    ).toBe(14007);
    expect(reserveUnits({ kind: 'cover-days', dailyConsumption: 100 }, DEFAULT_POLICY)).toBe(3000);
    expect(reserveUnits({ kind: 'fixed', quantity: 42 }, DEFAULT_POLICY)).toBe(42);
  });

  it('makes available stock + producible − reserve, never negative', () => {
    const s = itemSupply(
      { item, stock: 10_000, producible: 2_000, reserve: { kind: 'fixed', quantity: 5_000 } },
      DEFAULT_POLICY,
    );
    expect(s).toEqual({ item, stock: 10_000, producible: 2_000, reserve: 5_000, available: 7_000 });
    const short = itemSupply(
      { item, stock: 100, reserve: { kind: 'fixed', quantity: 500 } },
      DEFAULT_POLICY,
    );
    expect(short.available).toBe(0);
  });

  it('caps the request by the forecast net need only when the policy says so', () => {
    const q = { recipient: 'PAK' as RecipientId, item, quantity: 1000, forecastNeed: 600 };
    expect(needOf(q, DEFAULT_POLICY)).toEqual({ need: 600, cappedByForecast: true });
    expect(needOf(q, { ...DEFAULT_POLICY, needRule: 'request' })).toEqual({
      need: 1000,
      cappedByForecast: false,
    });
    expect(needOf({ ...q, forecastNeed: null }, DEFAULT_POLICY).need).toBe(1000);
    expect(needOf({ ...q, forecastNeed: -5 }, DEFAULT_POLICY).need).toBe(0);
  });
});
