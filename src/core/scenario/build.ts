import type { Iso3, IsoDate } from '../shared/brand';
import { addDays, daysBetween } from '../situation/dates';
import { WORLD, type PointRow, type SeriesSource } from '../situation/types';
import type { ScenarioHealth, ScenarioPopulation, ScenarioSeries } from './types';

/**
 * A scenario series from imported rows, cut at `lastDate` (or ending at the source's last date, if
 * earlier) and starting at the source's first date.
 * Every country gets one value per day: a day or metric the source did not report carries the
 * previous value forward (0 before the first report), so weekly-reported countries keep their level.
 * Countries are keyed in sorted order, so the JSON is the same on every run.
 */
export function buildScenarioSeries(
  source: SeriesSource,
  rows: readonly PointRow[],
  lastDate: IsoDate,
): ScenarioSeries {
  const kept = rows.filter((r) => r.date <= lastDate);
  let firstDate: IsoDate | null = null;
  let lastSeen: IsoDate | null = null;
  for (const r of kept) {
    if (firstDate === null || r.date < firstDate) firstDate = r.date;
    if (lastSeen === null || r.date > lastSeen) lastSeen = r.date;
  }
  if (firstDate === null || lastSeen === null) {
    throw new RangeError(`series ${source}: no rows on or before ${lastDate}`);
  }
  // A source that ends before the cut ends there: no values are invented past its last day.
  const days = daysBetween(firstDate, lastSeen) + 1;

  const byCountry = new Map<
    Iso3,
    { cases: (number | undefined)[]; deaths: (number | undefined)[] }
  >();
  for (const r of kept) {
    let c = byCountry.get(r.iso3);
    if (!c) byCountry.set(r.iso3, (c = { cases: [], deaths: [] }));
    const d = daysBetween(firstDate, r.date);
    if (r.cases !== undefined) c.cases[d] = r.cases;
    if (r.deaths !== undefined) c.deaths[d] = r.deaths;
  }
  const fill = (sparse: (number | undefined)[]): number[] => {
    const out: number[] = [];
    let last = 0;
    for (let d = 0; d < days; d++) out.push((last = sparse[d] ?? last));
    return out;
  };
  const countries: ScenarioSeries['countries'] = {};
  for (const iso3 of [...byCountry.keys()].filter((k) => k !== WORLD).sort()) {
    const c = byCountry.get(iso3);
    if (c) countries[iso3] = { cases: fill(c.cases), deaths: fill(c.deaths) };
  }
  const w = byCountry.get(WORLD);
  const world = w
    ? { cases: fill(w.cases), deaths: fill(w.deaths) }
    : { cases: fill([]), deaths: fill([]) };
  return { source, firstDate, lastDate: addDays(firstDate, days - 1), countries, world };
}

/**
 * Population per country: the World Bank figure for `year` where there is one, else JHU's (its 2020
 * figure, mostly UN WPP 2019), each marked with its source. Sorted by ISO3.
 */
export function buildPopulation(
  worldBank: readonly { iso3: Iso3; year: number; population: number }[],
  jhu: readonly { iso3: Iso3; population: number }[],
  year: number,
  jhuYear: number,
): ScenarioPopulation {
  const out = new Map<string, ScenarioPopulation[string]>();
  for (const r of jhu) {
    if (r.population > 0)
      out.set(r.iso3, { population: r.population, year: jhuYear, source: 'jhu' });
  }
  for (const r of worldBank) {
    if (r.year === year && r.population > 0) {
      out.set(r.iso3, { population: r.population, year, source: 'worldbank' });
    }
  }
  return Object.fromEntries([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Where each health figure comes from, as written into health.json. */
export interface HealthSourceNames {
  worldBankBeds: string;
  esftBeds: string;
  esftWorkforce: string;
}

/**
 * Health capacity per country: beds per 1,000 from the World Bank's latest year, else the ESFT sheet's
 * figure (year unknown); doctors and nurses from the ESFT sheet. Sorted by ISO3.
 */
export function buildHealth(
  worldBankBeds: readonly { iso3: Iso3; bedsPer1000: number; year: number }[],
  esft: readonly {
    iso3: Iso3;
    doctors: number | null;
    nurses: number | null;
    bedsPer1000: number | null;
  }[],
  names: HealthSourceNames,
): ScenarioHealth {
  const wb = new Map(worldBankBeds.map((r) => [r.iso3 as string, r]));
  const es = new Map(esft.map((r) => [r.iso3 as string, r]));
  const out: ScenarioHealth = {};
  for (const iso3 of [...new Set([...wb.keys(), ...es.keys()])].sort()) {
    const b = wb.get(iso3);
    const e = es.get(iso3);
    const esftBeds = e?.bedsPer1000 ?? null;
    const hasWorkforce = e !== undefined && (e.doctors !== null || e.nurses !== null);
    out[iso3] = {
      bedsPer1000: b ? b.bedsPer1000 : esftBeds,
      bedsYear: b ? b.year : null,
      bedsSource: b ? names.worldBankBeds : esftBeds !== null ? names.esftBeds : null,
      doctors: e?.doctors ?? null,
      nurses: e?.nurses ?? null,
      workforceSource: hasWorkforce ? names.esftWorkforce : null,
    };
  }
  return out;
}
