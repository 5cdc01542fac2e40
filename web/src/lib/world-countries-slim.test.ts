// The web build's slim copy of world-countries (web/vite.config.ts) against the whole package.
import { afterEach, describe, expect, it, vi } from 'vitest';
import worldCountries from 'world-countries';
import { COUNTRIES } from '../../../src/core/reference/countries';
import { capitalTimeZone } from '../../../src/core/experts/time-zones';
import { slimWorldCountries } from '../../vite.config';

const full = JSON.stringify(worldCountries);
const slim = slimWorldCountries(full);

/** A zone or the error's message, so a country without a zone compares too. */
function zoneOrError(zoneOf: (iso3: string) => string, iso3: string): string {
  try {
    return zoneOf(iso3);
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

describe('the browser copy of world-countries', () => {
  afterEach(() => {
    vi.doUnmock('world-countries');
    vi.resetModules();
  });

  it('is a small part of the package', () => {
    expect(JSON.parse(slim)).toHaveLength(worldCountries.length);
    expect(slim.length).toBeLessThan(full.length / 5);
  });

  it('gives the reference the same countries and capital time zones as the whole package', async () => {
    vi.resetModules();
    vi.doMock('world-countries', () => ({ default: JSON.parse(slim) as unknown }));
    const reference = await import('../../../src/core/reference/countries');
    const zones = await import('../../../src/core/experts/time-zones');
    expect(reference.COUNTRIES).toEqual(COUNTRIES);
    for (const { iso3 } of COUNTRIES) {
      expect(zoneOrError(zones.capitalTimeZone, iso3)).toBe(zoneOrError(capitalTimeZone, iso3));
    }
  });

  it('would be caught if it dropped a field the reference reads', async () => {
    const noRegion = (JSON.parse(slim) as { region?: string }[]).map(({ region, ...rest }) => ({
      ...rest,
      regionDropped: region,
    }));
    vi.resetModules();
    vi.doMock('world-countries', () => ({ default: noRegion }));
    const reference = await import('../../../src/core/reference/countries');
    expect(reference.COUNTRIES).not.toEqual(COUNTRIES);
  });
});
