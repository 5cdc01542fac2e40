// Benchmark: the allocation engine (exact weighted max-min shares + whole packs) on seeded synthetic
// rounds of 250 x 50 (every country), 10,000 x 50 and 100,000 x 50 (a national facility-level round),
// against (a) one pass that reads every need once, the floor any engine must pay, and (b) the HiGHS
// reference (lexicographic LPs), where it finishes within its time budget. Also prints the quality of
// population pro-rata against ours. One JSON line per instance.
//
//   npx tsx bench/allocation.ts            (or: npm run bench -- allocation)
//   BENCH_HIGHS_SECONDS=120 npx tsx bench/allocation.ts
import type { ItemId, RecipientId } from '../src/core/shared/brand';
import { proRataShares } from '../src/core/allocation/baseline';
import { solveFast } from '../src/core/allocation/fast-solver';
import { qualityOf, type QualityMetrics } from '../src/core/allocation/metrics';
import { exactShares } from '../src/core/allocation/solution';
import type { AllocationProblem, AllocationSolution } from '../src/core/allocation/types';
import { highsRuntime } from '../src/solvers/highs-loader';
import { solveWithHighs } from '../src/solvers/highs-solver';

const SIZES: readonly [number, number][] = [
  [250, 50],
  [10_000, 50],
  [100_000, 50],
];
/** HiGHS is skipped above this many lines (a 5-million-column LP sequence does not fit the budget). */
const HIGHS_MAX_LINES = Number(process.env.BENCH_HIGHS_MAX_LINES ?? 1_000_000);
const HIGHS_SECONDS = Number(process.env.BENCH_HIGHS_SECONDS ?? 60);
const PACK_SIZES = [1, 1, 10, 20, 50, 100, 200, 500];

/** mulberry32: a small seeded PRNG so every run sees the same instances. */
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

/** A round like a real one: policy weights in [0.25, 1], log-normal needs (15 % zero), 20-90 % supply. */
function instance(
  n: number,
  m: number,
  seed: number,
): { problem: AllocationProblem; population: Float64Array } {
  const rand = prng(seed);
  const population = new Float64Array(n);
  for (let i = 0; i < n; i++) population[i] = Math.round(10 ** (3 + 6 * rand()));
  const needs = new Float64Array(n * m);
  const items = Array.from({ length: m }, (_, k) => {
    const packSize = PACK_SIZES[k % PACK_SIZES.length]!;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = rand() < 0.15 ? 0 : Math.round(packSize * 10 ** (rand() * 3) + rand() * packSize);
      needs[k * n + i] = d;
      total += d;
    }
    return {
      id: `item-${String(k).padStart(2, '0')}` as ItemId,
      available: Math.round(total * (0.2 + 0.7 * rand())),
      packSize,
      packWeightKg: 1,
      packVolumeM3: 0.01,
      minLotPacks: 1,
    };
  });
  const recipients = Array.from({ length: n }, (_, i) => ({
    id: `R${String(i).padStart(6, '0')}` as RecipientId,
    weight: 0.25 + 0.75 * rand(),
    cargoKg: null,
    cargoM3: null,
  }));
  return { problem: { items, recipients, needs }, population };
}

/** The floor: one pass that reads every need once (total need per item). */
function linearPass(problem: AllocationProblem): number {
  const n = problem.recipients.length;
  const { needs } = problem;
  let all = 0;
  for (let k = 0; k < problem.items.length; k++) {
    let total = 0;
    for (let i = k * n, end = (k + 1) * n; i < end; i++) total += needs[i]!;
    all += total;
  }
  return all;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const round = (x: number, digits = 3): number => Number(x.toFixed(digits));
const metrics = (q: QualityMetrics) => ({
  min_fill: round(q.minFillRate, 4),
  weighted_unmet: round(q.weightedUnmet, 4),
  gini: round(q.gini, 4),
});

function maxRelDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let j = 0; j < a.length; j++) {
    const d = Math.abs(a[j]! - b[j]!) / Math.max(1, Math.abs(a[j]!), Math.abs(b[j]!));
    if (d > worst) worst = d;
  }
  return worst;
}

async function main(): Promise<void> {
  const highs = await highsRuntime();
  for (const [n, m] of SIZES) {
    const { problem, population } = instance(n, m, 20200326 + n);
    const lines = n * m;
    const repeats = lines <= 20_000 ? 201 : lines <= 1_000_000 ? 31 : 11;
    // Small rounds are timed in batches of consecutive runs, so the clock's resolution does not count.
    const batch = Math.max(1, Math.ceil(1_000_000 / lines));
    // Cold: the first solve, allocating its output. Then warm up (JIT and WebAssembly tier-up) for at
    // least half a second; the timed repeats reuse the output buffers, as a planning page recomputing
    // on every slider move does; each is timed beside a linear pass.
    let t0 = performance.now();
    let solution: AllocationSolution = solveFast(problem);
    const coldMs = performance.now() - t0;
    let sink = 0;
    const warmUntil = performance.now() + 500;
    for (let w = 0; w < 3 || performance.now() < warmUntil; w++)
      sink += linearPass(problem) + solveFast(problem, solution).packs[0]!;
    const ms: number[] = [];
    const linear: number[] = [];
    for (let r = 0; r < repeats; r++) {
      t0 = performance.now();
      for (let b = 0; b < batch; b++) sink += linearPass(problem);
      linear.push((performance.now() - t0) / batch);
      t0 = performance.now();
      for (let b = 0; b < batch; b++) solution = solveFast(problem, solution);
      ms.push((performance.now() - t0) / batch);
    }
    const exact = exactShares(problem, solution);
    let highsMs: number | null = null;
    let diff: number | null = null;
    let highsNote: string | null = null;
    if (lines > HIGHS_MAX_LINES) {
      highsNote = `skipped above ${HIGHS_MAX_LINES.toLocaleString('en')} lines`;
    } else {
      try {
        t0 = performance.now();
        const ref = solveWithHighs(highs, problem, HIGHS_SECONDS * 1000);
        highsMs = performance.now() - t0;
        diff = maxRelDiff(exact, ref.exact!);
      } catch (error) {
        highsNote = error instanceof Error ? error.message : String(error);
      }
    }
    const proRata = new Float64Array(lines);
    const weights = new Float64Array(lines);
    problem.items.forEach((item, k) => {
      proRata.set(
        proRataShares(problem.needs.subarray(k * n, (k + 1) * n), population, item.available),
        k * n,
      );
      for (let i = 0; i < n; i++) weights[k * n + i] = problem.recipients[i]!.weight;
    });
    const msMedian = median(ms);
    const linearMedian = median(linear);
    console.log(
      JSON.stringify({
        bench: 'allocation',
        recipients: n,
        items: m,
        ms: round(msMedian),
        cold_ms: round(coldMs),
        repeats,
        linear_pass_ms: round(linearMedian, 4),
        vs_linear: round(msMedian / linearMedian, 1),
        highs_ms: highsMs === null ? null : round(highsMs, 1),
        speedup: highsMs === null ? null : round(highsMs / msMedian, 0),
        max_rel_diff: diff,
        ...(highsNote === null ? {} : { highs: highsNote }),
        ours: metrics(qualityOf(exact, problem.needs, weights)),
        pro_rata: metrics(qualityOf(proRata, problem.needs, weights)),
        checksum: sink > 0 ? 1 : 0,
      }),
    );
  }
}

await main();
