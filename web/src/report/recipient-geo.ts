// Where the report's recipient countries go on the world map: on a shape, or a dot where the map is too coarse.
import { geoCentroid, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { RecipientSummary } from '../../../src/core/reporting';
import type { CountryRef } from '../api/types';
import { ANTARCTICA, joinShapes, type MapShape } from '../map/geo';

/** A recipient joined to the reference codes that place it on the map. */
interface Placed {
  isoNumeric: string | null;
  nameEn: string;
  recipient: RecipientSummary;
}

/** Recipient countries on the map: by shape key, and those without a shape at this scale. */
export interface Placement {
  byShape: Map<string, RecipientSummary>;
  offMap: RecipientSummary[];
}

/** Joins recipient countries to the map's shapes by ISO numeric code (Kosovo by name); organisations are left out. */
export function placeRecipients(
  shapes: readonly Pick<MapShape, 'key' | 'id' | 'name'>[],
  recipients: readonly RecipientSummary[],
  reference: readonly Pick<CountryRef, 'iso3' | 'isoNumeric' | 'nameEn'>[],
): Placement {
  const codes = new Map(reference.map((c) => [c.iso3, c]));
  const placed: Placed[] = recipients
    .filter((r) => r.kind === 'country')
    .map((r) => ({
      isoNumeric: codes.get(r.id)?.isoNumeric ?? null,
      nameEn: codes.get(r.id)?.nameEn ?? r.nameEn,
      recipient: r,
    }));
  const joined = joinShapes(shapes, placed);
  const byShape = new Map([...joined].map(([key, p]) => [key, p.recipient]));
  const onMap = new Set([...byShape.values()].map((r) => r.id));
  return { byShape, offMap: placed.map((p) => p.recipient).filter((r) => !onMap.has(r.id)) };
}

/**
 * The Equal Earth projection the world map draws with (same fit as map/geo's projectMap), so dots for
 * small countries land where the shapes are.
 */
export function mapProjection(
  features: readonly Feature<Geometry, { name: string }>[],
  width: number,
  margin = 6,
): GeoProjection {
  const collection: FeatureCollection<Geometry, { name: string }> = {
    type: 'FeatureCollection',
    features: features.filter((f) => String(f.id ?? '') !== ANTARCTICA),
  };
  const projection = geoEqualEarth().fitWidth(width - 2 * margin, collection);
  const [[, y0]] = geoPath(projection).bounds(collection);
  const [tx, ty] = projection.translate();
  return projection.translate([tx + margin, ty - y0 + margin]);
}

/** A dot standing in for a country too small for the map. */
export interface RecipientDot {
  recipient: RecipientSummary;
  x: number;
  y: number;
}

/** Dots at the centroids of the off-map recipients, found by ISO numeric code in finer features. */
export function recipientDots(
  offMap: readonly RecipientSummary[],
  reference: readonly Pick<CountryRef, 'iso3' | 'isoNumeric'>[],
  fineFeatures: readonly Feature<Geometry, { name: string }>[],
  projection: GeoProjection,
): RecipientDot[] {
  const numeric = new Map(reference.map((c) => [c.iso3, c.isoNumeric]));
  const byId = new Map(fineFeatures.map((f) => [String(f.id ?? ''), f]));
  return offMap.flatMap((recipient) => {
    const feature = byId.get(numeric.get(recipient.id) ?? '');
    const xy = feature ? projection(geoCentroid(feature)) : null;
    return xy ? [{ recipient, x: xy[0], y: xy[1] }] : [];
  });
}
