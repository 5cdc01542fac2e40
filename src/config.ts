import path from 'node:path';
import { z } from 'zod';

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
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(cwd, e.TONGZHOU_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    demo: e.TONGZHOU_DEMO,
    mode: e.TONGZHOU_MODE,
    scenario: e.TONGZHOU_SCENARIO,
    logLevel: e.LOG_LEVEL,
  };
}
