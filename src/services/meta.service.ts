// Use cases: what the database holds (scenario, sources, attribution) and whether the service is healthy.
import type { IsoDate } from '../core/shared/brand';
import type { SeriesSource } from '../core/situation/types';
import type { Database, Driver } from '../db/database';
import { currentScenario } from '../db/scenario.repository';
import { sourceRanges } from '../db/series.repository';

/** Display names of the case-series sources. */
export const SOURCE_NAMES: Record<SeriesSource, string> = {
  jhu: 'JHU CSSE COVID-19 Data',
  owid: 'Our World in Data COVID-19 dataset',
};

/** The scenario, the sources with their date ranges, and the attribution to show. */
export interface Meta {
  scenario: {
    id: string;
    title: string;
    asOf: IsoDate;
    defaultSource: SeriesSource;
    notes: string[];
  } | null;
  sources: { id: SeriesSource; name: string; firstDate: IsoDate; lastDate: IsoDate }[];
  attribution: { name: string; licence: string; url: string }[];
}

/** Reads the scenario manifest and the loaded sources. */
export async function getMeta(database: Database): Promise<Meta> {
  return database.transaction(async (tx) => {
    const scenario = await currentScenario(tx);
    const ranges = await sourceRanges(tx);
    const m = scenario?.manifest;
    return {
      scenario: m
        ? { id: m.id, title: m.title, asOf: m.asOf, defaultSource: m.defaultSource, notes: m.notes }
        : null,
      sources: ranges.map((r) => ({
        id: r.source,
        name: SOURCE_NAMES[r.source] ?? r.source,
        firstDate: r.firstDate,
        lastDate: r.lastDate,
      })),
      attribution: (m?.attribution ?? []).map(({ name, licence, url }) => ({ name, licence, url })),
    };
  });
}

/** Liveness: the database answers, which driver it is, and which scenario is loaded. */
export async function getHealth(
  database: Database,
): Promise<{ ok: true; database: Driver; scenario: string | null }> {
  const scenario = await currentScenario(database.db);
  return { ok: true, database: database.driver, scenario: scenario?.id ?? null };
}
