import {
  createRoundingScratch,
  giveExtras,
  nthElement,
  type RoundingScratch,
} from './pack-rounding';
import { AllocationInputError, badNeed, checkNumbers, couplingOf } from './problem';
import { createOrderBuffers, orderRecipients, type OrderBuffers } from './recipient-order';
import type { AllocationProblem, AllocationSolution, Solver } from './types';
import { levelFromTotals, needTotals } from './water-fill';
import { bindKernels, type ItemKernels } from './wasm-kernels';

const SOLVER = 'water-filling';

/** Buffers kept with a solution's packs array, so a solve that reuses it allocates almost nothing. */
const scratchOf = new WeakMap<Float64Array, { rounding: RoundingScratch; order: OrderBuffers }>();

/** Options of solveFast. */
export interface FastOptions {
  /** Run the TypeScript passes even where the WebAssembly kernels are available (tests compare both). */
  typescriptOnly?: boolean;
}

/**
 * Exact weighted max-min fair shares by water-filling, then whole packs by largest remainder.
 * Recipients are sorted once by weight; each item then costs a pass for its totals (and a scan over
 * the recipients whose need is met), a pass for floors and remainders, and a pass for the extra packs.
 * The passes run in WebAssembly (kernels.wat, two lines at a time) where available, else in TypeScript
 * with the same arithmetic, so the result is the same bits either way. Items must be independent (no
 * cargo capacity, no lot sizes): use the HiGHS solver for coupled problems. Ids are assumed unique
 * (checkProblem checks them); numbers are checked here. Pass an earlier solution of the same size as
 * `reuse` to overwrite its arrays instead of allocating new ones (recomputing on every slider move).
 */
export function solveFast(
  problem: AllocationProblem,
  reuse?: AllocationSolution,
  options: FastOptions = {},
): AllocationSolution {
  const issues = checkNumbers(problem);
  if (issues.length > 0) throw new AllocationInputError(issues);
  const coupled = couplingOf(problem);
  if (coupled !== null) throw new Error(`the fast path cannot solve this problem: ${coupled}`);
  const n = problem.recipients.length;
  const m = problem.items.length;
  const packs = reuse?.packs.length === n * m ? reuse.packs : new Float64Array(n * m);
  const levels: (number | null)[] = [];
  let buffers = scratchOf.get(packs);
  if (buffers?.order.order.length !== n) {
    buffers = { rounding: createRoundingScratch(n), order: createOrderBuffers(n) };
    scratchOf.set(packs, buffers);
  }
  const scratch = buffers.rounding;
  const ord = orderRecipients(problem, buffers.order);
  const kernels = options.typescriptOnly ? null : bindKernels(ord, scratch.buckets.length);
  const { needs } = problem;
  for (let k = 0; k < m; k++) {
    const item = problem.items[k]!;
    const base = k * n;
    let level: number | null;
    if (kernels) {
      kernels.row.set(needs.subarray(base, base + n));
      level = kernels.level(item.available);
    } else {
      const { total, weighted, bad } = needTotals(needs, base, n, ord.weights);
      level = bad ? NaN : levelFromTotals(needs, base, n, item.available, ord, total, weighted);
    }
    if (Number.isNaN(level))
      throw new AllocationInputError([badNeed(problem, k) ?? `needs of item ${k}`]);
    levels.push(level);
    const p = item.packSize;
    if (level === null) {
      for (let i = 0; i < n; i++) packs[base + i] = Math.floor(needs[base + i]! / p);
      continue;
    }
    const room = kernels
      ? roundWithKernels(kernels, packs, base, level, p, item.available, ord.rank)
      : fillItem(needs, packs, base, n, level, ord.weights, p, item.available, ord.rank, scratch);
    if (room < 0) trimExcess(needs, packs, base, n, level, ord.weights, p, -room);
  }
  return { solver: SOLVER, packs, levels, exact: null, bound: null };
}

/**
 * Whole packs of one item through the WebAssembly kernels: round() gives the floors and one more pack
 * to every candidate above the remainder bucket where the cut falls and lists that bucket; only the
 * bucket is quickselected here (ties by canonical rank). Returns the packs left after the floors.
 */
function roundWithKernels(
  kernels: ItemKernels,
  packs: Float64Array,
  base: number,
  level: number,
  p: number,
  available: number,
  rank: Int32Array,
): number {
  const { listed, need, room } = kernels.round(level, p, available);
  if (need > 0) {
    const { perm, frac } = kernels;
    if (need < listed) nthElement(frac, rank, perm, listed, need - 1);
    for (let t = 0; t < need; t++) kernels.packs[perm[t]!]! += 1;
  }
  packs.set(kernels.packs.subarray(0, kernels.n), base);
  return room;
}

/**
 * One fused TypeScript pass per item: floor packs and the remainder histogram, then the leftover packs
 * by remainder (the same arithmetic as the kernels' fill). Exact shares are min(d, λ w d) and are not
 * stored (exactShares() recomputes them). Returns the packs left after the floors, as roundWithKernels.
 */
function fillItem(
  needs: Float64Array,
  packs: Float64Array,
  base: number,
  n: number,
  level: number,
  weights: Float64Array,
  p: number,
  available: number,
  rank: Int32Array,
  scratch: RoundingScratch,
): number {
  const { frac, buckets } = scratch;
  const size = buckets.length;
  const inv = 1 / p;
  buckets.fill(0);
  let floors = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const d = needs[base + i]!;
    const f = level * weights[i]!;
    // Fill rate min(1, λw): a line whose need is met gets q = d/p, and its next pack would exceed d.
    const q = (f < 1 ? f : 1) * d * inv;
    const fl = Math.floor(q);
    const r = q - fl;
    packs[base + i] = fl;
    floors += fl;
    // Candidate for one more pack: it must fit in the need and a real fraction of a pack must be left.
    // Branch-free (0 or 1), because which lines qualify is unpredictable; frac is r or negative.
    const ok = +((fl + 1) * p <= d) & +(r > 1e-9 * (q + 1));
    frac[i] = r - (1 - ok) * (r + 1);
    buckets[(r * size) | 0]! += ok;
    k += ok;
  }
  const room = Math.floor(available / p) - floors;
  if (room > 0 && k > 0) giveExtras(packs, base, n, k, room, rank, scratch);
  return room;
}

/**
 * Floating-point safety net (floors adding up to more packs than the supply holds): take packs back
 * from the lines whose floor overshoots their exact share most.
 */
function trimExcess(
  needs: Float64Array,
  packs: Float64Array,
  base: number,
  n: number,
  level: number,
  weights: Float64Array,
  p: number,
  excess: number,
): void {
  for (let e = 0; e < excess; e++) {
    let worst = -1;
    let worstOver = -Infinity;
    for (let i = 0; i < n; i++) {
      if (packs[base + i] === 0) continue;
      const f = level * weights[i]!;
      const over = packs[base + i]! - ((f < 1 ? f : 1) * needs[base + i]!) / p;
      if (over > worstOver) {
        worst = i;
        worstOver = over;
      }
    }
    if (worst < 0) return;
    packs[base + worst]! -= 1;
  }
}

/** The fast path as a Solver: exact for independent items, refuses coupled problems. */
export const fastSolver: Solver = {
  name: SOLVER,
  unsupported: couplingOf,
  solve: (problem) => new Promise((resolve) => resolve(solveFast(problem))),
};
