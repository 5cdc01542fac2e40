// Scales and layouts of the report's hand-drawn SVG charts (pure numbers, no DOM).
import { scaleLinear } from 'd3-scale';

/** A linear axis from 0: a "nice" top, its ticks, and the position of a value along the range. */
export interface LinearAxis {
  top: number;
  ticks: number[];
  at: (value: number) => number;
}

/** A linear axis from 0 to at least `max`, mapped onto [start, end] (end may be less than start). */
export function linearAxis(max: number, start: number, end: number, tickCount = 4): LinearAxis {
  const base = scaleLinear()
    .domain([0, Math.max(max, 1)])
    .nice(tickCount);
  const ticks = base.ticks(tickCount);
  const top = base.domain()[1] ?? Math.max(max, 1);
  const scale = scaleLinear().domain([0, top]).range([start, end]).clamp(true);
  return { top, ticks, at: (value) => scale(Math.max(0, value)) };
}

/** Where band `i` of `n` starts and how wide it is, across `width` after `offset`, with a gap between bands. */
export function band(
  i: number,
  n: number,
  width: number,
  offset = 0,
  gapShare = 0.25,
): { x: number; width: number } {
  const step = width / Math.max(n, 1);
  const gap = step * gapShare;
  return { x: offset + i * step + gap / 2, width: step - gap };
}

/** The stages of an item's pipeline that the item chart shows, in order. */
export const PIPELINE_STAGES = ['requested', 'agreed', 'allocated', 'shipped', 'received'] as const;

/** One stage of the pipeline. */
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** Each stage's share of the largest stage (0–1), so items of different units compare on one scale. */
export function stageShares(units: Record<PipelineStage, number>): Record<PipelineStage, number> {
  const max = Math.max(...PIPELINE_STAGES.map((s) => units[s]));
  const share = (v: number) => (max > 0 ? v / max : 0);
  return {
    requested: share(units.requested),
    agreed: share(units.agreed),
    allocated: share(units.allocated),
    shipped: share(units.shipped),
    received: share(units.received),
  };
}
