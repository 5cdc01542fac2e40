import type { Scenario } from './types';

/** JSON of a record with one entry per line: readable, diffable, still small. */
function onePerLine(record: Record<string, unknown>): string {
  const lines = Object.entries(record).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

/**
 * The files of a scenario folder and their text: the manifest indented, population and health one
 * country per line, series compact (they are most of the bytes). Same scenario, same bytes: no date of
 * generation, keys in the order the builders sorted them, a final newline.
 */
export function scenarioFiles(scenario: Scenario): Record<string, string> {
  const files: Record<string, string> = {
    'manifest.json': `${JSON.stringify(scenario.manifest, null, 2)}\n`,
    'population.json': onePerLine(scenario.population),
    'health.json': onePerLine(scenario.health),
  };
  for (const s of scenario.series) files[`series-${s.source}.json`] = `${JSON.stringify(s)}\n`;
  return files;
}
