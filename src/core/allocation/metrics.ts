/** How good an allocation is for the lines that needed something. */
export interface QualityMetrics {
  /** Lowest fill rate (units given ÷ need) over lines with a need. */
  minFillRate: number;
  /** Priority-weighted unmet need: Σ w (d − x) ÷ Σ w d, 0 when every need is met. */
  weightedUnmet: number;
  /** Gini coefficient of fill rates over lines with a need: 0 when everyone gets the same share of need. */
  gini: number;
}

/** Quality of one allocation: given[j] units against need[j], line j belonging to a recipient of weight[j]. */
export function qualityOf(
  given: ArrayLike<number>,
  need: ArrayLike<number>,
  weight: ArrayLike<number>,
): QualityMetrics {
  const fills: number[] = [];
  let unmet = 0;
  let weighted = 0;
  for (let j = 0; j < need.length; j++) {
    const d = need[j]!;
    if (!(d > 0)) continue;
    const x = Math.min(d, given[j]!);
    fills.push(x / d);
    unmet += weight[j]! * (d - x);
    weighted += weight[j]! * d;
  }
  if (fills.length === 0) return { minFillRate: 1, weightedUnmet: 0, gini: 0 };
  const sorted = Float64Array.from(fills).sort();
  return {
    minFillRate: sorted[0]!,
    weightedUnmet: weighted > 0 ? unmet / weighted : 0,
    gini: gini(sorted),
  };
}

/** Gini coefficient of non-negative values sorted ascending: Σ (2i − n − 1) v_i ÷ (n Σ v). */
export function gini(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  let sum = 0;
  let acc = 0;
  for (let i = 0; i < n; i++) {
    sum += sorted[i]!;
    acc += (2 * (i + 1) - n - 1) * sorted[i]!;
  }
  return sum > 0 ? acc / (n * sum) : 0;
}
