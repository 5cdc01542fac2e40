import { explainPlan, type AllocationPlan } from './explain';
import { solveFast } from './fast-solver';
import { preparePlan, type PlanInput } from './plan-input';
import { couplingOf } from './problem';
import type { Solver } from './types';

/**
 * Plan with the fast path (independent items): reserve first, needs, policy weights, exact max-min
 * shares, whole packs, reasons and the pro-rata comparison. Synchronous, fast enough for every slider move.
 * Throws when cargo capacity or lot sizes couple the items: use planAllocationWith(input, highsSolver).
 */
export function planAllocation(input: PlanInput): AllocationPlan {
  const prepared = preparePlan(input);
  return explainPlan(prepared, solveFast(prepared.problem));
}

/** Plan with any Solver (the HiGHS reference handles cargo capacity and lot sizes). */
export async function planAllocationWith(
  input: PlanInput,
  solver: Solver,
): Promise<AllocationPlan> {
  const prepared = preparePlan(input);
  const why = solver.unsupported(prepared.problem);
  if (why !== null) throw new Error(`${solver.name} cannot solve this plan: ${why}`);
  return explainPlan(prepared, await solver.solve(prepared.problem));
}

/** Whether a plan input needs the HiGHS solver (cargo capacity or lot sizes), and why. */
export function planNeedsReferenceSolver(input: PlanInput): string | null {
  return couplingOf(preparePlan(input).problem);
}
