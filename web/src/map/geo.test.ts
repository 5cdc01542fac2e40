import atlas from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../../src/core/reference/countries';
import { ANTARCTICA, countryFeatures, joinShapes, projectMap } from './geo';

const features = countryFeatures(atlas as unknown as Topology);

describe('world map geometry', () => {
  it('keeps world-atlas ids as zero-padded strings', () => {
    const argentina = features.find((f) => f.properties.name === 'Argentina');
    expect(argentina?.id).toBe('032');
    expect(features.every((f) => f.id === undefined || /^\d{3}$/.test(String(f.id)))).toBe(true);
  });

  it('projects every country but Antarctica into a wide, finite map', () => {
    const map = projectMap(features, 960);
    expect(map.shapes).toHaveLength(features.length - 1);
    expect(map.shapes.some((s) => s.id === ANTARCTICA)).toBe(false);
    expect(map.height).toBeGreaterThan(350);
    expect(map.height).toBeLessThan(520);
    expect(map.shapes.every((s) => s.d.startsWith('M') && !s.d.includes('NaN'))).toBe(true);
  });

  it('joins shapes on ISO numeric strings, and Kosovo by name', () => {
    const map = projectMap(features, 960);
    const joined = joinShapes(map.shapes, COUNTRIES);
    const codes = new Set<string>([...joined.values()].map((c) => c.iso3));
    expect(joined.size).toBeGreaterThan(170);
    expect(codes.has('ITA')).toBe(true);
    expect(codes.has('ARG')).toBe(true);
    const kosovo = map.shapes.find((s) => s.name === 'Kosovo');
    expect(kosovo?.id).toBeNull();
    expect(joined.get(kosovo?.key ?? '')?.nameEn).toBe('Kosovo');
  });

  it('does not join a number to a differently padded code', () => {
    const shapes = [{ key: 'a', id: '032', name: 'Argentina' }];
    expect(joinShapes(shapes, [{ isoNumeric: '32', nameEn: 'Argentina' }]).size).toBe(1);
    expect(joinShapes(shapes, [{ isoNumeric: '320', nameEn: 'Guatemala' }]).size).toBe(0);
  });
});
