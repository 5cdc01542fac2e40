// Colours of the report map: recipients by reference value (quantile classes) or by their first batch.
import { scaleQuantile } from 'd3-scale';
import { schemeSet2, schemeYlGnBu } from 'd3-scale-chromatic';
import type { RecipientSummary } from '../../../src/core/reporting';
import type { MapColouring } from './report-url';

/** Colours of the value classes, light to dark. */
export const VALUE_COLOURS: readonly string[] = (schemeYlGnBu[6] ?? []).slice(1);

/** Colour of a recipient aided with nothing valued (an expert team, cash, works). */
export const UNVALUED_COLOUR = '#c9b98f';

/** Colour of a country that was not aided. */
export const NOT_AIDED_COLOUR = '#e9ebee';

/** Class boundaries of recipients' reference values: quantiles, rounded to two significant digits. */
export function valueBreaks(values: readonly number[]): number[] {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return [];
  const quantiles = scaleQuantile<string>()
    .domain(positive)
    .range(VALUE_COLOURS as string[])
    .quantiles();
  const round = (v: number) => {
    const magnitude = 10 ** (Math.floor(Math.log10(v)) - 1);
    return Math.round(v / magnitude) * magnitude;
  };
  return [...new Set(quantiles.map(round))].sort((a, b) => a - b);
}

/** The value class of an amount: 0 below the first break, up to breaks.length. */
export function valueClass(value: number, breaks: readonly number[]): number {
  return breaks.filter((b) => value >= b).length;
}

/** Colour of a batch number (batches past eight reuse the palette). */
export function batchColour(batch: number): string {
  return schemeSet2[(batch - 1) % schemeSet2.length] ?? UNVALUED_COLOUR;
}

/** The colour of one recipient under the chosen colouring. */
export function recipientColour(
  r: Pick<RecipientSummary, 'valueUsd' | 'batches'>,
  colouring: MapColouring,
  breaks: readonly number[],
): string {
  if (colouring === 'batch') {
    const first = Math.min(...r.batches);
    return Number.isFinite(first) ? batchColour(first) : UNVALUED_COLOUR;
  }
  if (r.valueUsd <= 0) return UNVALUED_COLOUR;
  return VALUE_COLOURS[valueClass(r.valueUsd, breaks)] ?? UNVALUED_COLOUR;
}

/** One legend entry: a colour and what it means (from, to: value bounds; batch: a batch number). */
export type LegendEntry =
  | { colour: string; kind: 'range'; from: number | null; to: number | null }
  | { colour: string; kind: 'batch'; batch: number }
  | { colour: string; kind: 'unvalued' | 'other' };

/** The legend of the map under a colouring, for the recipients shown. */
export function mapLegend(
  recipients: readonly Pick<RecipientSummary, 'valueUsd' | 'batches'>[],
  colouring: MapColouring,
  breaks: readonly number[],
): LegendEntry[] {
  const entries: LegendEntry[] = [];
  if (colouring === 'batch') {
    const firsts = new Set(
      recipients.flatMap((r) => (r.batches.length ? [Math.min(...r.batches)] : [])),
    );
    for (const batch of [...firsts].sort((a, b) => a - b)) {
      entries.push({ colour: batchColour(batch), kind: 'batch', batch });
    }
    if (recipients.some((r) => r.batches.length === 0)) {
      entries.push({ colour: UNVALUED_COLOUR, kind: 'other' });
    }
    return entries;
  }
  const bounds = [null, ...breaks, null];
  for (let i = 0; i < bounds.length - 1; i += 1) {
    const colour = VALUE_COLOURS[i];
    if (colour)
      entries.push({ colour, kind: 'range', from: bounds[i] ?? null, to: bounds[i + 1] ?? null });
  }
  if (recipients.some((r) => r.valueUsd <= 0))
    entries.push({ colour: UNVALUED_COLOUR, kind: 'unvalued' });
  return entries;
}
