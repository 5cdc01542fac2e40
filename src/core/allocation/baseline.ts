/**
 * The population pro-rata rule practice used (COVAX phase 1, half of the US stockpile's 2020 split),
 * capped at need and repeated on what is left: x_i = min(d_i, μ · population_i) with Σ x_i = supply
 * (METHODS.md §3). Recipients without a population (organisations) get nothing under it.
 */
export function proRataShares(
  needs: ArrayLike<number>,
  population: ArrayLike<number>,
  available: number,
): Float64Array {
  const n = needs.length;
  const out = new Float64Array(n);
  let total = 0;
  let popTotal = 0;
  for (let i = 0; i < n; i++) {
    if (population[i]! > 0 && needs[i]! > 0) {
      total += needs[i]!;
      popTotal += population[i]!;
    }
  }
  if (popTotal === 0) return out;
  if (total <= available) {
    for (let i = 0; i < n; i++) out[i] = population[i]! > 0 ? needs[i]! : 0;
    return out;
  }
  // Breakpoints μ_i = d_i / pop_i: below μ_i a line takes μ·pop, above it its whole need.
  const lines: number[] = [];
  for (let i = 0; i < n; i++) if (population[i]! > 0 && needs[i]! > 0) lines.push(i);
  const key = (i: number) => needs[i]! / population[i]!;
  lines.sort((a, b) => key(a) - key(b) || a - b);
  let capped = 0;
  let pop = popTotal;
  let mu = available / popTotal;
  for (const i of lines) {
    if (capped + key(i) * pop >= available) break;
    capped += needs[i]!;
    pop -= population[i]!;
    mu = pop > 0 ? (available - capped) / pop : Infinity;
  }
  for (let i = 0; i < n; i++) {
    if (!(population[i]! > 0)) continue;
    out[i] = Math.min(needs[i]!, mu * population[i]!);
  }
  return out;
}
