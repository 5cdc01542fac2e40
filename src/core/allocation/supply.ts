import type { ItemId, RecipientId } from '../shared/brand';
import type { Policy } from './policy';

/** How much of an item the donor keeps for domestic use: days of domestic consumption, or a fixed quantity. */
export type ReserveRule =
  | { kind: 'cover-days'; dailyConsumption: number; days?: number }
  | { kind: 'fixed'; quantity: number };

/** The donor's position in one item as of the plan date. */
export interface SupplyInput {
  item: ItemId;
  /** Units in stock. */
  stock: number;
  /** Units producible by the ship date (0 when unknown). */
  producible?: number;
  reserve: ReserveRule;
}

/** Stock, reserve and what may be allocated for one item. */
export interface ItemSupply {
  item: ItemId;
  stock: number;
  producible: number;
  /** Units kept back for domestic use: never allocated. */
  reserve: number;
  /** stock + producible − reserve, never negative. */
  available: number;
}

/** One request: what a recipient asked for, with the forecast net need when there is one. */
export interface RequestInput {
  recipient: RecipientId;
  item: ItemId;
  /** Agreed (or pending) quantity in units. */
  quantity: number;
  /** Forecast need minus stock and pipeline, in units, when a forecast exists. */
  forecastNeed?: number | null;
}

/** Units of the domestic reserve: ⌈days × daily consumption⌉ (days default to the policy's), or the fixed quantity. */
export function reserveUnits(rule: ReserveRule, policy: Policy): number {
  if (rule.kind === 'fixed') return rule.quantity;
  return Math.ceil((rule.days ?? policy.reserveCoverDays) * rule.dailyConsumption);
}

/** Reserve first (the seed: aid "will not affect domestic epidemic work"), then what is left to allocate. */
export function itemSupply(input: SupplyInput, policy: Policy): ItemSupply {
  const producible = input.producible ?? 0;
  const reserve = reserveUnits(input.reserve, policy);
  return {
    item: input.item,
    stock: input.stock,
    producible,
    reserve,
    available: Math.max(0, input.stock + producible - reserve),
  };
}

/** Need of one line: the request, capped by the forecast net need when the policy says so and one exists. */
export function needOf(
  request: RequestInput,
  policy: Policy,
): { need: number; cappedByForecast: boolean } {
  const forecast = request.forecastNeed;
  if (
    policy.needRule === 'request-capped-by-forecast' &&
    forecast !== null &&
    forecast !== undefined
  ) {
    const cap = Math.max(0, forecast);
    if (cap < request.quantity) return { need: cap, cappedByForecast: true };
  }
  return { need: request.quantity, cappedByForecast: false };
}
