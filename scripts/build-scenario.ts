// npm run scenario:build [-- --data DIR] [--out DIR]
// Derives the compact March 2020 demo scenario (figures only, with attribution) from the staged real
// data (../shared/data by default) into data/scenarios/march-2020/. Same input, same bytes.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { scenarioFiles } from '../src/core/scenario/files';
import { MARCH_2020_ID } from '../src/core/scenario/march-2020';
import { REPO_ROOT, SHARED_DATA } from '../src/importers/paths';
import { readMarch2020Scenario } from '../src/importers/scenario-sources';

const USAGE = `Usage: npm run scenario:build -- [--data DIR] [--out DIR]
  --data DIR  the staged real data (default: ../shared/data next to the repository)
  --out DIR   where to write the scenario (default: data/scenarios/${MARCH_2020_ID})`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const dataDir = path.resolve(values.data ?? SHARED_DATA);
  const outDir = path.resolve(values.out ?? path.join(REPO_ROOT, 'data/scenarios', MARCH_2020_ID));
  console.log(`reading ${dataDir}`);
  const scenario = await readMarch2020Scenario(dataDir, (f) => console.log(`  ${f}`));
  await mkdir(outDir, { recursive: true });
  console.log(`writing ${path.relative(process.cwd(), outDir) || outDir}`);
  for (const [name, text] of Object.entries(scenarioFiles(scenario))) {
    await writeFile(path.join(outDir, name), text);
    console.log(`  ${name.padEnd(16)} ${Buffer.byteLength(text).toLocaleString('en')} bytes`);
  }
  const [jhu] = scenario.series;
  console.log(
    `${Object.keys(scenario.population).length} populations, ${Object.keys(scenario.health).length} health entries, ` +
      `${Object.keys(jhu?.countries ?? {}).length} JHU countries ${jhu?.firstDate} to ${jhu?.lastDate}`,
  );
}

main().catch((error: unknown) => {
  // Bad input gets one clear line (the ImportFileError names file, line and column), no stack trace.
  console.error(`scenario:build: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
