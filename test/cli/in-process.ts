// Runs the real command tree (buildCli) inside the test process, which is much faster than a child
// process: what a command printed, or the error commander or the command raised.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildCli } from '../../src/cli/program';
import { writeDataDir } from '../db/fresh-database';

/** Runs `tongzhou ...args` in process; returns what it printed, or the error commander raised. */
export async function tongzhouInProcess(args: string[]): Promise<{ out: string; error: string }> {
  let out = '';
  let error = '';
  const program = buildCli((text) => (out += text))
    .exitOverride()
    .configureOutput({ writeErr: (s) => (error += s), writeOut: (s) => (out += s) });
  for (const c of program.commands)
    c.exitOverride().configureOutput({ writeErr: (s) => (error += s) });
  try {
    await program.parseAsync(['node', 'tongzhou', ...args]);
  } catch (e) {
    error ||= (e as Error).message;
  }
  return { out, error };
}

/**
 * Registers the calling file's (or describe block's) beforeAll and afterAll for in-process runs: a temp
 * data folder written as `kind`, TONGZHOU_DATA_DIR pointing at it, no database URL, and `env` applied
 * (undefined deletes a variable); afterwards the environment is restored and the folder removed.
 * Returns the folder.
 */
export function useCliDataDir(
  kind: 'migrated' | 'demo',
  env: Record<string, string | undefined> = {},
): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongzhou-cli-'));
  const saved = { ...process.env };
  beforeAll(async () => {
    await writeDataDir(dir, kind);
    process.env['TONGZHOU_DATA_DIR'] = dir;
    delete process.env['DATABASE_URL'];
    delete process.env['TONGZHOU_DATABASE_URL'];
    for (const [name, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }, 120_000);
  afterAll(() => {
    process.env = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
