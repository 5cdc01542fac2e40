import { scaleThreshold } from 'd3-scale';
import { schemeRdPu, schemeYlOrRd } from 'd3-scale-chromatic';
import type { CountrySituation } from '../api/types';
import { translate, type Lang } from '../i18n/translate';
import { formatCount } from './format';

/** What the map is coloured by. */
export type MapMetric = 'perMillion' | 'doubling';

/** Every map metric, in the order the switch shows them. */
export const MAP_METRICS: readonly MapMetric[] = ['perMillion', 'doubling'];

/** Class boundaries of cases per million: steps of about half a decade (a log-ish scale). */
export const PER_MILLION_BREAKS: readonly number[] = [1, 3, 10, 30, 100, 300, 1000];

/** Class boundaries of doubling time in days: shorter is worse. */
export const DOUBLING_BREAKS: readonly number[] = [2, 3, 4, 7, 14, 28];

/** Colours of cases per million, light to dark (one more than the breaks). */
export const PER_MILLION_COLOURS: readonly string[] = (schemeYlOrRd[9] ?? []).slice(1);

/** Colours of doubling time, dark (fastest) to light (one more than the breaks). */
export const DOUBLING_COLOURS: readonly string[] = (schemeRdPu[8] ?? []).slice(1).reverse();

/** Colours of the states that are not a value on the scale. */
export const SPECIAL_COLOURS = {
  noData: '#e9ebee',
  zero: '#cfe3ea',
  notGrowing: '#8cc6b4',
  noFit: '#c9cdd3',
} as const;

/** How one country is drawn: its fill, why, and the value behind it (null when there is none). */
export interface MapStyle {
  fill: string;
  kind: 'value' | keyof typeof SPECIAL_COLOURS;
  value: number | null;
}

const perMillionScale = scaleThreshold<number, string>()
  .domain([...PER_MILLION_BREAKS])
  .range([...PER_MILLION_COLOURS]);
const doublingScale = scaleThreshold<number, string>()
  .domain([...DOUBLING_BREAKS])
  .range([...DOUBLING_COLOURS]);

/** The fill of a country for a metric; `undefined` means the source has no series for it. */
export function mapStyle(metric: MapMetric, country: CountrySituation | undefined): MapStyle {
  if (!country) return { fill: SPECIAL_COLOURS.noData, kind: 'noData', value: null };
  if (country.cases === 0) return { fill: SPECIAL_COLOURS.zero, kind: 'zero', value: 0 };
  if (metric === 'perMillion') {
    const value = country.casesPerMillion;
    if (value === null) return { fill: SPECIAL_COLOURS.noFit, kind: 'noFit', value: null };
    return { fill: perMillionScale(value), kind: 'value', value };
  }
  if (country.growthRate === null)
    return { fill: SPECIAL_COLOURS.noFit, kind: 'noFit', value: null };
  const value = country.doublingTimeDays;
  if (value === null || country.growthRate <= 0) {
    return { fill: SPECIAL_COLOURS.notGrowing, kind: 'notGrowing', value: null };
  }
  return { fill: doublingScale(value), kind: 'value', value };
}

/** One swatch of the legend. */
export interface LegendItem {
  colour: string;
  label: string;
}

function rangeLabels(breaks: readonly number[], lang: Lang): string[] {
  const f = (n: number) => formatCount(n, lang);
  const labels = [translate(lang, 'range.under', { a: f(breaks[0] ?? 0) })];
  for (let i = 1; i < breaks.length; i++) {
    labels.push(translate(lang, 'range.between', { a: f(breaks[i - 1]!), b: f(breaks[i]!) }));
  }
  labels.push(translate(lang, 'range.atLeast', { a: f(breaks[breaks.length - 1] ?? 0) }));
  return labels;
}

/** The legend of a metric in a language: the scale's classes, then the special states. */
export function legendItems(metric: MapMetric, lang: Lang): LegendItem[] {
  const breaks = metric === 'perMillion' ? PER_MILLION_BREAKS : DOUBLING_BREAKS;
  const colours = metric === 'perMillion' ? PER_MILLION_COLOURS : DOUBLING_COLOURS;
  const items = rangeLabels(breaks, lang).map((label, i) => ({ colour: colours[i] ?? '', label }));
  if (metric === 'doubling') {
    items.push({ colour: SPECIAL_COLOURS.notGrowing, label: translate(lang, 'map.notGrowing') });
    items.push({ colour: SPECIAL_COLOURS.noFit, label: translate(lang, 'map.noFit') });
  }
  items.push({ colour: SPECIAL_COLOURS.zero, label: translate(lang, 'map.zero') });
  items.push({ colour: SPECIAL_COLOURS.noData, label: translate(lang, 'map.noData') });
  return items;
}
