import { createRoundingScratch, giveExtras, type RoundingScratch } from './pack-rounding';
import { AllocationInputError, badNeed, checkNumbers, couplingOf } from './problem';
import { orderRecipients } from './recipient-order';
import type { AllocationProblem, AllocationSolution, Solver } from './types';
import { waterLevel } from './water-fill';

const SOLVER = 'water-filling';

/** Rounding buffers kept with a solution's packs array, so a solve that reuses it allocates nothing. */
const scratchOf = new WeakMap<Float64Array, RoundingScratch>();

/**
 * Exact weighted max-min fair shares by water-filling, then whole packs by largest remainder.
 * Recipients are sorted once by weight; each item then costs a pass for its level and a fused pass for
 * packs. Items must be independent (no cargo capacity, no lot sizes): use the HiGHS solver
 * for coupled problems. Ids are assumed unique (checkProblem checks them); numbers are checked here.
 * Pass an earlier solution of the same size as `reuse` to overwrite its arrays instead of allocating
 * new ones (recomputing on every slider move, benchmarks).
 */
export function solveFast(
  problem: AllocationProblem,
  reuse?: AllocationSolution,
): AllocationSolution {
  const issues = checkNumbers(problem);
  if (issues.length > 0) throw new AllocationInputError(issues);
  const coupled = couplingOf(problem);
  if (coupled !== null) throw new Error(`the fast path cannot solve this problem: ${coupled}`);
  const n = problem.recipients.length;
  const m = problem.items.length;
  const packs = reuse?.packs.length === n * m ? reuse.packs : new Float64Array(n * m);
  const levels: (number | null)[] = [];
  const ord = orderRecipients(problem);
  let scratch = scratchOf.get(packs);
  if (scratch?.frac.length !== n) {
    scratch = createRoundingScratch(n);
    scratchOf.set(packs, scratch);
  }
  for (let k = 0; k < m; k++) {
    const item = problem.items[k]!;
    const level = waterLevel(problem.needs, k * n, n, item.available, ord);
    if (Number.isNaN(level))
      throw new AllocationInputError([badNeed(problem, k) ?? `needs of item ${k}`]);
    levels.push(level);
    fillItem(
      problem.needs,
      packs,
      k * n,
      n,
      level,
      ord.weights,
      item.packSize,
      item.available,
      ord.rank,
      scratch,
    );
  }
  return { solver: SOLVER, packs, levels, exact: null, bound: null };
}

/**
 * One fused pass per item: floor packs and the remainder histogram, then the leftover packs by
 * remainder. Exact shares are min(d, λ w d) and are not stored (exactShares() recomputes them).
 */
function fillItem(
  needs: Float64Array,
  packs: Float64Array,
  base: number,
  n: number,
  level: number | null,
  weights: Float64Array,
  p: number,
  available: number,
  rank: Int32Array,
  scratch: RoundingScratch,
): void {
  if (level === null) {
    for (let i = 0; i < n; i++) packs[base + i] = Math.floor(needs[base + i]! / p);
    return;
  }
  const { frac, buckets } = scratch;
  const size = buckets.length;
  buckets.fill(0);
  let floors = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const d = needs[base + i]!;
    const f = level * weights[i]!;
    // Fill rate min(1, λw): a line whose need is met gets q = d/p, and its next pack would exceed d.
    const q = ((f < 1 ? f : 1) * d) / p;
    const fl = Math.floor(q);
    const r = q - fl;
    packs[base + i] = fl;
    floors += fl;
    // Candidate for one more pack: it must fit in the need and a real fraction of a pack must be left.
    // Branch-free (0 or 1), because which lines qualify is unpredictable.
    const ok = +((fl + 1) * p <= d) & +(r > 1e-9 * (q + 1));
    frac[i] = ok * (r + 1) - 1;
    buckets[(r * size) | 0]! += ok;
    k += ok;
  }
  const room = Math.floor(available / p) - floors;
  if (room < 0) trimExcess(needs, packs, base, n, level, weights, p, -room);
  else if (room > 0 && k > 0) giveExtras(packs, base, n, k, room, rank, scratch);
}

/**
 * Floating-point safety net, never reached in tests (floors adding up to more packs than the supply
 * holds): take packs back from the lines whose floor overshoots their exact share most.
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
