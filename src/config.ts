import path from 'node:path';
import { z } from 'zod';
import { orgRefProblem } from './core/open-data/iati-codes';

const flag = z
  .enum(['0', '1', 'true', 'false'], { error: 'must be 0 or 1' })
  .transform((v) => v === '1' || v === 'true');

const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(3000),
  HOST: z.string().min(1, 'must not be empty').default('localhost'),
  TONGZHOU_DATA_DIR: z.string().min(1, 'must not be empty').default('./.tongzhou'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  TONGZHOU_DEMO: flag.default(true),
  TONGZHOU_MODE: z
    .enum(['demo', 'production'], { error: 'must be demo or production' })
    .default('demo'),
  TONGZHOU_SCENARIO: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a scenario id such as march-2020')
    .default('march-2020'),
  TONGZHOU_IATI_PUBLISHER_REF: z
    .string()
    .superRefine((ref, ctx) => {
      const problem = orgRefProblem(ref);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  TONGZHOU_IATI_PUBLISHER_NAME: z.string().trim().min(1, 'must not be blank').optional(),
  TONGZHOU_IATI_PUBLISHER_NAME_ZH: z.string().trim().min(1, 'must not be blank').optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
});

/** Every setting Tongzhou reads, validated, with a laptop default for each. */
export interface Config {
  port: number;
  host: string;
  /** Absolute directory for the embedded database and its lockfile. */
  dataDir: string;
  /** A PostgreSQL server; undefined = embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  /** Load the demo scenario when the database has none. */
  demo: boolean;
  /** demo: documented demo users, plain-http cookies; production: one generated admin, Secure cookies. */
  mode: 'demo' | 'production';
  scenario: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** The IATI reporting-org (a registered identifier and names); null = the demo's placeholder. */
  iatiPublisher: { ref: string; nameEn: string; nameZh: string | undefined } | null;
}

/** A setting had a value Tongzhou cannot use; the message names the variable and the value. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the settings from an environment (pure: pass `process.env`); throws ConfigError naming each bad variable. */
export function loadConfig(
  env: Record<string, string | undefined>,
  cwd: string = process.cwd(),
): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => k in envSchema.shape && v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      return `${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid setting${lines.length > 1 ? 's' : ''}: ${lines.join('; ')}`);
  }
  const e = parsed.data;
  const ref = e.TONGZHOU_IATI_PUBLISHER_REF;
  const nameEn = e.TONGZHOU_IATI_PUBLISHER_NAME;
  if ((ref === undefined) !== (nameEn === undefined)) {
    const [missing, given] =
      ref === undefined
        ? ['TONGZHOU_IATI_PUBLISHER_REF', 'TONGZHOU_IATI_PUBLISHER_NAME']
        : ['TONGZHOU_IATI_PUBLISHER_NAME', 'TONGZHOU_IATI_PUBLISHER_REF'];
    throw new ConfigError(`Invalid setting: ${missing} is needed when ${given} is set`);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(cwd, e.TONGZHOU_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    demo: e.TONGZHOU_DEMO,
    mode: e.TONGZHOU_MODE,
    scenario: e.TONGZHOU_SCENARIO,
    logLevel: e.LOG_LEVEL,
    iatiPublisher:
      ref !== undefined && nameEn !== undefined
        ? { ref, nameEn, nameZh: e.TONGZHOU_IATI_PUBLISHER_NAME_ZH }
        : null,
  };
}
