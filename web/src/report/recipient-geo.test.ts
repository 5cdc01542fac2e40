import { geoPath } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import fine from 'world-atlas/countries-50m.json';
import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../../src/core/reference/countries';
import { countryFeatures } from '../map/geo';
import { MAP_WIDTH, worldShapes } from '../map/world-shapes';
import atlas from 'world-atlas/countries-110m.json';
import { mapProjection, placeRecipients, recipientDots } from './recipient-geo';
import { recipient } from './test-report';

const coarse = countryFeatures(atlas as unknown as Topology);
const reference = COUNTRIES.map((c) => ({
  iso3: c.iso3,
  isoNumeric: c.isoNumeric,
  nameEn: c.nameEn,
}));
const country = (iso3: string) => {
  const c = COUNTRIES.find((x) => x.iso3 === iso3);
  if (!c) throw new Error(`no country ${iso3}`);
  return recipient({ id: iso3, iso2: c.iso2, nameEn: c.nameEn });
};

describe('placing recipients on the map', () => {
  const recipients = [
    country('ITA'),
    country('FRA'),
    country('UNK'),
    country('TON'),
    country('WSM'),
    recipient({ id: 'WHO', kind: 'organisation', iso2: null }),
  ];
  const placement = placeRecipients(worldShapes().shapes, recipients, reference);

  it('puts countries with a shape on it (Kosovo by name) and leaves organisations out', () => {
    const onMap = new Set([...placement.byShape.values()].map((r) => r.id));
    expect([...onMap].sort()).toEqual(['FRA', 'ITA', 'UNK']);
    expect(placement.offMap.map((r) => r.id)).toEqual(['TON', 'WSM']);
  });

  it('draws a dot for each small country where its islands are', () => {
    const projection = mapProjection(coarse, MAP_WIDTH);
    const dots = recipientDots(
      placement.offMap,
      reference,
      countryFeatures(fine as unknown as Topology),
      projection,
    );
    expect(dots.map((d) => d.recipient.id)).toEqual(['TON', 'WSM']);
    const map = worldShapes();
    for (const dot of dots) {
      // South Pacific: right of the map's middle is Asia; Tonga and Samoa lie near the left or right edge.
      expect(dot.x < map.width * 0.08 || dot.x > map.width * 0.92).toBe(true);
      expect(dot.y).toBeGreaterThan(map.height / 2);
      expect(dot.y).toBeLessThan(map.height);
    }
  });

  it('projects exactly as the world map draws its shapes', () => {
    const path = geoPath(mapProjection(coarse, MAP_WIDTH));
    const italy = coarse.find((f) => f.properties.name === 'Italy');
    const shape = worldShapes().shapes.find((s) => s.name === 'Italy');
    expect(italy && path(italy)).toBe(shape?.d);
  });
});
