// The worker thread that runs HiGHS for the allocation service: a solve blocks its thread for as long as
// it takes, so it never runs on the server's. Started by worker-solver.ts; one message in, one answer out.
import { parentPort } from 'node:worker_threads';
import { AllocationInputError } from '../core/allocation/problem';
import type { AllocationProblem, AllocationSolution } from '../core/allocation/types';
import { highsRuntime } from '../solvers/highs-loader';
import { solveWithHighs } from '../solvers/highs-solver';

/** A job for the worker: one problem and its wall-clock budget. */
export interface SolveJob {
  id: number;
  problem: AllocationProblem;
  budgetMs: number;
}

/** The worker's answer: the solution, or the error's kind, message and (for bad input) issues. */
export type SolveAnswer =
  | { id: number; ok: true; solution: AllocationSolution }
  | { id: number; ok: false; name: string; message: string; issues: string[] | null };

const port = parentPort;
if (port) {
  port.on('message', (job: SolveJob) => {
    void highsRuntime()
      .then((highs) => solveWithHighs(highs, job.problem, job.budgetMs))
      .then(
        (solution): SolveAnswer => ({ id: job.id, ok: true, solution }),
        (error: unknown): SolveAnswer => ({
          id: job.id,
          ok: false,
          name: error instanceof Error ? error.name : 'Error',
          message: error instanceof Error ? error.message : String(error),
          issues: error instanceof AllocationInputError ? error.issues : null,
        }),
      )
      .then((answer) => port.postMessage(answer));
  });
}
