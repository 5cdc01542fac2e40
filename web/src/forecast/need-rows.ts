// The forecast as the dashboard shows it: one row per catalogue item, grouped, with dates per week.
import type { Band, Forecast } from '../../../src/core/forecast';
import { itemById } from '../../../src/core/reference/catalogue';
import type { ItemGroup, ItemUnit } from '../../../src/core/reference/catalogue';
import { addDays } from '../lib/format';

/** The item groups in the order the dashboard shows them (ESFT's grouping). */
export const ITEM_GROUPS: readonly ItemGroup[] = ['diagnostics', 'ppe', 'biomedical'];

/** One item of the forecast with its catalogue facts and its need over the horizon. */
export interface NeedRow {
  id: string;
  nameEn: string;
  nameZh: string;
  group: ItemGroup;
  unit: ItemUnit;
  reusable: boolean;
  /** Reference price in USD per unit, and whether it is ESFT's or illustrative. */
  priceUsd: number;
  priceBasis: 'esft' | 'illustrative';
  /** True when the model has no consumption rate for the item, so it is not forecast at all. */
  noRate: boolean;
  /** Stock on hand the forecast counted (0 when none was given). */
  stock: number;
  /** Consumables: sum over the weeks; reusables: the peak week. */
  gross: Band;
  net: Band;
  /** Week by week. */
  weeks: { week: number; gross: Band; net: Band }[];
}

/** One row per forecast item, in catalogue order; items the catalogue does not know are skipped. */
export function needRows(
  forecast: Forecast,
  stock: Readonly<Record<string, number>> = {},
): NeedRow[] {
  const keys = new Set(forecast.assumptions.map((a) => a.key));
  return forecast.items.flatMap((f): NeedRow[] => {
    const item = itemById(f.item);
    if (!item) return [];
    return [
      {
        id: f.item,
        nameEn: item.nameEn,
        nameZh: item.nameZh,
        group: item.group,
        unit: item.unit,
        reusable: f.reusable,
        priceUsd: item.referencePriceUsd,
        priceBasis: item.priceBasis,
        noRate: keys.has(`rates.${f.item}`),
        stock: stock[f.item] ?? 0,
        gross: f.total.gross,
        net: f.total.net,
        weeks: f.weeks.map((w) => ({ week: w.week, gross: w.gross, net: w.net })),
      },
    ];
  });
}

/** The rows of each item group, in ITEM_GROUPS order, leaving out empty groups. */
export function rowsByGroup(rows: readonly NeedRow[]): { group: ItemGroup; rows: NeedRow[] }[] {
  return ITEM_GROUPS.map((group) => ({
    group,
    rows: rows.filter((r) => r.group === group),
  })).filter((g) => g.rows.length > 0);
}

/** Gross and net need valued at reference prices (USD), for the chosen scenario and both band ends. */
export function referenceValue(rows: readonly NeedRow[]): { gross: Band; net: Band } {
  const total = (pick: (r: NeedRow) => Band): Band => ({
    value: rows.reduce((s, r) => s + pick(r).value * r.priceUsd, 0),
    low: rows.reduce((s, r) => s + pick(r).low * r.priceUsd, 0),
    high: rows.reduce((s, r) => s + pick(r).high * r.priceUsd, 0),
  });
  return { gross: total((r) => r.gross), net: total((r) => r.net) };
}

/** First and last day of forecast week `week` (1 = the seven days after `asOf`), as ISO dates. */
export function weekDates(asOf: string, week: number): { start: string; end: string } {
  return { start: addDays(asOf, 7 * (week - 1) + 1), end: addDays(asOf, 7 * week) };
}
