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
  const { weights, order } = ord;
  let total = 0;
  let weighted = 0;
  let bad = false;
  for (let i = 0; i < n; i++) {
    const d = needs[base + i]!;
    if (!(d >= 0)) bad = true;
    total += d;
    weighted += weights[i]! * d;
  }
  if (bad || !Number.isFinite(total)) return NaN;
  if (total <= available) return null;
  if (!(available > 0)) return 0;
  // Walk breakpoints from the smallest λ (largest weight). Before j, every recipient is capped at its need.
  let capped = 0;
  let cappedWeighted = 0;
  for (let j = 0; j < n; j++) {
    const i = order[j]!;
    const d = needs[base + i]!;
    if (d === 0) continue;
    const w = weights[i]!;
    let rest = weighted - cappedWeighted;
    if (capped + rest / w >= available) {
      // Cancellation guard: recompute the uncapped weighted need exactly when it is small.
      if (rest < weighted * 1e-4) rest = tailWeighted(needs, base, ord, j);
      return (available - capped) / rest;
    }
    capped += d;
    cappedWeighted += w * d;
  }
  // Only reachable through rounding when supply is within an ulp of total need.
  return 1 / minPositiveWeight(needs, base, ord);
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
