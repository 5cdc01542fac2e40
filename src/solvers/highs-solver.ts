import type { Highs } from 'highs';
import { createRoundingScratch, roundToPacks } from '../core/allocation/pack-rounding';
import { AllocationInputError, checkProblemFully } from '../core/allocation/problem';
import { orderRecipients } from '../core/allocation/recipient-order';
import type { AllocationProblem, AllocationSolution, Solver } from '../core/allocation/types';
import { highsRuntime } from './highs-loader';
import { byId, lexMaxMin, SolverError } from './lex-max-min';
import { leximinMip } from './leximin-mip';

export { SolverError };

/** Options of the HiGHS reference solver. */
export interface HighsSolverOptions {
  /** Wall-clock budget per solve, in seconds (default 60). A solve that needs longer throws SolverError. */
  timeLimitSeconds?: number;
}

/**
 * The reference solver: HiGHS (WebAssembly) solving weighted lexicographic max-min fairness as a
 * sequence of LPs, then whole packs by the same largest-remainder rule as the fast path (respecting
 * cargo capacity); with minimum lot sizes, a sequence of MIPs in whole packs. Solves coupled problems
 * the fast path refuses: cargo capacity per destination (kg and m³ across items) and lot sizes.
 */
export async function createHighsSolver(options: HighsSolverOptions = {}): Promise<Solver> {
  const highs = await highsRuntime();
  const budget = (options.timeLimitSeconds ?? 60) * 1000;
  return {
    name: 'highs',
    unsupported: () => null,
    solve: (problem) => new Promise((resolve) => resolve(solveWithHighs(highs, problem, budget))),
  };
}

/** Solve synchronously with a loaded HiGHS runtime (blocks the thread: use a worker in a server). */
export function solveWithHighs(
  highs: Highs,
  problem: AllocationProblem,
  budgetMs: number,
): AllocationSolution {
  const issues = checkProblemFully(problem);
  if (issues.length > 0) throw new AllocationInputError(issues);
  const deadline = performance.now() + budgetMs;
  if (problem.items.some((it) => it.minLotPacks > 1)) {
    const mip = leximinMip(highs, problem, deadline);
    const exact = new Float64Array(mip.packs.length);
    problem.items.forEach((it, k) => {
      for (let i = 0; i < problem.recipients.length; i++) {
        const line = k * problem.recipients.length + i;
        exact[line] = mip.packs[line]! * it.packSize;
      }
    });
    return {
      solver: 'highs',
      packs: mip.packs,
      levels: problem.items.map(() => null),
      exact,
      bound: mip.bound,
    };
  }
  const lex = lexMaxMin(highs, problem, deadline);
  const packs = roundWithCargo(problem, lex.exact);
  return { solver: 'highs', packs, levels: lex.levels, exact: lex.exact, bound: lex.bound };
}

/**
 * Whole packs from exact shares: the fast path's largest-remainder rule per item (items in id order),
 * where an extra pack must also fit the destination's remaining cargo capacity.
 */
function roundWithCargo(problem: AllocationProblem, exact: Float64Array): Float64Array {
  const n = problem.recipients.length;
  const packs = new Float64Array(exact.length);
  const { rank } = orderRecipients(problem);
  const scratch = createRoundingScratch(n);
  const coupled = problem.recipients.some((r) => r.cargoKg !== null || r.cargoM3 !== null);
  const items = byId(problem.items.map((it, k) => ({ id: it.id, k })));
  const round = (k: number, allow?: (i: number) => boolean): void => {
    const item = problem.items[k]!;
    roundToPacks({
      needs: problem.needs,
      exact,
      packs,
      base: k * n,
      n,
      rank,
      packSize: item.packSize,
      available: item.available,
      scratch,
      ...(allow ? { allow } : {}),
    });
  };
  if (!coupled) {
    for (const { k } of items) round(k);
    return packs;
  }
  // Floors first (they fit: exact shares respect capacity), then extras while capacity remains.
  for (const { k } of items) round(k, () => false);
  const kg = new Float64Array(n);
  const m3 = new Float64Array(n);
  problem.items.forEach((it, k) => {
    for (let i = 0; i < n; i++) {
      kg[i]! += packs[k * n + i]! * it.packWeightKg;
      m3[i]! += packs[k * n + i]! * it.packVolumeM3;
    }
  });
  for (const { k } of items) {
    const it = problem.items[k]!;
    round(k, (i) => {
      const r = problem.recipients[i]!;
      if (r.cargoKg !== null && kg[i]! + it.packWeightKg > r.cargoKg) return false;
      if (r.cargoM3 !== null && m3[i]! + it.packVolumeM3 > r.cargoM3) return false;
      kg[i]! += it.packWeightKg;
      m3[i]! += it.packVolumeM3;
      return true;
    });
  }
  return packs;
}
