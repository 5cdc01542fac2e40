// Use case: load the demo scenario into an empty database, so the product never opens empty.
import path from 'node:path';
import type { Scenario } from '../core/scenario/types';
import { scenarioSeriesRows } from '../core/scenario/series-rows';
import type { Iso3 } from '../core/shared/brand';
import type { Database } from '../db/database';
import type { HealthRow, PopulationRow } from '../db/population.repository';
import { upsertHealth, upsertPopulation } from '../db/population.repository';
import {
  currentScenario,
  insertScenario,
  lockScenarioLoad,
  recordImport,
} from '../db/scenario.repository';
import { upsertPoints } from '../db/series.repository';
import { readScenario, SCENARIOS_DIR } from './scenario-files';
import { runAsActor } from './actor-context';
import { recordAudit } from './audit.service';
import { loadExpertsDemo, readExpertsDemo } from './experts-demo';
import { loadOperationsIn, readOperations } from './demo-operations';

/** What ensureDemoScenario did. */
export type DemoOutcome =
  | { status: 'loaded'; id: string; rows: number }
  | { status: 'present'; id: string }
  | { status: 'disabled' };

/**
 * Loads scenario `id` from `dir` in one transaction: manifest, population, health and every series.
 * Does nothing (returns null) if a scenario is already loaded. Returns the number of series rows.
 */
export async function loadDemoScenario(
  database: Database,
  id: string,
  dir: string = SCENARIOS_DIR,
): Promise<number | null> {
  const scenario = readScenario(id, dir);
  const experts = readExpertsDemo(dir, id);
  const operations = readOperations(path.join(dir, id));
  // The trail names the demo loader as the actor of everything the scenario brings.
  return runAsActor({ kind: 'system', name: 'demo' }, () =>
    loadIn(database, id, scenario, experts, operations),
  );
}

async function loadIn(
  database: Database,
  id: string,
  scenario: Scenario,
  experts: ReturnType<typeof readExpertsDemo>,
  operations: ReturnType<typeof readOperations>,
): Promise<number | null> {
  return database.transaction(async (tx) => {
    await lockScenarioLoad(tx);
    if (await currentScenario(tx)) return null;
    await insertScenario(tx, scenario.manifest);
    await upsertPopulation(tx, populationRows(scenario));
    await upsertHealth(tx, healthRows(scenario));
    let rows = 0;
    for (const series of scenario.series) {
      const written = await upsertPoints(tx, series.source, scenarioSeriesRows(series));
      await recordImport(tx, {
        source: series.source,
        file: `data/scenarios/${id}/series-${series.source}.json`,
        lines: 0,
        rows: written,
      });
      rows += written;
    }
    if (experts) await loadExpertsDemo(tx, experts.file, experts.data);
    if (operations) await loadOperationsIn(tx, operations);
    await recordAudit(tx, {
      action: 'scenario.load',
      entity: 'scenario',
      entityId: id,
      after: { manifest: scenario.manifest, seriesRows: rows },
    });
    return rows;
  });
}

/** Loads the demo scenario when the database has none and the demo is enabled (TONGZHOU_DEMO). */
export async function ensureDemoScenario(
  database: Database,
  settings: { demo: boolean; scenario: string },
  dir: string = SCENARIOS_DIR,
): Promise<DemoOutcome> {
  const present = await currentScenario(database.db);
  if (present) return { status: 'present', id: present.id };
  if (!settings.demo) return { status: 'disabled' };
  const rows = await loadDemoScenario(database, settings.scenario, dir);
  if (rows === null) {
    const other = await currentScenario(database.db);
    return { status: 'present', id: other?.id ?? settings.scenario };
  }
  return { status: 'loaded', id: settings.scenario, rows };
}

function populationRows(scenario: Scenario): PopulationRow[] {
  return Object.entries(scenario.population).map(([iso3, p]) => ({
    iso3: iso3 as Iso3,
    population: p.population,
    year: p.year,
    source: p.source,
  }));
}

function healthRows(scenario: Scenario): HealthRow[] {
  // Workforce figures are head counts; some sources publish them derived from densities (fractional).
  const round = (n: number | null): number | null => (n === null ? null : Math.round(n));
  return Object.entries(scenario.health).map(([iso3, h]) => ({
    iso3: iso3 as Iso3,
    ...h,
    doctors: round(h.doctors),
    nurses: round(h.nurses),
  }));
}
