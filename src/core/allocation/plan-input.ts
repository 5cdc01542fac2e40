import type { ItemId, RecipientId } from '../shared/brand';
import type { Policy } from './policy';
import { AllocationInputError } from './problem';
import { scoreRecipients, type RecipientProfile, type RecipientScore } from './score';
import { itemSupply, needOf, type ItemSupply, type RequestInput, type SupplyInput } from './supply';
import type { AllocationProblem } from './types';

/** An item as the planner needs it (from the catalogue): packing and optional minimum lot. */
export interface ItemSpec {
  id: ItemId;
  packSize: number;
  packWeightKg: number;
  packVolumeM3: number;
  /** Smallest number of packs worth sending to one recipient (default 1). */
  minLotPacks?: number;
}

/** Cargo capacity to one destination across all items in this round (null = unlimited). */
export interface CargoLimit {
  recipient: RecipientId;
  kg: number | null;
  m3: number | null;
}

/** Everything a plan is made from: policy, donor stock and reserve, recipients, their requests. */
export interface PlanInput {
  policy: Policy;
  items: ItemSpec[];
  supply: SupplyInput[];
  recipients: RecipientProfile[];
  requests: RequestInput[];
  cargo?: CargoLimit[];
}

/** A plan input turned into a canonical solver problem (items and recipients sorted by id), with its context. */
export interface PreparedPlan {
  policy: Policy;
  problem: AllocationProblem;
  /** Aligned with problem.items. */
  supply: ItemSupply[];
  /** Aligned with problem.recipients; coverableShare filled in. */
  profiles: RecipientProfile[];
  /** Aligned with problem.recipients. */
  scores: RecipientScore[];
  /** Requested units per line (item-major, like problem.needs); 0 where nothing was requested. */
  requested: Float64Array;
  /** 1 where the forecast capped the request. */
  cappedByForecast: Uint8Array;
  /** 1 where a request exists. */
  hasRequest: Uint8Array;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const finite = (x: unknown, min = 0): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x >= min;

/** Validate a plan input and name every bad field, line or value; empty when it is fine. */
export function checkPlanInput(input: PlanInput): string[] {
  const errors: string[] = [];
  const items = new Set<string>();
  input.items.forEach((it, j) => {
    if (items.has(it.id)) errors.push(`items[${j}].id: duplicate item "${it.id}"`);
    items.add(it.id);
    if (!finite(it.packSize) || it.packSize <= 0)
      errors.push(`items[${j}].packSize: must be > 0, got ${it.packSize}`);
    if (!finite(it.packWeightKg))
      errors.push(`items[${j}].packWeightKg: must be >= 0, got ${it.packWeightKg}`);
    if (!finite(it.packVolumeM3))
      errors.push(`items[${j}].packVolumeM3: must be >= 0, got ${it.packVolumeM3}`);
    const lot = it.minLotPacks ?? 1;
    if (!Number.isInteger(lot) || lot < 1)
      errors.push(`items[${j}].minLotPacks: must be an integer >= 1, got ${lot}`);
  });
  const supplied = new Set<string>();
  input.supply.forEach((s, j) => {
    if (!items.has(s.item)) errors.push(`supply[${j}].item: unknown item "${s.item}"`);
    if (supplied.has(s.item)) errors.push(`supply[${j}].item: item "${s.item}" listed twice`);
    supplied.add(s.item);
    if (!finite(s.stock)) errors.push(`supply[${j}].stock: must be a number >= 0, got ${s.stock}`);
    if (s.producible !== undefined && !finite(s.producible)) {
      errors.push(`supply[${j}].producible: must be a number >= 0, got ${s.producible}`);
    }
    const r = s.reserve;
    if (r.kind === 'fixed' && !finite(r.quantity)) {
      errors.push(`supply[${j}].reserve.quantity: must be a number >= 0, got ${r.quantity}`);
    } else if (r.kind === 'cover-days') {
      if (!finite(r.dailyConsumption)) {
        errors.push(
          `supply[${j}].reserve.dailyConsumption: must be a number >= 0, got ${r.dailyConsumption}`,
        );
      }
      if (r.days !== undefined && !finite(r.days))
        errors.push(`supply[${j}].reserve.days: must be >= 0, got ${r.days}`);
    } else if (r.kind !== 'fixed') {
      errors.push(`supply[${j}].reserve.kind: must be "cover-days" or "fixed"`);
    }
  });
  for (const id of items)
    if (!supplied.has(id)) errors.push(`supply: no stock given for item "${id}"`);
  const recipients = new Set<string>();
  input.recipients.forEach((r, j) => {
    if (recipients.has(r.id)) errors.push(`recipients[${j}].id: duplicate recipient "${r.id}"`);
    recipients.add(r.id);
    for (const key of [
      'population',
      'casesPerMillion',
      'bedsPer1000',
      'healthWorkersPer1000',
    ] as const) {
      if (r[key] !== null && !finite(r[key]))
        errors.push(`recipients[${j}].${key}: must be null or >= 0, got ${r[key]}`);
    }
    if (r.growthRate !== null && !finite(r.growthRate, -Infinity)) {
      errors.push(
        `recipients[${j}].growthRate: must be null or a finite number, got ${r.growthRate}`,
      );
    }
    if (r.supplyShortage !== null && !(finite(r.supplyShortage) && r.supplyShortage <= 1)) {
      errors.push(
        `recipients[${j}].supplyShortage: must be null or between 0 and 1, got ${r.supplyShortage}`,
      );
    }
    if (!['routine', 'urgent', 'critical'].includes(r.urgency)) {
      errors.push(
        `recipients[${j}].urgency: must be "routine", "urgent" or "critical", got "${r.urgency}"`,
      );
    }
  });
  const lines = new Set<string>();
  input.requests.forEach((q, j) => {
    if (!recipients.has(q.recipient))
      errors.push(`requests[${j}].recipient: unknown recipient "${q.recipient}"`);
    if (!items.has(q.item)) errors.push(`requests[${j}].item: unknown item "${q.item}"`);
    const key = `${q.recipient}/${q.item}`;
    if (lines.has(key)) errors.push(`requests[${j}]: "${q.recipient}" requests "${q.item}" twice`);
    lines.add(key);
    if (!finite(q.quantity))
      errors.push(`requests[${j}].quantity: must be a number >= 0, got ${q.quantity}`);
    if (
      q.forecastNeed !== undefined &&
      q.forecastNeed !== null &&
      !finite(q.forecastNeed, -Infinity)
    ) {
      errors.push(
        `requests[${j}].forecastNeed: must be null or a finite number, got ${q.forecastNeed}`,
      );
    }
  });
  input.cargo?.forEach((c, j) => {
    if (!recipients.has(c.recipient))
      errors.push(`cargo[${j}].recipient: unknown recipient "${c.recipient}"`);
    if (c.kg !== null && !finite(c.kg))
      errors.push(`cargo[${j}].kg: must be null or >= 0, got ${c.kg}`);
    if (c.m3 !== null && !finite(c.m3))
      errors.push(`cargo[${j}].m3: must be null or >= 0, got ${c.m3}`);
  });
  return errors;
}

/** Reserve first, needs from requests, weights from the policy: the canonical solver problem and its context. */
export function preparePlan(input: PlanInput): PreparedPlan {
  const errors = checkPlanInput(input);
  if (errors.length > 0) throw new AllocationInputError(errors);
  const { policy } = input;
  const items = [...input.items].sort(byId);
  const recipients = [...input.recipients].sort(byId);
  const n = recipients.length;
  const itemIndex = new Map(items.map((it, k) => [it.id as string, k]));
  const recipientIndex = new Map(recipients.map((r, i) => [r.id as string, i]));
  const supplyOf = new Map(input.supply.map((s) => [s.item as string, itemSupply(s, policy)]));
  const supply = items.map((it) => supplyOf.get(it.id)!);
  const size = n * items.length;
  const needs = new Float64Array(size);
  const requested = new Float64Array(size);
  const cappedByForecast = new Uint8Array(size);
  const hasRequest = new Uint8Array(size);
  for (const q of input.requests) {
    const line = itemIndex.get(q.item)! * n + recipientIndex.get(q.recipient)!;
    const { need, cappedByForecast: capped } = needOf(q, policy);
    needs[line] = need;
    requested[line] = q.quantity;
    cappedByForecast[line] = capped ? 1 : 0;
    hasRequest[line] = 1;
  }
  const profiles = recipients.map((r, i) => ({
    ...r,
    coverableShare: coverableShare(i, n, needs, supply),
  }));
  const scores = scoreRecipients(policy, profiles);
  const cargo = new Map((input.cargo ?? []).map((c) => [c.recipient as string, c]));
  const problem: AllocationProblem = {
    items: items.map((it, k) => ({
      id: it.id,
      available: supply[k]!.available,
      packSize: it.packSize,
      packWeightKg: it.packWeightKg,
      packVolumeM3: it.packVolumeM3,
      minLotPacks: it.minLotPacks ?? 1,
    })),
    recipients: recipients.map((r, i) => ({
      id: r.id,
      weight: scores[i]!.weight,
      cargoKg: cargo.get(r.id)?.kg ?? null,
      cargoM3: cargo.get(r.id)?.m3 ?? null,
    })),
    needs,
  };
  return { policy, problem, supply, profiles, scores, requested, cappedByForecast, hasRequest };
}

/** Mean over the recipient's lines with a need of min(1, available after reserve ÷ need); null without any. */
function coverableShare(
  i: number,
  n: number,
  needs: Float64Array,
  supply: readonly ItemSupply[],
): number | null {
  let sum = 0;
  let count = 0;
  supply.forEach((s, k) => {
    const d = needs[k * n + i]!;
    if (d > 0) {
      sum += Math.min(1, s.available / d);
      count++;
    }
  });
  return count === 0 ? null : sum / count;
}
