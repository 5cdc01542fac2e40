// Reads and validates a scenario folder (data/scenarios/<id>/*.json) into the core Scenario type.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { countryByIso3 } from '../core/reference/countries';
import type { Scenario, ScenarioSeries } from '../core/scenario/types';
import type { IsoDate } from '../core/shared/brand';
import { daysBetween, isIsoDate } from '../core/situation/dates';
import { WORLD } from '../core/situation/types';

/** Where the scenarios shipped with Tongzhou live (`data/scenarios` in the repository). */
export const SCENARIOS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/scenarios',
);

/** A scenario file is missing or invalid; the message names the file and the field. */
export class ScenarioFileError extends Error {
  override name = 'ScenarioFileError';
}

const isoDate = z
  .string()
  .refine(isIsoDate, 'must be a YYYY-MM-DD date')
  .transform((v) => v as IsoDate);
/** A record keyed by ISO3 (or WLD); an unknown key is an issue at that key. */
function iso3Record<T extends z.ZodType>(value: T) {
  return z.record(z.string(), value).superRefine((record, ctx) => {
    for (const key of Object.keys(record)) {
      if (key !== WORLD && countryByIso3(key)?.iso3 !== key) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'is not an ISO 3166-1 alpha-3 code' });
      }
    }
  });
}
const count = z.number().int().nonnegative();

const manifestSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  asOf: isoDate,
  defaultSource: z.enum(['jhu', 'owid']),
  attribution: z.array(
    z.object({
      name: z.string(),
      licence: z.string(),
      url: z.string(),
      files: z.array(z.string()),
    }),
  ),
  notes: z.array(z.string()),
});

const populationSchema = iso3Record(
  z.object({
    population: z.number().int().positive(),
    year: z.number().int(),
    source: z.enum(['worldbank', 'jhu']),
  }),
);

const nullableNumber = z.number().nonnegative().nullable();
const healthSchema = iso3Record(
  z.object({
    bedsPer1000: nullableNumber,
    bedsYear: z.number().int().nullable(),
    bedsSource: z.string().nullable(),
    doctors: nullableNumber,
    nurses: nullableNumber,
    workforceSource: z.string().nullable(),
  }),
);

const countsSchema = z.object({ cases: z.array(count), deaths: z.array(count) });
const seriesSchema = z
  .object({
    source: z.enum(['jhu', 'owid']),
    firstDate: isoDate,
    lastDate: isoDate,
    countries: iso3Record(countsSchema),
    world: countsSchema,
  })
  .superRefine((s, ctx) => {
    const days = daysBetween(s.firstDate, s.lastDate) + 1;
    const check = (counts: { cases: number[]; deaths: number[] }, where: (string | number)[]) => {
      for (const metric of ['cases', 'deaths'] as const) {
        if (counts[metric].length !== days) {
          ctx.addIssue({
            code: 'custom',
            path: [...where, metric],
            message: `has ${counts[metric].length} values, expected ${days} (${s.firstDate} to ${s.lastDate})`,
          });
        }
      }
    };
    for (const [iso3, counts] of Object.entries(s.countries)) check(counts, ['countries', iso3]);
    check(s.world, ['world']);
  });

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ScenarioFileError(`${file}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : '(top level)';
    throw new ScenarioFileError(`${file}: ${where} ${issue?.message ?? 'is invalid'}`);
  }
  return parsed.data;
}

/** Reads and validates the scenario `id` from `dir`; throws ScenarioFileError naming the file and field. */
export function readScenario(id: string, dir: string = SCENARIOS_DIR): Scenario {
  const folder = path.join(dir, id);
  if (!fs.existsSync(path.join(folder, 'manifest.json'))) {
    throw new ScenarioFileError(
      `Scenario "${id}" not found: ${path.join(folder, 'manifest.json')} does not exist` +
        ' (build it with "npm run scenario:build").',
    );
  }
  const manifest = readJson(path.join(folder, 'manifest.json'), manifestSchema);
  if (manifest.id !== id) {
    throw new ScenarioFileError(
      `${path.join(folder, 'manifest.json')}: id "${manifest.id}" is not "${id}"`,
    );
  }
  const series: ScenarioSeries[] = fs
    .readdirSync(folder)
    .filter((name) => /^series-[a-z]+\.json$/.test(name))
    .sort()
    .map((name) => readJson(path.join(folder, name), seriesSchema));
  return {
    manifest,
    population: readJson(path.join(folder, 'population.json'), populationSchema),
    health: readJson(path.join(folder, 'health.json'), healthSchema),
    series,
  };
}
