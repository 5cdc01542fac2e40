/**
 * Whole packs from exact shares, for one item (largest remainder, Hamilton's rule).
 *
 * Every line first gets the whole packs inside its exact share (the floor). The packs still available
 * go one each to the lines with the largest fraction of a pack left over, ties by canonical rank
 * (weight, then id), skipping a line whose next pack would exceed its need. So the result never exceeds
 * supply or need, every line is within one pack of its exact share, and identical recipients differ by
 * at most one pack. Exact shares are monotone in supply; rounded lines can move by one pack when supply
 * grows (the Alabama paradox of largest remainder), never by more, because each stays within one pack
 * of a share that did not shrink. Rules that avoid that move depend on the whole history of packs and
 * cost time proportional to their number (docs/methods/allocation.md).
 */

/** Reusable buffers for roundToPacks, sized for n recipients. */
export interface RoundingScratch {
  /** Per recipient: the fraction of a pack left over when it may take one more, else -1. */
  frac: Float64Array;
  perm: Int32Array;
  /** Histogram of remainders (bucket = floor(r × length)), a power of two between 16 and 1024 long. */
  buckets: Int32Array;
}

/** Allocate rounding buffers for n recipients (reuse them across items). */
export function createRoundingScratch(n: number): RoundingScratch {
  let buckets = 16;
  while (buckets < 1024 && buckets * 8 < n) buckets *= 2;
  return { frac: new Float64Array(n), perm: new Int32Array(n), buckets: new Int32Array(buckets) };
}

/** Inputs of roundToPacks for one item; arrays are item-major like AllocationProblem.needs. */
export interface RoundingInput {
  needs: Float64Array;
  exact: Float64Array;
  /** Output: whole packs per line. */
  packs: Float64Array;
  base: number;
  n: number;
  rank: Int32Array;
  packSize: number;
  available: number;
  scratch: RoundingScratch;
  /** Optional veto for an extra pack (e.g. cargo capacity), asked in priority order. */
  allow?: (i: number) => boolean;
}

/** Round one item's exact shares to whole packs (see the module comment); returns the packs given. */
export function roundToPacks(input: RoundingInput): number {
  const { needs, exact, packs, base, n, packSize: p, scratch } = input;
  const frac = scratch.frac;
  let floors = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    frac[i] = -1;
    const d = needs[base + i]!;
    if (d === 0) {
      packs[base + i] = 0;
      continue;
    }
    const q = exact[base + i]! / p;
    let fl = Math.floor(q);
    const c = Math.floor(d / p);
    if (fl >= c) {
      fl = c;
    } else if (q - fl > 1e-9 * (q > 1 ? q : 1)) {
      frac[i] = q - fl;
      k++;
    }
    packs[base + i] = fl;
    floors += fl;
  }
  const room = Math.floor(input.available / p) - floors;
  if (room < 0) return floors - trimExcess(input, -room);
  if (room === 0 || k === 0) return floors;
  if (input.allow) return floors + giveInOrder(input, room);
  const size = scratch.buckets.length;
  scratch.buckets.fill(0);
  for (let i = 0; i < n; i++) if (frac[i]! >= 0) scratch.buckets[(frac[i]! * size) | 0]!++;
  return floors + giveExtras(packs, base, n, k, room, input.rank, scratch);
}

function giveInOrder(input: RoundingInput, room: number): number {
  const { frac } = input.scratch;
  const rank = input.rank;
  const order: number[] = [];
  for (let i = 0; i < input.n; i++) if (frac[i]! >= 0) order.push(i);
  order.sort((a, b) => frac[b]! - frac[a]! || rank[a]! - rank[b]!);
  let given = 0;
  for (const i of order) {
    if (given === room) break;
    if (!input.allow!(i)) continue;
    input.packs[input.base + i] = input.packs[input.base + i]! + 1;
    given++;
  }
  return given;
}

/**
 * Give one extra pack to each of the `room` recipients with the largest remainder in scratch.frac
 * (k of them are >= 0, and scratch.buckets holds their histogram), ties by rank; to all k when
 * room >= k. The histogram finds the boundary bucket and only that bucket is quickselected.
 * Returns the packs given.
 */
export function giveExtras(
  packs: Float64Array,
  base: number,
  n: number,
  k: number,
  room: number,
  rank: Int32Array,
  scratch: RoundingScratch,
): number {
  const { frac, perm, buckets } = scratch;
  if (room >= k) {
    for (let i = 0; i < n; i++) if (frac[i]! >= 0) packs[base + i]! += 1;
    return k;
  }
  const size = buckets.length;
  let top = size - 1;
  let above = 0;
  while (above + buckets[top]! < room) above += buckets[top--]!;
  let m = 0;
  for (let i = 0; i < n; i++) {
    // Branch-free: non-candidates have r = -1, so b < 0 <= top; (top - b) >>> 31 is 1 exactly when b > top.
    const b = (frac[i]! * size) | 0;
    packs[base + i]! += (top - b) >>> 31;
    if (b === top) perm[m++] = i;
  }
  const need = room - above;
  if (need < m) nthElement(frac, rank, perm, m, need - 1);
  for (let t = 0; t < need; t++) packs[base + perm[t]!]! += 1;
  return room;
}

/** Quickselect on perm[0..m): afterwards the first nth+1 slots hold the highest priorities (remainder, then rank). */
export function nthElement(
  frac: Float64Array,
  rank: Int32Array,
  perm: Int32Array,
  m: number,
  nth: number,
): void {
  let lo = 0;
  let hi = m - 1;
  while (hi > lo) {
    const a = perm[lo]!;
    const b = perm[(lo + hi) >>> 1]!;
    const c = perm[hi]!;
    const pivot = hasPriority(frac, rank, a, b)
      ? hasPriority(frac, rank, b, c)
        ? b
        : hasPriority(frac, rank, a, c)
          ? c
          : a
      : hasPriority(frac, rank, a, c)
        ? a
        : hasPriority(frac, rank, b, c)
          ? c
          : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (hasPriority(frac, rank, perm[i]!, pivot)) i++;
      while (hasPriority(frac, rank, pivot, perm[j]!)) j--;
      if (i <= j) {
        const t = perm[i]!;
        perm[i] = perm[j]!;
        perm[j] = t;
        i++;
        j--;
      }
    }
    if (nth <= j) hi = j;
    else if (nth >= i) lo = i;
    else return;
  }
}

/** Whether line a goes before line b: larger remainder, then smaller canonical rank. */
function hasPriority(frac: Float64Array, rank: Int32Array, a: number, b: number): boolean {
  const fa = frac[a]!;
  const fb = frac[b]!;
  return fa > fb || (fa === fb && rank[a]! < rank[b]!);
}

/**
 * Floating-point safety net for floors that add up to more packs than the supply holds: take one pack
 * back from the lines whose floor overshoots their exact share most. Returns the packs removed.
 */
function trimExcess(input: RoundingInput, excess: number): number {
  const { needs, exact, packs, base, n, rank, packSize: p } = input;
  let removed = 0;
  for (; removed < excess; removed++) {
    let worst = -1;
    let worstOver = -Infinity;
    for (let i = 0; i < n; i++) {
      const have = packs[base + i]!;
      if (have === 0 || needs[base + i] === 0) continue;
      const over = have - exact[base + i]! / p;
      if (over > worstOver || (over === worstOver && rank[i]! > rank[worst]!)) {
        worst = i;
        worstOver = over;
      }
    }
    if (worst < 0) break;
    packs[base + worst] = packs[base + worst]! - 1;
  }
  return removed;
}
