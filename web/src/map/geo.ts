import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountrySituation } from '../api/types';

/** ISO numeric id of Antarctica, left off the map to give the inhabited world more room. */
export const ANTARCTICA = '010';

/** One country outline, already projected: its ISO numeric id (a string like "032"), map name and SVG path. */
export interface MapShape {
  key: string;
  id: string | null;
  name: string;
  d: string;
}

/** The projected map: shapes and the height that fits them at the requested width. */
export interface ProjectedMap {
  width: number;
  height: number;
  shapes: MapShape[];
}

type CountryProps = { name: string };

/** The countries of a world-atlas topology as GeoJSON features (ids stay strings). */
export function countryFeatures(topology: Topology): Feature<Geometry, CountryProps>[] {
  const object = topology.objects['countries'] as GeometryCollection<CountryProps> | undefined;
  if (!object) throw new Error('The map file has no "countries" object.');
  return (feature(topology, object) as FeatureCollection<Geometry, CountryProps>).features;
}

/** Projects country features with Equal Earth to fit `width`, Antarctica left out. */
export function projectMap(
  features: Feature<Geometry, CountryProps>[],
  width: number,
  margin = 6,
): ProjectedMap {
  const kept = features.filter((f) => String(f.id ?? '') !== ANTARCTICA);
  const collection: FeatureCollection<Geometry, CountryProps> = {
    type: 'FeatureCollection',
    features: kept,
  };
  const projection = geoEqualEarth().fitWidth(width - 2 * margin, collection);
  const path = geoPath(projection);
  const [[, y0], [, y1]] = path.bounds(collection);
  projection.translate([
    projection.translate()[0] + margin,
    projection.translate()[1] - y0 + margin,
  ]);
  const shapes = kept.map((f, i) => ({
    key: `${String(f.id ?? 'x')}-${i}`,
    id: f.id === undefined ? null : String(f.id),
    name: f.properties.name,
    d: path(f) ?? '',
  }));
  return { width, height: Math.ceil(y1 - y0 + 2 * margin), shapes };
}

/** Finds the situation of each shape: by ISO numeric code as a string, else by English name (Kosovo has no ISO code). */
export function joinShapes<T extends Pick<CountrySituation, 'isoNumeric' | 'nameEn'>>(
  shapes: readonly Pick<MapShape, 'key' | 'id' | 'name'>[],
  countries: readonly T[],
): Map<string, T> {
  const byNumeric = new Map<string, T>();
  const byName = new Map<string, T>();
  for (const c of countries) {
    if (c.isoNumeric) byNumeric.set(c.isoNumeric.padStart(3, '0'), c);
    byName.set(c.nameEn.toLowerCase(), c);
  }
  const joined = new Map<string, T>();
  for (const shape of shapes) {
    const match =
      (shape.id !== null ? byNumeric.get(shape.id) : undefined) ??
      (shape.id === null ? byName.get(shape.name.toLowerCase()) : undefined);
    if (match) joined.set(shape.key, match);
  }
  return joined;
}
