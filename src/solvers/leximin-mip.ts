import type { Highs } from 'highs';
import type { AllocationProblem } from '../core/allocation/types';
import { byId, SolverError } from './lex-max-min';
import { LpText, type Term } from './lp-text';

/** Whole packs from the leximin MIP, with what bound each line. */
export interface MipResult {
  packs: Float64Array;
  bound: Uint8Array;
  /** MIPs solved (one per line in the leximin vector). */
  steps: number;
}

const NEED = 1;
const SUPPLY = 2;
const CARGO = 3;
const LOT = 4;

interface Var {
  k: number;
  i: number;
  line: number;
  /** Most packs the need allows. */
  cap: number;
  /** Level per pack: packSize / (need × normalised weight). */
  coef: number;
  lot: number;
}

/**
 * Leximin-optimal whole packs when items have minimum lot sizes (a line gets 0 or at least the lot),
 * possibly with cargo capacity: Ogryczak & Śliwiński's sequential method. Step s maximises the sum of
 * the s smallest weighted levels, θ_s = max s·r − Σ_j max(0, r − ℓ_j), keeping θ_1..θ_{s−1} at their
 * optima. Exact but one MIP per line: meant for coupled problems of modest size.
 */
export function leximinMip(highs: Highs, problem: AllocationProblem, deadline: number): MipResult {
  const n = problem.recipients.length;
  const packs = new Float64Array(problem.needs.length);
  const bound = new Uint8Array(problem.needs.length);
  const wmax = problem.recipients.reduce((a, r) => Math.max(a, r.weight), 0);
  const vars: Var[] = [];
  for (const { k } of byId(problem.items.map((it, k) => ({ id: it.id, k })))) {
    const item = problem.items[k]!;
    for (const { i } of byId(problem.recipients.map((r, i) => ({ id: r.id, i })))) {
      const line = k * n + i;
      const d = problem.needs[line]!;
      if (d === 0) continue;
      const cap = Math.floor(d / item.packSize);
      bound[line] = LOT;
      if (cap < item.minLotPacks || item.available < item.minLotPacks * item.packSize) continue;
      const coef = item.packSize / (d * (problem.recipients[i]!.weight / wmax));
      vars.push({ k, i, line, cap, coef, lot: item.minLotPacks });
    }
  }
  if (vars.length === 0) return { packs, bound, steps: 0 };
  const thetas: number[] = [];
  let values: Record<string, number> = {};
  for (let s = 1; s <= vars.length; s++) {
    const remaining = (deadline - performance.now()) / 1000;
    if (remaining <= 0) throw new SolverError('HiGHS time limit reached');
    const text = stepModel(problem, vars, s, thetas);
    const result = highs.solve(text, {
      output_flag: false,
      time_limit: remaining,
      mip_rel_gap: 1e-9,
    });
    if (result.Status !== 'Optimal')
      throw new SolverError(`HiGHS MIP step ${s} ended: ${result.Status}`);
    thetas.push(result.ObjectiveValue);
    values = Object.fromEntries(
      Object.entries(result.Columns).map(([name, c]) => [name, c.Primal]),
    );
  }
  const usedKg = new Float64Array(n);
  const usedM3 = new Float64Array(n);
  vars.forEach((v, j) => {
    const got = Math.round(values[`n${j}`] ?? 0);
    const item = problem.items[v.k]!;
    packs[v.line] = got;
    usedKg[v.i]! += got * item.packWeightKg;
    usedM3[v.i]! += got * item.packVolumeM3;
  });
  vars.forEach((v) => {
    const item = problem.items[v.k]!;
    const r = problem.recipients[v.i]!;
    const got = packs[v.line]!;
    const full =
      (r.cargoKg !== null && usedKg[v.i]! + item.packWeightKg > r.cargoKg + 1e-9) ||
      (r.cargoM3 !== null && usedM3[v.i]! + item.packVolumeM3 > r.cargoM3 + 1e-9);
    if (got === v.cap) bound[v.line] = got * item.packSize >= problem.needs[v.line]! ? NEED : LOT;
    else if (full) bound[v.line] = CARGO;
    else if (got === 0 && v.lot > 1) bound[v.line] = LOT;
    else bound[v.line] = SUPPLY;
  });
  return { packs, bound, steps: vars.length };
}

/** Step s of the sequence: maximise θ_s with θ_1..θ_{s−1} held at their optima (small tolerance). */
function stepModel(
  problem: AllocationProblem,
  vars: readonly Var[],
  s: number,
  thetas: readonly number[],
): string {
  const lp = new LpText('Maximize', [
    [s, `r${s}`],
    ...vars.map((_, j): Term => [-1, `e${s}_${j}`]),
  ]);
  const supply = new Map<number, Term[]>();
  const kg = new Map<number, Term[]>();
  const m3 = new Map<number, Term[]>();
  vars.forEach((v, j) => {
    const item = problem.items[v.k]!;
    const r = problem.recipients[v.i]!;
    const x = `n${j}`;
    add(supply, v.k, [item.packSize / item.available, x]);
    if (r.cargoKg !== null && item.packWeightKg > 0)
      add(kg, v.i, [item.packWeightKg / scale(r.cargoKg), x]);
    if (r.cargoM3 !== null && item.packVolumeM3 > 0)
      add(m3, v.i, [item.packVolumeM3 / scale(r.cargoM3), x]);
    if (v.lot > 1) {
      lp.row(
        `lo${j}`,
        [
          [1, x],
          [-v.lot, `y${j}`],
        ],
        '>=',
        0,
      );
      lp.row(
        `hi${j}`,
        [
          [1, x],
          [-v.cap, `y${j}`],
        ],
        '<=',
        0,
      );
      lp.binary(`y${j}`);
    }
    lp.integer(x);
    lp.bound(x, 0, v.cap);
  });
  supply.forEach((terms, k) => lp.row(`S${k}`, terms, '<=', 1));
  kg.forEach((terms, i) => lp.row(`K${i}`, terms, '<=', cap(problem.recipients[i]!.cargoKg)));
  m3.forEach((terms, i) => lp.row(`V${i}`, terms, '<=', cap(problem.recipients[i]!.cargoM3)));
  for (let q = 1; q <= s; q++) {
    vars.forEach((v, j) =>
      lp.row(
        `E${q}_${j}`,
        [
          [1, `e${q}_${j}`],
          [-1, `r${q}`],
          [v.coef, `n${j}`],
        ],
        '>=',
        0,
      ),
    );
    lp.bound(`r${q}`, -Infinity, Infinity);
    if (q < s) {
      const theta = thetas[q - 1]!;
      const terms: Term[] = [[q, `r${q}`], ...vars.map((_, j): Term => [-1, `e${q}_${j}`])];
      lp.row(`T${q}`, terms, '>=', theta - 1e-7 * (1 + Math.abs(theta)));
    }
  }
  return lp.text();
}

function scale(c: number): number {
  return c > 0 ? c : 1;
}

function cap(c: number | null): number {
  return c !== null && c > 0 ? 1 : 0;
}

function add<K>(map: Map<K, Term[]>, key: K, term: Term): void {
  const list = map.get(key);
  if (list) list.push(term);
  else map.set(key, [term]);
}
