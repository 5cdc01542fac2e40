import path from 'node:path';
import { buildHealth, buildPopulation, buildScenarioSeries } from '../core/scenario/build';
import {
  HEALTH_SOURCE_NAMES,
  JHU_POPULATION_YEAR,
  MARCH_2020_AS_OF,
  MARCH_2020_INPUTS,
  MARCH_2020_POPULATION_YEAR,
  march2020Manifest,
} from '../core/scenario/march-2020';
import type { Scenario } from '../core/scenario/types';
import { readEsftSummary } from './esft-summary';
import { readJhuLookupPopulation } from './jhu-lookup';
import { readJhuTimeSeries } from './jhu-time-series';
import { readOwid } from './owid';
import { readWorldBankBeds } from './world-bank-beds';
import { readWorldBankPopulation } from './world-bank-population';

/** Reads every staged file the March 2020 demo scenario needs from `dataDir` (a ../shared/data layout) and builds it. */
export async function readMarch2020Scenario(
  dataDir: string,
  onFile: (relativePath: string) => void = () => undefined,
): Promise<Scenario> {
  const at = (key: keyof typeof MARCH_2020_INPUTS): string => {
    onFile(MARCH_2020_INPUTS[key]);
    return path.join(dataDir, MARCH_2020_INPUTS[key]);
  };
  const confirmed = await readJhuTimeSeries(at('jhuConfirmed'), { metric: 'cases' });
  const deaths = await readJhuTimeSeries(at('jhuDeaths'), { metric: 'deaths' });
  const owid = await readOwid(at('owid'));
  const wbPopulation = await readWorldBankPopulation(at('worldBankPopulation'));
  const jhuPopulation = await readJhuLookupPopulation(at('jhuLookup'));
  const beds = await readWorldBankBeds(at('worldBankBeds'));
  const esft = await readEsftSummary(at('esftSummary'));
  return {
    manifest: march2020Manifest(),
    population: buildPopulation(
      wbPopulation.rows,
      jhuPopulation.rows,
      MARCH_2020_POPULATION_YEAR,
      JHU_POPULATION_YEAR,
    ),
    health: buildHealth(beds.rows, esft.rows, HEALTH_SOURCE_NAMES),
    series: [
      buildScenarioSeries('jhu', [...confirmed.rows, ...deaths.rows], MARCH_2020_AS_OF),
      buildScenarioSeries('owid', owid.rows, MARCH_2020_AS_OF),
    ],
  };
}
