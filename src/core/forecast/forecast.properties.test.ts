import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItemId } from '../shared/brand';
import { itemsDependingOn } from './dependencies';
import { forecastNeeds, runForecast } from './forecast';
import type { ForecastRun } from './forecast';
import { DEFAULT_PARAMS, PARAM_INFO, SHARE_GROUPS } from './params';
import { parseForecastParams } from './parse-params';
import { FORECAST_ITEM_IDS, RATE_SOURCES } from './rates';
import type { Band, ForecastInput, ForecastParams, PipelineEntry } from './types';

const RUNS = { numRuns: 150 };
const itemId = fc.constantFrom(...FORECAST_ITEM_IDS);
const weeklyCases = fc.array(fc.integer({ min: 0, max: 300_000 }), {
  minLength: 12,
  maxLength: 12,
});
const capacity = fc.record({
  population: fc.integer({ min: 1, max: 2e9 }),
  beds: fc.integer({ min: 0, max: 2_000_000 }),
  healthWorkers: fc.integer({ min: 0, max: 5_000_000 }),
  labStaff: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
});
const stock = fc
  .array(fc.tuple(itemId, fc.integer({ min: 0, max: 5_000_000 })), { maxLength: 12 })
  .map((pairs) => Object.fromEntries(pairs));
const pipeline = fc.array(
  fc.record({
    item: itemId.map((id) => id as ItemId),
    quantity: fc.integer({ min: 0, max: 5_000_000 }),
    arrivalWeek: fc.integer({ min: 1, max: 14 }),
  }),
  { maxLength: 8 },
) as fc.Arbitrary<PipelineEntry[]>;

function seriesInput(
  cap: ForecastInput['capacity'],
  weekly: number[],
  previous: number[],
  weeks: number,
  extra: Partial<ForecastInput> = {},
): ForecastInput {
  return {
    capacity: cap,
    cases: { kind: 'series', weeklyNewCases: weekly, previousWeeks: previous },
    weeks,
    scenario: 'central',
    params: DEFAULT_PARAMS,
    ...extra,
  };
}

/** Every item week's gross and net, flattened, for one run. */
function itemNumbers(run: ForecastRun): Map<string, number[]> {
  return new Map(run.items.map((i) => [i.item, i.weeks.flatMap((w) => [w.gross, w.net])]));
}

function changedItems(a: ForecastRun, b: ForecastRun): string[] {
  const x = itemNumbers(a);
  const y = itemNumbers(b);
  return [...x.keys()].filter((k) => JSON.stringify(x.get(k)) !== JSON.stringify(y.get(k)));
}

const bandOk = (b: Band): boolean => b.low <= b.value && b.value <= b.high;

describe('forecast properties', () => {
  it('more cases never means fewer supplies (gross or net, every item and week)', () => {
    fc.assert(
      fc.property(
        capacity,
        weeklyCases,
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 12, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 300_000 }), { minLength: 2, maxLength: 2 }),
        fc.integer({ min: 1, max: 12 }),
        stock,
        pipeline,
        (cap, weekly, more, previous, weeks, st, pl) => {
          const big = { ...cap, population: 1e12 };
          const a = runForecast(
            seriesInput(big, weekly, previous, weeks, { stock: st, pipeline: pl }),
            'central',
          );
          const b = runForecast(
            seriesInput(
              big,
              weekly.map((c, i) => c + (more[i] ?? 0)),
              previous.map((c) => c + 1),
              weeks,
              { stock: st, pipeline: pl },
            ),
            'central',
          );
          const x = itemNumbers(a);
          for (const [id, ys] of itemNumbers(b)) {
            ys.forEach((y, k) =>
              expect(y, `${id} #${k}`).toBeGreaterThanOrEqual(x.get(id)?.[k] ?? Infinity),
            );
          }
        },
      ),
      RUNS,
    );
  });

  it('a higher current level of daily cases never means fewer supplies', () => {
    fc.assert(
      fc.property(
        capacity,
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        fc.double({ min: -0.2, max: 0.15, noNaN: true }),
        (cap, daily, extra, rate) => {
          // population large enough that the susceptible cap never binds: once it binds, a faster
          // epidemic burns out sooner and later weeks are rightly lower
          const input = (d: number): ForecastInput => ({
            capacity: { ...cap, population: 1e15 },
            cases: {
              kind: 'exponential',
              dailyCasesNow: d,
              rate,
              rateLow: rate,
              rateHigh: rate,
              casesToDate: 1e6,
            },
            weeks: 12,
            scenario: 'central',
            params: DEFAULT_PARAMS,
          });
          const x = itemNumbers(runForecast(input(daily), 'central'));
          for (const [id, ys] of itemNumbers(runForecast(input(daily + extra), 'central'))) {
            ys.forEach((y, k) => expect(y, id).toBeGreaterThanOrEqual(x.get(id)?.[k] ?? Infinity));
          }
        },
      ),
      RUNS,
    );
  });

  it('respects every cap: beds, workers, laboratory, susceptible population', () => {
    fc.assert(
      fc.property(
        capacity,
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.integer({ min: 0, max: 1e8 }),
        fc.integer({ min: 1, max: 12 }),
        (cap, daily, rate, spread, casesToDate, weeks) => {
          const f = forecastNeeds({
            capacity: cap,
            cases: {
              kind: 'exponential',
              dailyCasesNow: daily,
              rate,
              rateLow: Math.max(-1, rate - spread),
              rateHigh: Math.min(1, rate + spread),
              casesToDate,
            },
            weeks,
            scenario: 'central',
            params: DEFAULT_PARAMS,
          });
          const eps = 1e-6;
          const bandsOf = (b: Band) => [b.low, b.value, b.high];
          let cumulativeHigh = 0;
          for (const w of f.weekly) {
            expect(w.beds.available).toBeCloseTo(0.6 * cap.beds, 6);
            for (const x of bandsOf(w.beds.inUse))
              expect(x).toBeLessThanOrEqual(w.beds.available + eps);
            for (const x of bandsOf(w.healthWorkers.inpatient))
              expect(x).toBeLessThanOrEqual(0.53 * cap.healthWorkers + eps);
            for (const x of bandsOf(w.healthWorkers.screening))
              expect(x).toBeLessThanOrEqual(0.07 * cap.healthWorkers + eps);
            for (const x of bandsOf(w.healthWorkers.inUse))
              expect(x).toBeLessThanOrEqual(w.healthWorkers.available + eps);
            if (cap.labStaff != null) {
              for (const x of bandsOf(w.labTechnicians))
                expect(x).toBeLessThanOrEqual(0.5 * cap.labStaff + eps);
            }
            cumulativeHigh += w.newCases.high;
            expect(bandOk(w.newCases)).toBe(true);
          }
          const susceptible = Math.max(0, cap.population - casesToDate);
          expect(f.weekly.reduce((s, w) => s + w.newCases.value, 0)).toBeLessThanOrEqual(
            susceptible * (1 + 1e-9) + eps,
          );
          expect(cumulativeHigh).toBeGreaterThanOrEqual(0);
          const vent = f.items.find((i) => i.item === 'ventilator');
          for (const w of vent?.weeks ?? [])
            expect(w.gross.high).toBeLessThanOrEqual(Math.ceil(0.67 * 0.6 * cap.beds + eps));
        },
      ),
      RUNS,
    );
  });

  it('net is never negative nor above gross, bands are ordered, and supply is not double counted', () => {
    fc.assert(
      fc.property(
        capacity,
        weeklyCases,
        fc.integer({ min: 1, max: 12 }),
        stock,
        pipeline,
        (cap, weekly, weeks, st, pl) => {
          const input = seriesInput(cap, weekly, [], weeks, {
            stock: st,
            pipeline: pl,
            cases: {
              kind: 'series',
              weeklyNewCases: weekly,
              weeklyLow: weekly.map((c) => Math.floor(c / 2)),
              weeklyHigh: weekly.map((c) => c * 2),
            },
          });
          const f = forecastNeeds(input);
          for (const it of f.items) {
            for (const w of [...it.weeks, { week: 0, ...it.total }]) {
              for (const k of ['low', 'value', 'high'] as const) {
                expect(w.net[k]).toBeGreaterThanOrEqual(0);
                expect(w.net[k]).toBeLessThanOrEqual(w.gross[k]);
                expect(Number.isInteger(w.gross[k])).toBe(true);
              }
              expect(bandOk(w.gross) && bandOk(w.net)).toBe(true);
            }
            if (!it.reusable) {
              const supplied =
                (st[it.item] ?? 0) +
                pl
                  .filter((p) => p.item === it.item && p.arrivalWeek <= weeks)
                  .reduce((s, p) => s + p.quantity, 0);
              expect(it.total.gross.value - it.total.net.value).toBeLessThanOrEqual(supplied);
            }
          }
          const bare = forecastNeeds({ ...input, stock: {}, pipeline: [] });
          for (const it of bare.items) for (const w of it.weeks) expect(w.net).toEqual(w.gross);
        },
      ),
      RUNS,
    );
  });
});

describe('changing a parameter changes exactly the items that depend on it', () => {
  const busy = seriesInput(
    { population: 1e9, beds: 1e6, healthWorkers: 1e7, labStaff: null },
    [5_000, 8_000, 12_000, 15_000],
    [3_000],
    4,
  );
  const base = runForecast(busy, 'central');
  const withParams = (p: ForecastParams): ForecastRun =>
    runForecast({ ...busy, params: p }, 'central');

  it('the N95 rate changes only respirator-n95', () => {
    const p = parseForecastParams({ rates: { 'respirator-n95': { inpatientHcw: 2 } } });
    expect(changedItems(base, withParams(p))).toEqual(['respirator-n95']);
  });

  it('any rate changes exactly its own item', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RATE_SOURCES),
        fc.double({ min: 1, max: 20, noNaN: true }),
        (r, delta) => {
          const p = parseForecastParams({ rates: { [r.item]: { [r.role]: r.value + delta } } });
          expect(changedItems(base, withParams(p))).toEqual([r.item]);
        },
      ),
      RUNS,
    );
  });

  it('any scalar parameter changes only items that depend on it', () => {
    const inGroup = new Set(SHARE_GROUPS.flatMap((g) => g.paths));
    const paths = Object.keys(PARAM_INFO).filter((p) => !inGroup.has(p));
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (path, u) => {
          const info = PARAM_INFO[path];
          const [group, key] = path.split('.') as [string, string];
          const value =
            info?.kind === 'share'
              ? u
              : info?.kind === 'weeks'
                ? 1 + Math.round(u * 11)
                : 0.1 + u * 100;
          const p = parseForecastParams({ [group]: { [key]: value } });
          const allowed = itemsDependingOn(path, DEFAULT_PARAMS.rates);
          for (const id of changedItems(base, withParams(p))) expect(allowed, path).toContain(id);
        },
      ),
      RUNS,
    );
  });

  it('named examples: exactly the dependent items change', () => {
    const changed = (o: object) => changedItems(base, withParams(parseForecastParams(o))).sort();
    const deps = (path: string) => itemsDependingOn(path, DEFAULT_PARAMS.rates).map(String).sort();
    expect(changed({ ventilation: { invasive: 0.5, nonInvasive: 0.5 } })).toEqual([]);
    expect(changed({ oxygenLitresPerMinute: { severe: 15 } })).toEqual([]);
    expect(changed({ testing: { antigenShare: 0.5 } })).toEqual(deps('testing.antigenShare'));
    expect(deps('testing.antigenShare')).toEqual([
      'face-shield',
      'gloves-exam',
      'goggles',
      'gown',
      'mask-surgical',
      'test-antigen',
      'test-pcr',
    ]);
    expect(changed({ stayWeeks: { critical: 3 } })).toEqual(deps('stayWeeks.critical'));
    expect(changed({ stayWeeks: { mild: 3 } })).toEqual(['mask-surgical']);
    expect(changed({ staffing: { screeningsPerWorkerPerDay: 20 } })).toEqual(
      deps('staffing.screeningsPerWorkerPerDay'),
    );
    expect(deps('staffing.screeningsPerWorkerPerDay')).not.toContain('respirator-n95');
  });
});
