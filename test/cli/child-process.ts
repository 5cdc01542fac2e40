// Runs the real `tongzhou` command (bin/tongzhou.js) in a child process, as a user would: its exit code
// and what it printed on stdout and stderr. Slower than in-process.ts, but it covers the bin script,
// process exit codes and what reaches the terminal.
import { spawn } from 'node:child_process';
import path from 'node:path';

/** The repository root (two levels above test/cli). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** What one child-process run of `tongzhou` gave: exit code (null if killed), stdout and stderr. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `bin/tongzhou.js ...args` with TONGZHOU_DATA_DIR=dataDir: always the embedded database (no
 * DATABASE_URL), and no TONGZHOU_DEMO from the caller's environment.
 */
export function tongzhouChild(args: string[], dataDir: string): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, TONGZHOU_DATA_DIR: dataDir };
  delete env['DATABASE_URL'];
  delete env['TONGZHOU_DEMO'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/tongzhou.js'), ...args], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
