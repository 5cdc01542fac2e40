// Colours of fill rates (share of need allocated) on the planning map, the table bars and the legend.

/** Upper bounds of the fill-rate classes below "need met": under 25 %, 25–50 %, 50–75 %, 75–100 %. */
export const FILL_BREAKS: readonly number[] = [0.25, 0.5, 0.75];

/** Colours of the classes, least filled first (orange for short, through sand, to green for met). */
export const FILL_COLOURS = {
  classes: ['#c2410c', '#ee8a3c', '#f3c677', '#9fcfae'] as readonly string[],
  met: '#2f8f68',
  noRequest: '#e9ebee',
} as const;

/** The class of a fill rate: an index into FILL_COLOURS.classes, 'met', or 'noRequest' for null. */
export type FillClass = number | 'met' | 'noRequest';

/** Which class a fill rate falls in (fill rates within a millionth of 1 count as met). */
export function fillClass(fill: number | null): FillClass {
  if (fill === null || !Number.isFinite(fill)) return 'noRequest';
  if (fill >= 1 - 1e-6) return 'met';
  const i = FILL_BREAKS.findIndex((b) => fill < b);
  return i === -1 ? FILL_BREAKS.length : i;
}

/** The colour of a fill rate (null = no request). */
export function fillColour(fill: number | null): string {
  const c = fillClass(fill);
  if (c === 'met') return FILL_COLOURS.met;
  if (c === 'noRequest') return FILL_COLOURS.noRequest;
  return FILL_COLOURS.classes[c] ?? FILL_COLOURS.noRequest;
}

/** The legend: one swatch per class, with its range in whole percent ("under 25 %", "25–50 %", …, "need met"). */
export function fillLegend(): { colour: string; from: number | null; to: number | null }[] {
  const bounds = [0, ...FILL_BREAKS, 1];
  return [
    ...FILL_COLOURS.classes.map((colour, i) => ({
      colour,
      from: i === 0 ? null : bounds[i]!,
      to: bounds[i + 1]!,
    })),
    { colour: FILL_COLOURS.met, from: 1, to: null },
  ];
}
