// Runs the allocation engine in the browser on the fetched input with the sliders' policy.
import {
  AllocationInputError,
  planAllocation,
  planNeedsReferenceSolver,
  type AllocationPlan,
  type PlanInput,
} from '../../../src/core/allocation';
import { applyKnobs, type PolicyKnobs } from './policy-knobs';

/** A plan computed in the browser, or why it could not be. */
export type PlanOutcome =
  | { status: 'ok'; plan: AllocationPlan; ms: number }
  | { status: 'needs-solver'; why: string }
  | { status: 'invalid'; issues: string[] };

/**
 * Plans `input` with the knobs applied to its policy, using the fast path (synchronous, a few
 * milliseconds for every country and item). Inputs with cargo limits or lot sizes need the server's
 * HiGHS solver and say so; an invalid input names its bad fields instead of throwing.
 */
export function computePlan(
  input: PlanInput,
  knobs: PolicyKnobs | null,
  now: () => number = () => 0,
): PlanOutcome {
  const adjusted: PlanInput = knobs ? { ...input, policy: applyKnobs(input.policy, knobs) } : input;
  try {
    const why = planNeedsReferenceSolver(adjusted);
    if (why !== null) return { status: 'needs-solver', why };
    const start = now();
    const plan = planAllocation(adjusted);
    return { status: 'ok', plan, ms: now() - start };
  } catch (error) {
    if (error instanceof AllocationInputError) return { status: 'invalid', issues: error.issues };
    return { status: 'invalid', issues: [error instanceof Error ? error.message : String(error)] };
  }
}
