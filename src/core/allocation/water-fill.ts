import type { RecipientOrder } from './recipient-order';

/**
 * Water level λ for one item: the λ with Σ_i min(d_i, λ w_i d_i) = available (METHODS.md §3).
 * Returns null when supply covers every need, NaN when a need in the row is negative or not finite.
 * `needs[base + i]` is recipient i's need.
 *
 * Breakpoints λ = 1/w_i do not depend on the item, so the recipients are sorted once (`ord`) and each
 * item costs one pass for the totals plus a scan over the recipients whose need is met (highest
 * weights first), which stops as soon as the level is found.
 */
export function waterLevel(
  needs: Float64Array,
  base: number,
  n: number,
  available: number,
  ord: RecipientOrder,
): number | null {
  const t = needTotals(needs, base, n, ord.weights);
  if (t.bad) return NaN;
  return levelFromTotals(needs, base, n, available, ord, t.total, t.weighted);
}

/** Total need of one item's row and Σ w·d, and whether a need is negative or NaN. */
export interface NeedTotals {
  total: number;
  weighted: number;
  bad: boolean;
}

/**
 * The totals pass, summing even and odd lines apart and adding the two at the end: the order the
 * WebAssembly kernel (two lines at a time) adds in, so both give the same bits.
 */
export function needTotals(
  needs: Float64Array,
  base: number,
  n: number,
  weights: Float64Array,
): NeedTotals {
  let even = 0;
  let odd = 0;
  let weightedEven = 0;
  let weightedOdd = 0;
  let bad = false;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const d0 = needs[base + i]!;
    const d1 = needs[base + i + 1]!;
    if (!(d0 >= 0 && d1 >= 0)) bad = true;
    even += d0;
    odd += d1;
    weightedEven += weights[i]! * d0;
    weightedOdd += weights[i + 1]! * d1;
  }
  if (i < n) {
    const d = needs[base + i]!;
    if (!(d >= 0)) bad = true;
    even += d;
    weightedEven += weights[i]! * d;
  }
  return { total: even + odd, weighted: weightedEven + weightedOdd, bad };
}

/** Where the walk over breakpoints stopped: position j in canonical order, and the need capped before it. */
export interface Breakpoint {
  j: number;
  capped: number;
  cappedWeighted: number;
}

/** The level from an item's totals (see waterLevel); NaN when the total is not finite. */
export function levelFromTotals(
  needs: Float64Array,
  base: number,
  n: number,
  available: number,
  ord: RecipientOrder,
  total: number,
  weighted: number,
): number | null {
  if (!Number.isFinite(total)) return NaN;
  if (total <= available) return null;
  if (!(available > 0)) return 0;
  const { j, capped, cappedWeighted } = walkBreakpoints(needs, base, n, available, ord, weighted);
  // Only reachable through rounding when supply is within an ulp of total need.
  if (j >= n) return 1 / minPositiveWeight(needs, base, ord);
  let rest = weighted - cappedWeighted;
  // Cancellation guard: recompute the uncapped weighted need exactly when it is small.
  if (rest < weighted * 1e-4) rest = tailWeighted(needs, base, ord, j);
  return (available - capped) / rest;
}

/**
 * Walk breakpoints from the smallest λ (largest weight) until the water level lies before the next
 * one: before position j, every recipient is capped at its need.
 */
export function walkBreakpoints(
  needs: Float64Array,
  base: number,
  n: number,
  available: number,
  ord: RecipientOrder,
  weighted: number,
): Breakpoint {
  const { weights, order } = ord;
  let capped = 0;
  let cappedWeighted = 0;
  let j = 0;
  for (; j < n; j++) {
    const i = order[j]!;
    const d = needs[base + i]!;
    if (d === 0) continue;
    const w = weights[i]!;
    if (capped + (weighted - cappedWeighted) / w >= available) break;
    capped += d;
    cappedWeighted += w * d;
  }
  return { j, capped, cappedWeighted };
}

function tailWeighted(
  needs: Float64Array,
  base: number,
  ord: RecipientOrder,
  from: number,
): number {
  let s = 0;
  for (let j = from; j < ord.order.length; j++) {
    const i = ord.order[j]!;
    s += ord.weights[i]! * needs[base + i]!;
  }
  return s;
}

function minPositiveWeight(needs: Float64Array, base: number, ord: RecipientOrder): number {
  for (let j = ord.order.length - 1; j >= 0; j--) {
    const i = ord.order[j]!;
    if (needs[base + i]! > 0) return ord.weights[i]!;
  }
  return 1;
}

/** Exact share of one line at level λ (null = every need met): min(d, λ w d). */
export function shareAt(level: number | null, weight: number, need: number): number {
  if (level === null) return need;
  const f = level * weight;
  return f >= 1 ? need : f * need;
}
