import type { ItemId } from '../shared/brand';
import type { ClinicalWeek } from './clinical';
import { FORECAST_ITEMS, REUSABLE_ITEMS } from './rates';
import type { ItemForecast, ItemRates, PipelineEntry, Role } from './types';

/** Rounds a quantity up to whole units, ignoring floating-point dust (21.000000000000004 -> 21). */
export function ceilUnits(x: number): number {
  return Math.ceil(x - 1e-9 * Math.max(1, Math.abs(x))) || 0; // || 0 turns -0 into 0
}

/** Units of one item needed per day, given the daily count of each role. */
export function dailyAmount(rates: ItemRates, roles: Record<Role, number>): number {
  return amountOf(Object.entries(rates) as [Role, number][], roles);
}

function amountOf(entries: readonly [Role, number][], roles: Record<Role, number>): number {
  let sum = 0;
  for (const [role, rate] of entries) sum += rate * roles[role];
  return sum;
}

/**
 * Gross need per week: consumables burn 7 days of the daily amount; reusables need the daily amount
 * as units in service that week. Both are rounded up to whole units.
 */
export function grossByWeek(
  rates: ItemRates,
  reusable: boolean,
  weeks: readonly ClinicalWeek[],
): number[] {
  const entries = Object.entries(rates) as [Role, number][];
  const days = reusable ? 1 : 7;
  return weeks.map((w) => ceilUnits(days * amountOf(entries, w.roles)));
}

/** Deliveries of one item per week 1..n (later arrivals are outside the horizon and ignored). */
export function arrivalsByWeek(
  item: ItemId,
  pipeline: readonly PipelineEntry[],
  weeks: number,
): number[] {
  const arrivals = new Array<number>(weeks).fill(0);
  for (const p of pipeline) {
    if (p.item === item && p.arrivalWeek >= 1 && p.arrivalWeek <= weeks) {
      arrivals[p.arrivalWeek - 1] = (arrivals[p.arrivalWeek - 1] ?? 0) + p.quantity;
    }
  }
  return arrivals;
}

/**
 * Net need per week. Consumables: stock and arrivals are used up week by week, first come first used;
 * what a week cannot cover is its net need (a later delivery never covers an earlier week).
 * Reusables: the units in service that week minus the units on hand (stock plus arrivals so far).
 */
export function netByWeek(
  gross: readonly number[],
  reusable: boolean,
  stock: number,
  arrivals: readonly number[],
): number[] {
  let onHand = stock;
  return gross.map((g, i) => {
    onHand += arrivals[i] ?? 0;
    if (reusable) return Math.max(0, g - onHand);
    const used = Math.min(onHand, g);
    onHand -= used;
    return g - used;
  });
}

/** Gross and net per item and week for one run, with totals (sum for consumables, peak for reusables). */
export function itemForecasts(
  weeks: readonly ClinicalWeek[],
  rates: Readonly<Record<string, ItemRates>>,
  stock: Readonly<Record<string, number>>,
  pipeline: readonly PipelineEntry[],
): ItemForecast<number>[] {
  return FORECAST_ITEMS.map((item) => {
    const reusable = REUSABLE_ITEMS.has(item);
    const gross = grossByWeek(rates[item] ?? {}, reusable, weeks);
    const net = netByWeek(
      gross,
      reusable,
      stock[item] ?? 0,
      arrivalsByWeek(item, pipeline, weeks.length),
    );
    const total = reusable
      ? { gross: Math.max(0, ...gross), net: Math.max(0, ...net) }
      : { gross: sum(gross), net: sum(net) };
    return {
      item,
      reusable,
      weeks: gross.map((g, i) => ({ week: i + 1, gross: g, net: net[i] ?? 0 })),
      total,
    };
  });
}

function sum(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}
