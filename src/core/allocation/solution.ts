import type { AllocationProblem, AllocationSolution } from './types';

const NONE = 0;
const NEED = 1;
const SUPPLY = 2;

/** Exact shares of a solution in units (item-major): stored ones, or min(d, λ w d) from the item levels. */
export function exactShares(
  problem: AllocationProblem,
  solution: AllocationSolution,
): Float64Array {
  if (solution.exact) return solution.exact;
  const n = problem.recipients.length;
  const out = new Float64Array(problem.needs.length);
  solution.levels.forEach((level, k) => {
    for (let i = 0; i < n; i++) {
      const d = problem.needs[k * n + i]!;
      const f = level === null ? 1 : level * problem.recipients[i]!.weight;
      out[k * n + i] = f >= 1 ? d : f * d;
    }
  });
  return out;
}

/** Binding constraint per line (index into BOUND_REASONS): stored ones, or need/supply from the exact shares. */
export function boundsOf(problem: AllocationProblem, solution: AllocationSolution): Uint8Array {
  if (solution.bound) return solution.bound;
  const exact = exactShares(problem, solution);
  const out = new Uint8Array(exact.length);
  for (let j = 0; j < exact.length; j++) {
    const d = problem.needs[j]!;
    out[j] = d === 0 ? NONE : exact[j]! >= d ? NEED : SUPPLY;
  }
  return out;
}
