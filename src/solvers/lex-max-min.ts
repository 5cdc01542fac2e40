import type { Highs } from 'highs';
import type { AllocationProblem } from '../core/allocation/types';
import { LpText, type Term } from './lp-text';

/** Exact shares from the lexicographic max-min LP, with what bound each line and the per-item levels. */
export interface LexResult {
  exact: Float64Array;
  bound: Uint8Array;
  levels: (number | null)[];
  /** LPs solved (one per distinct level, roughly). */
  rounds: number;
}

/** Thrown when HiGHS does not finish within the time budget or ends in a status other than optimal. */
export class SolverError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SolverError';
  }
}

const NEED = 1;
const SUPPLY = 2;
const CARGO = 3;

interface Pair {
  k: number;
  i: number;
  line: number;
}

/**
 * Weighted lexicographic max-min fair shares by a sequence of LPs (Radunovic & Le Boudec 2007):
 * maximise t subject to fill_j >= w_j t for every line not yet fixed, fix the lines whose level row has
 * a non-zero dual (they cannot rise without lowering another), repeat. Handles cargo capacity per
 * destination (kg and m³ across items). One persistent HiGHS model, warm-started between rounds and
 * disposed at the end.
 */
export function lexMaxMin(highs: Highs, problem: AllocationProblem, deadline: number): LexResult {
  const n = problem.recipients.length;
  const m = problem.items.length;
  const exact = new Float64Array(n * m);
  const bound = new Uint8Array(n * m);
  const wmax = problem.recipients.reduce((a, r) => Math.max(a, r.weight), 0);
  const w = problem.recipients.map((r) => r.weight / wmax);
  const items = byId(problem.items.map((it, k) => ({ id: it.id, k })));
  const recipients = byId(problem.recipients.map((r, i) => ({ id: r.id, i })));
  const pairs: Pair[] = [];
  for (const { k } of items) {
    for (const { i } of recipients) {
      const line = k * n + i;
      if (problem.needs[line]! > 0) pairs.push({ k, i, line });
    }
  }
  const levels: (number | null)[] = problem.items.map(() => null);
  if (pairs.length === 0) return { exact, bound, levels, rounds: 0 };
  const lp = buildModel(problem, pairs, w, items, recipients);
  const model = highs.createModel({ format: 'lp', data: lp.text() });
  let rounds = 0;
  try {
    model.options.set({
      output_flag: false,
      primal_feasibility_tolerance: 1e-10,
      dual_feasibility_tolerance: 1e-10,
    });
    const rowOf = (name: string): number => model.getRowByName(name);
    const levelRow = pairs.map((_, p) => rowOf(`L${p}`));
    const col = pairs.map((_, p) => model.getColByName(`x${p}`));
    const supplyRow = problem.items.map((_, k) => (lp.rows.has(`S${k}`) ? rowOf(`S${k}`) : -1));
    const cargoRows = problem.recipients.map((_, i) =>
      [`K${i}`, `V${i}`].filter((r) => lp.rows.has(r)).map(rowOf),
    );
    const fixedAt = new Float64Array(pairs.length).fill(NaN);
    let open = pairs.length;
    while (open > 0) {
      const remaining = (deadline - performance.now()) / 1000;
      if (remaining <= 0) throw new SolverError('HiGHS time limit reached');
      model.options.set('time_limit', remaining);
      const status = model.run().modelStatus;
      if (status === highs.constants.modelStatus.timeLimit) {
        throw new SolverError(
          `HiGHS time limit reached in LP ${rounds + 1} of the lexicographic sequence`,
        );
      }
      if (status !== highs.constants.modelStatus.optimal) {
        throw new SolverError(`HiGHS ended with status ${status} in LP ${rounds + 1}`);
      }
      rounds++;
      const t = model.getObjectiveValue();
      const dual = model.getSolution().rowDual;
      let fixedNow = 0;
      let best = -1;
      pairs.forEach((pair, p) => {
        if (!Number.isNaN(fixedAt[p]!)) return;
        const mu = Math.abs(dual[levelRow[p]!]!) * w[pair.i]!;
        if (best < 0 || mu > Math.abs(dual[levelRow[best]!]!) * w[pairs[best]!.i]!) best = p;
        if (mu > 1e-9 || w[pair.i]! * t >= 1 - 1e-12) {
          fix(p, t, dual);
          fixedNow++;
        }
      });
      if (fixedNow === 0) fix(best, t, dual);
    }
    return {
      exact,
      bound,
      levels: levels.map((l) => (l !== null && Number.isNaN(l) ? null : l)),
      rounds,
    };

    function fix(p: number, t: number, dual: Float64Array): void {
      const pair = pairs[p]!;
      const fill = Math.min(1, w[pair.i]! * t);
      fixedAt[p] = t;
      open--;
      model.changeColBounds(col[p]!, fill, fill);
      model.changeRowBounds(levelRow[p]!, -Infinity, Infinity);
      exact[pair.line] = fill * problem.needs[pair.line]!;
      bound[pair.line] = fill >= 1 ? NEED : reason(pair, dual);
      if (bound[pair.line] === SUPPLY) {
        // The item's level, when all its supply-bound lines share one (always, without cargo limits).
        const was = levels[pair.k] ?? null;
        const now = t / wmax;
        levels[pair.k] = was === null || Math.abs(was - now) <= 1e-9 * now ? now : NaN;
      }
    }

    function reason(pair: Pair, dual: Float64Array): number {
      const s = supplyRow[pair.k]! >= 0 ? Math.abs(dual[supplyRow[pair.k]!]!) : 0;
      const c = Math.max(0, ...cargoRows[pair.i]!.map((r) => Math.abs(dual[r]!)));
      return c > s ? CARGO : SUPPLY;
    }
  } finally {
    model.dispose();
  }
}

/** The LP text and which optional rows it has. */
function buildModel(
  problem: AllocationProblem,
  pairs: readonly Pair[],
  w: readonly number[],
  items: readonly { k: number }[],
  recipients: readonly { i: number }[],
): { text: () => string; rows: Set<string> } {
  const n = problem.recipients.length;
  const lp = new LpText('Maximize', [[1, 't']]);
  const rows = new Set<string>();
  const byItem = new Map<number, Term[]>();
  const kg = new Map<number, Term[]>();
  const m3 = new Map<number, Term[]>();
  pairs.forEach((pair, p) => {
    const x = `x${p}`;
    const d = problem.needs[pair.line]!;
    const item = problem.items[pair.k]!;
    const r = problem.recipients[pair.i]!;
    lp.row(
      `L${p}`,
      [
        [1, x],
        [-w[pair.i]!, 't'],
      ],
      '>=',
      0,
    );
    push(byItem, pair.k, [d / scaleOf(item.available), x]);
    if (r.cargoKg !== null && item.packWeightKg > 0) {
      push(kg, pair.i, [(d * item.packWeightKg) / item.packSize / scaleOf(r.cargoKg), x]);
    }
    if (r.cargoM3 !== null && item.packVolumeM3 > 0) {
      push(m3, pair.i, [(d * item.packVolumeM3) / item.packSize / scaleOf(r.cargoM3), x]);
    }
  });
  for (const { k } of items) {
    const terms = byItem.get(k);
    const total = sumNeeds(problem, k, n);
    if (!terms || total <= problem.items[k]!.available) continue;
    rows.add(`S${k}`);
    lp.row(`S${k}`, terms, '<=', problem.items[k]!.available > 0 ? 1 : 0);
  }
  for (const { i } of recipients) {
    const r = problem.recipients[i]!;
    for (const [name, terms, cap] of [
      [`K${i}`, kg.get(i), r.cargoKg],
      [`V${i}`, m3.get(i), r.cargoM3],
    ] as const) {
      if (!terms || cap === null || terms.reduce((s, [c]) => s + c, 0) <= (cap > 0 ? 1 : 0))
        continue;
      rows.add(name);
      lp.row(name, terms, '<=', cap > 0 ? 1 : 0);
    }
  }
  pairs.forEach((_, p) => lp.bound(`x${p}`, 0, 1));
  lp.bound('t', 0, Infinity);
  return { text: () => lp.text(), rows };
}

function scaleOf(cap: number): number {
  return cap > 0 ? cap : 1;
}

function sumNeeds(problem: AllocationProblem, k: number, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += problem.needs[k * n + i]!;
  return s;
}

function push<K>(map: Map<K, Term[]>, key: K, term: Term): void {
  const list = map.get(key);
  if (list) list.push(term);
  else map.set(key, [term]);
}

/** Sort by id with plain code-unit comparison, so the model does not depend on input order. */
export function byId<T extends { id: string }>(list: T[]): T[] {
  return list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
