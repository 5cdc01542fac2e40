import type { AllocationProblem } from './types';

/** Check a problem's shape, ids, weights and items (not each need: see badNeed) and name every bad field. */
export function checkProblem(problem: AllocationProblem): string[] {
  const errors = checkNumbers(problem);
  const seen = new Set<string>();
  problem.recipients.forEach((r, i) => {
    if (seen.has(r.id)) errors.push(`recipients[${i}].id: duplicate id "${r.id}"`);
    seen.add(r.id);
  });
  seen.clear();
  problem.items.forEach((it, k) => {
    if (seen.has(it.id)) errors.push(`items[${k}].id: duplicate id "${it.id}"`);
    seen.add(it.id);
  });
  return errors;
}

/** Check a problem's shape, weights, cargo and items (not ids, not each need) and name every bad field. */
export function checkNumbers(problem: AllocationProblem): string[] {
  const errors: string[] = [];
  const n = problem.recipients.length;
  const m = problem.items.length;
  for (let i = 0; i < n; i++) {
    const r = problem.recipients[i]!;
    if (!(r.weight > 0 && r.weight < Infinity)) {
      errors.push(`recipients[${i}].weight: must be a finite number > 0, got ${r.weight}`);
    }
    if (r.cargoKg !== null && !(r.cargoKg >= 0 && r.cargoKg < Infinity)) {
      errors.push(
        `recipients[${i}].cargoKg: must be null or a finite number >= 0, got ${r.cargoKg}`,
      );
    }
    if (r.cargoM3 !== null && !(r.cargoM3 >= 0 && r.cargoM3 < Infinity)) {
      errors.push(
        `recipients[${i}].cargoM3: must be null or a finite number >= 0, got ${r.cargoM3}`,
      );
    }
  }
  problem.items.forEach((it, k) => {
    if (!(Number.isFinite(it.available) && it.available >= 0)) {
      errors.push(`items[${k}].available: must be a finite number >= 0, got ${it.available}`);
    }
    if (!(Number.isFinite(it.packSize) && it.packSize > 0)) {
      errors.push(`items[${k}].packSize: must be a finite number > 0, got ${it.packSize}`);
    }
    for (const key of ['packWeightKg', 'packVolumeM3'] as const) {
      if (!(Number.isFinite(it[key]) && it[key] >= 0)) {
        errors.push(`items[${k}].${key}: must be a finite number >= 0, got ${it[key]}`);
      }
    }
    if (!(Number.isInteger(it.minLotPacks) && it.minLotPacks >= 1)) {
      errors.push(`items[${k}].minLotPacks: must be an integer >= 1, got ${it.minLotPacks}`);
    }
  });
  if (problem.needs.length !== n * m) {
    errors.push(
      `needs: expected ${n * m} entries (items x recipients), got ${problem.needs.length}`,
    );
  }
  return errors;
}

/** Name the first bad need of item k (negative, NaN or infinite), or null when its row is fine. */
export function badNeed(problem: AllocationProblem, k: number): string | null {
  const n = problem.recipients.length;
  for (let i = 0; i < n; i++) {
    const d = problem.needs[k * n + i]!;
    if (!(Number.isFinite(d) && d >= 0)) {
      return `needs[${problem.items[k]!.id}][${problem.recipients[i]!.id}]: must be a finite number >= 0, got ${d}`;
    }
  }
  return null;
}

/** Check the whole problem including every need; an empty list means it is well-formed. */
export function checkProblemFully(problem: AllocationProblem): string[] {
  const errors = checkProblem(problem);
  if (errors.length > 0) return errors;
  for (let k = 0; k < problem.items.length; k++) {
    const bad = badNeed(problem, k);
    if (bad !== null) errors.push(bad);
  }
  return errors;
}

/** Thrown when a problem or plan input is malformed; `issues` names each bad field. */
export class AllocationInputError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid allocation input: ${issues.join('; ')}`);
    this.name = 'AllocationInputError';
  }
}

/** Throw an AllocationInputError naming every bad field, if any. */
export function assertProblem(problem: AllocationProblem): void {
  const issues = checkProblemFully(problem);
  if (issues.length > 0) throw new AllocationInputError(issues);
}

/** Whether any item or destination couples the items (cargo capacity, lot sizes), which the fast path cannot solve. */
export function couplingOf(problem: AllocationProblem): string | null {
  if (problem.recipients.some((r) => r.cargoKg !== null || r.cargoM3 !== null)) {
    return 'cargo capacity per destination couples the items';
  }
  if (problem.items.some((it) => it.minLotPacks > 1)) {
    return 'minimum lot sizes make the problem a mixed-integer program';
  }
  return null;
}
