// Benchmark: the needs forecast for every country x 12 weeks x the whole catalogue (low, central and
// high runs each), against a single pass that reads every input once. Inputs are synthetic but
// scenario-like (seeded, so every run sees the same ones): one per independent country, with
// population, beds, workforce and lab staff in realistic ranges, an exponential case model with a
// growth band, some stock and a pipeline. Prints one JSON line.
import { COUNTRIES } from '../src/core/reference/countries';
import { DEFAULT_PARAMS, FORECAST_ITEMS, forecastNeeds } from '../src/core/forecast/index';
import type { ForecastInput } from '../src/core/forecast/index';

const WEEKS = 12;
const REPEATS = 25;
const LINEAR_LOOPS = 2_000;

/** mulberry32: a small seeded PRNG so the inputs are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticInputs(): ForecastInput[] {
  const rand = prng(20200326);
  const between = (lo: number, hi: number): number => lo + (hi - lo) * rand();
  return COUNTRIES.filter((c) => c.independent).map((): ForecastInput => {
    const population = Math.round(10 ** between(4.5, 9.15));
    const rate = between(-0.05, 0.25);
    const spread = between(0.01, 0.08);
    const casesToDate = Math.round(population * between(0, 1e-3));
    const item = () =>
      FORECAST_ITEMS[Math.floor(rand() * FORECAST_ITEMS.length)] ?? FORECAST_ITEMS[0]!;
    return {
      capacity: {
        population,
        beds: Math.round((population * between(0.5, 8)) / 1000),
        healthWorkers: Math.round((population * between(0.3, 15)) / 1000),
        labStaff: rand() < 0.3 ? null : Math.round((population * between(0.02, 1)) / 1000),
      },
      cases: {
        kind: 'exponential',
        dailyCasesNow: (casesToDate / 14) * between(0.2, 1),
        rate,
        rateLow: Math.max(-1, rate - spread),
        rateHigh: Math.min(1, rate + spread),
        casesToDate,
      },
      weeks: WEEKS,
      scenario: 'central',
      params: DEFAULT_PARAMS,
      stock: Object.fromEntries(
        Array.from({ length: 4 }, () => [item(), Math.round(between(0, 1e6))]),
      ),
      pipeline: Array.from({ length: 3 }, () => ({
        item: item(),
        quantity: Math.round(between(0, 1e6)),
        arrivalWeek: 1 + Math.floor(rand() * WEEKS),
      })),
    };
  });
}

/** Reads every input number once: the floor any forecast over these inputs must pay. */
function linearPass(inputs: readonly ForecastInput[]): number {
  let sink = 0;
  for (const input of inputs) {
    const { capacity: c, cases } = input;
    sink += c.population + c.beds + c.healthWorkers + (c.labStaff ?? 0) + input.weeks;
    if (cases.kind === 'exponential') {
      sink += cases.dailyCasesNow + cases.rate + cases.rateLow + cases.rateHigh + cases.casesToDate;
    }
    for (const q of Object.values(input.stock ?? {})) sink += q;
    for (const p of input.pipeline ?? []) sink += p.quantity + p.arrivalWeek;
  }
  return sink;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

const inputs = syntheticInputs();
let checksum = 0;

for (let i = 0; i < 3; i++) for (const input of inputs) forecastNeeds(input); // warm-up
const forecastTimes: number[] = [];
for (let r = 0; r < REPEATS; r++) {
  const t0 = performance.now();
  for (const input of inputs) checksum += forecastNeeds(input).items.length;
  forecastTimes.push(performance.now() - t0);
}

for (let i = 0; i < LINEAR_LOOPS; i++) checksum += linearPass(inputs) > 0 ? 0 : 1; // warm-up
const linearTimes: number[] = [];
for (let r = 0; r < REPEATS; r++) {
  const t0 = performance.now();
  for (let i = 0; i < LINEAR_LOOPS; i++) checksum += linearPass(inputs) > 0 ? 0 : 1;
  linearTimes.push((performance.now() - t0) / LINEAR_LOOPS);
}

const ms = median(forecastTimes);
const linear = median(linearTimes);
if (checksum !== REPEATS * inputs.length * FORECAST_ITEMS.length) {
  throw new Error(`bench checksum mismatch: ${checksum}`);
}
console.log(
  JSON.stringify({
    bench: 'forecast',
    countries: inputs.length,
    weeks: WEEKS,
    items: FORECAST_ITEMS.length,
    ms: Number(ms.toFixed(3)),
    linear_pass_ms: Number(linear.toFixed(5)),
    ratio: Math.round(ms / linear),
  }),
);
