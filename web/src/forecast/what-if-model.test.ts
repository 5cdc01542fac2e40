import { describe, expect, it } from 'vitest';
import { forecastNeeds } from '../../../src/core/forecast';
import type { ForecastInput } from '../../../src/core/forecast';
import { testInput } from './test-input';
import {
  applyWhatIf,
  browserAssumptions,
  isNoChange,
  parseGrowthPercent,
  parseStock,
} from './what-if-model';

const net = (input: ForecastInput, item: string) =>
  forecastNeeds(input).items.find((i) => i.item === item)?.total.net.value ?? NaN;
const grossWeeks = (input: ForecastInput, item: string) =>
  forecastNeeds(input)
    .items.find((i) => i.item === item)
    ?.weeks.map((w) => w.gross.value) ?? [];

describe('applyWhatIf', () => {
  it('changes nothing without a change', () => {
    const input = testInput();
    expect(isNoChange({ rate: null, stock: {} })).toBe(true);
    expect(applyWhatIf(input, { rate: null, stock: {} })).toEqual(input);
  });

  it('moves the growth rate and keeps the band around it at the same distance', () => {
    const cases = applyWhatIf(testInput(), { rate: 0.15, stock: {} }).cases;
    expect(cases).toMatchObject({ kind: 'exponential', rate: 0.15 });
    if (cases.kind !== 'exponential') throw new Error('not exponential');
    expect(cases.rateLow).toBeCloseTo(0.15 - 0.011, 12);
    expect(cases.rateHigh).toBeCloseTo(0.15 + 0.011, 12);
  });

  it('keeps rates within what the model accepts', () => {
    const cases = applyWhatIf(testInput(), { rate: 5, stock: {} }).cases;
    if (cases.kind !== 'exponential') throw new Error('not exponential');
    expect([cases.rateLow, cases.rate, cases.rateHigh]).toEqual([1 - 0.011, 1, 1]);
    expect(() => forecastNeeds(applyWhatIf(testInput(), { rate: -3, stock: {} }))).not.toThrow();
  });

  it('raises the gross need week by week when the epidemic grows faster', () => {
    const input = testInput();
    const faster = applyWhatIf(input, { rate: 0.12, stock: {} });
    const before = grossWeeks(input, 'test-pcr');
    const after = grossWeeks(faster, 'test-pcr');
    expect(after).toHaveLength(6);
    after.forEach((g, i) => expect(g).toBeGreaterThanOrEqual(before[i] ?? Infinity));
    expect(after[5]).toBeGreaterThan(before[5] ?? Infinity);
  });

  it('replaces the stock of the items typed in and lowers their net need', () => {
    const input = testInput();
    const changed = applyWhatIf(input, {
      rate: null,
      stock: { gown: 200_000, 'mask-surgical': 0 },
    });
    expect(changed.stock).toEqual({ 'mask-surgical': 0, ventilator: 3_000, gown: 200_000 });
    expect(net(changed, 'gown')).toBe(Math.max(0, net(input, 'gown') - 200_000));
    expect(net(changed, 'mask-surgical')).toBeGreaterThan(net(input, 'mask-surgical'));
  });
});

describe('parseStock and parseGrowthPercent', () => {
  it('reads whole units, with or without thousands separators, and empty as no entry', () => {
    expect(parseStock('250000')).toBe(250_000);
    expect(parseStock(' 1,000,000 ')).toBe(1_000_000);
    expect(parseStock('')).toBeNull();
    expect(parseStock('-5')).toBe('invalid');
    expect(parseStock('2.5')).toBe('invalid');
    expect(parseStock('many')).toBe('invalid');
  });

  it('reads a percentage a day as a rate per day, within ±100 %', () => {
    expect(parseGrowthPercent('12.5')).toBeCloseTo(0.125, 12);
    expect(parseGrowthPercent('-3 %')).toBeCloseTo(-0.03, 12);
    expect(parseGrowthPercent('8,7')).toBeCloseTo(0.087, 12);
    expect(parseGrowthPercent('')).toBe('invalid');
    expect(parseGrowthPercent('150')).toBe('invalid');
    expect(parseGrowthPercent('fast')).toBe('invalid');
  });
});

describe('browserAssumptions', () => {
  it('marks the growth rates as the user’s and keeps what only the API listed', () => {
    const input = testInput();
    const api = [
      ...forecastNeeds(input).assumptions,
      { key: 'capacity.bedsSource', value: 'World Bank', source: 'WDI', plainWords: 'Beds.' },
    ];
    const whatIf = { rate: 0.15, stock: {} };
    const run = forecastNeeds(applyWhatIf(input, whatIf)).assumptions;
    const merged = browserAssumptions(run, api, whatIf);
    expect(merged).toHaveLength(run.length + 1);
    const rate = merged.find((a) => a.key === 'cases.rate');
    expect(rate?.value).toBe(0.15);
    expect(rate?.source).toBe(
      'what-if, set in the browser (was 0.087: growth fit of the situation)',
    );
    expect(merged.find((a) => a.key === 'capacity.beds')).toEqual(
      api.find((a) => a.key === 'capacity.beds'),
    );
    expect(merged.at(-1)?.key).toBe('capacity.bedsSource');
    const stockOnly = browserAssumptions(run, api, { rate: null, stock: { gown: 1 } });
    expect(stockOnly.find((a) => a.key === 'cases.rate')?.source).toBe(
      'growth fit of the situation',
    );
  });
});
