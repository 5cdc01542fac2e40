// Runs a CLI command against the configured database: open (migrate), load the demo when empty unless
// --no-demo / TONGZHOU_DEMO=0, run, close.
import { loadConfig } from '../config';
import { openDatabase, type Database } from '../db/database';
import { ensureDemoScenario } from '../services/scenario.service';

/** Options every command shares. */
export interface GlobalOptions {
  /** false when --no-demo was given. */
  demo: boolean;
}

/** Opens the database the environment names, runs `fn` with it and always closes it. */
export async function withDatabase<T>(
  global: GlobalOptions,
  fn: (database: Database) => Promise<T>,
): Promise<T> {
  const config = loadConfig(process.env);
  const database = await openDatabase(config);
  try {
    await ensureDemoScenario(database, {
      demo: config.demo && global.demo,
      scenario: config.scenario,
    });
    return await fn(database);
  } finally {
    await database.close();
  }
}
