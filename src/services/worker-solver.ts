// The HiGHS solver behind the Solver interface, run in a worker thread so that the server stays responsive
// while it solves; one solve at a time, each time-limited (the worker is restarted when it overruns).
import { Worker } from 'node:worker_threads';
import { AllocationInputError } from '../core/allocation/problem';
import type { AllocationProblem, AllocationSolution, Solver } from '../core/allocation/types';
import type { SolveAnswer, SolveJob } from './solver.worker';

/** HiGHS did not finish in time, or too many solves are waiting: try again with a smaller plan or later. */
export class SolverUnavailableError extends Error {
  override name = 'SolverUnavailableError';
}

/** Options of the worker solver. */
export interface WorkerSolverOptions {
  /** HiGHS's own budget per solve, in seconds (default 20). */
  timeLimitSeconds?: number;
  /** Extra time before the worker is stopped from outside, in ms (default 2,000). */
  graceMs?: number;
  /** Solves that may wait for the worker (default 8); more are refused. */
  maxQueue?: number;
}

/** A Solver that runs HiGHS in a worker thread; close() stops the worker. */
export interface WorkerSolver extends Solver {
  close(): Promise<void>;
}

interface Pending {
  job: SolveJob;
  resolve: (solution: AllocationSolution) => void;
  reject: (error: Error) => void;
}

/** The worker's entry: a data: URL module that registers tsx and imports solver.worker.ts. */
function workerUrl(): URL {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./solver.worker.ts', import.meta.url).href;
  const code = `import { register } from ${JSON.stringify(tsx)};\nregister();\nawait import(${JSON.stringify(entry)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** Creates a worker solver (the worker starts on the first solve and idles without keeping the process up). */
export function createWorkerSolver(options: WorkerSolverOptions = {}): WorkerSolver {
  const budgetMs = (options.timeLimitSeconds ?? 20) * 1000;
  const graceMs = options.graceMs ?? 2000;
  const maxQueue = options.maxQueue ?? 8;
  let worker: Worker | null = null;
  let current: (Pending & { timer: NodeJS.Timeout }) | null = null;
  const queue: Pending[] = [];
  let nextId = 1;

  const fail = (error: Error): void => {
    const failed = current;
    current = null;
    const w = worker;
    worker = null;
    void w?.terminate();
    if (failed) {
      clearTimeout(failed.timer);
      failed.reject(error);
    }
    pump();
  };

  const start = (): Worker => {
    const w = new Worker(workerUrl());
    w.on('message', (answer: SolveAnswer) => {
      if (!current || answer.id !== current.job.id) return;
      const done = current;
      current = null;
      clearTimeout(done.timer);
      if (answer.ok) done.resolve(answer.solution);
      else if (answer.issues) done.reject(new AllocationInputError(answer.issues));
      else
        done.reject(
          new SolverUnavailableError(`HiGHS could not solve the plan: ${answer.message}`),
        );
      pump();
    });
    w.on('error', (error) => {
      if (worker === w) fail(new Error(`the solver worker failed: ${error.message}`));
    });
    w.on('exit', () => {
      if (worker === w) fail(new Error('the solver worker stopped unexpectedly'));
    });
    return w;
  };

  const pump = (): void => {
    if (current) return;
    const next = queue.shift();
    if (!next) {
      worker?.unref();
      return;
    }
    worker ??= start();
    worker.ref();
    const timer = setTimeout(
      () =>
        fail(
          new SolverUnavailableError(
            `HiGHS did not finish within ${Math.round((budgetMs + graceMs) / 1000)} s; plan fewer recipients or items, or drop cargo limits and lot sizes`,
          ),
        ),
      budgetMs + graceMs,
    );
    current = { ...next, timer };
    worker.postMessage(next.job);
  };

  return {
    name: 'highs',
    unsupported: () => null,
    solve(problem: AllocationProblem): Promise<AllocationSolution> {
      if (queue.length >= maxQueue) {
        return Promise.reject(
          new SolverUnavailableError(
            `${queue.length} plans are already waiting for the solver; try again shortly`,
          ),
        );
      }
      return new Promise((resolve, reject) => {
        queue.push({ job: { id: nextId++, problem, budgetMs }, resolve, reject });
        pump();
      });
    },
    async close(): Promise<void> {
      const w = worker;
      worker = null;
      for (const p of queue.splice(0))
        p.reject(new SolverUnavailableError('the solver was closed'));
      if (current) {
        clearTimeout(current.timer);
        current.reject(new SolverUnavailableError('the solver was closed'));
        current = null;
      }
      await w?.terminate();
    },
  };
}

let shared: WorkerSolver | null = null;

/** The process's one worker solver (created on first use). */
export function sharedWorkerSolver(): WorkerSolver {
  shared ??= createWorkerSolver();
  return shared;
}
