import type { Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import { countryFeatures, projectMap, type ProjectedMap } from './geo';

/** Width of the map's SVG coordinate system; the SVG scales to its container. */
export const MAP_WIDTH = 960;

let cached: ProjectedMap | null = null;

/** The Natural Earth 1:110m countries (world-atlas), projected once and kept. */
export function worldShapes(): ProjectedMap {
  cached ??= projectMap(countryFeatures(atlas as unknown as Topology), MAP_WIDTH);
  return cached;
}
