import type { AllocationProblem } from './types';

/** Recipients in the canonical order every solver uses: weight high to low, ties by id. */
export interface RecipientOrder {
  /** order[j] = index of the j-th recipient in canonical order. */
  order: Int32Array;
  /** rank[i] = position of recipient i in canonical order (the deterministic tie-breaker). */
  rank: Int32Array;
  /** weights[i] as a typed array. */
  weights: Float64Array;
}

/** Buffers for ordering n recipients, to reuse across solves of the same size (see orderRecipients). */
export interface OrderBuffers extends RecipientOrder {
  bucket: Int32Array;
  end: Int32Array;
}

/** Allocate ordering buffers for n recipients. */
export function createOrderBuffers(n: number): OrderBuffers {
  return {
    order: new Int32Array(n),
    rank: new Int32Array(n),
    weights: new Float64Array(n),
    bucket: new Int32Array(n),
    end: new Int32Array(2 * n),
  };
}

/**
 * Sort recipients once by weight (highest first), ties by id, so no result depends on input order.
 * Pass `buffers` of the same size to overwrite them instead of allocating (the result is them).
 */
export function orderRecipients(
  problem: AllocationProblem,
  buffers: OrderBuffers = createOrderBuffers(problem.recipients.length),
): RecipientOrder {
  const n = problem.recipients.length;
  const { weights, order, rank } = buffers;
  for (let i = 0; i < n; i++) weights[i] = problem.recipients[i]!.weight;
  const before = (a: number, b: number): number =>
    weights[b]! - weights[a]! || compareIds(problem.recipients[a]!.id, problem.recipients[b]!.id);
  bucketOrder(buffers, before);
  for (let j = 0; j < n; j++) rank[order[j]!] = j;
  return buffers;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Bucket sort by descending weight: 2n buckets spread linearly over [min, max] (monotone, so buckets
 * are in order), a counting scatter, then each bucket of two or more sorted by `before` (insertion sort
 * when small). Linear time for spread-out weights; clustered weights fall back to comparison sorts per
 * bucket.
 */
function bucketOrder(buffers: OrderBuffers, before: (a: number, b: number) => number): void {
  const { weights, order: out, bucket, end } = buffers;
  const n = weights.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (w < lo) lo = w;
    if (w > hi) hi = w;
  }
  const size = 2 * n;
  const scale = (size - 1) / (hi - lo);
  if (!(scale < Infinity)) {
    // All weights equal (or n < 2): order by id.
    const all = Array.from({ length: n }, (_, i) => i).sort(before);
    out.set(all);
    return;
  }
  // end[b] counts bucket b, then (prefix sums) its start; the scatter moves it to the bucket's end.
  end.fill(0);
  for (let i = 0; i < n; i++) {
    const b = size - 1 - (((weights[i]! - lo) * scale) | 0);
    bucket[i] = b;
    end[b]!++;
  }
  for (let b = 0, at = 0; b < size; b++) {
    const count = end[b]!;
    end[b] = at;
    at += count;
  }
  for (let i = 0; i < n; i++) out[end[bucket[i]!]!++] = i;
  for (let b = 0, s = 0; b < size; b++) {
    const e = end[b]!;
    if (e - s > 1) sortRange(out, s, e, before);
    s = e;
  }
}

function sortRange(
  out: Int32Array,
  s: number,
  e: number,
  before: (a: number, b: number) => number,
): void {
  if (e - s > 16) {
    out.set(Array.from(out.subarray(s, e)).sort(before), s);
    return;
  }
  for (let j = s + 1; j < e; j++) {
    const v = out[j]!;
    let k = j - 1;
    while (k >= s && before(out[k]!, v) > 0) {
      out[k + 1] = out[k]!;
      k--;
    }
    out[k + 1] = v;
  }
}
