// PGlite does not lock its directory: Tongzhou's lockfile must stop a second process opening it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { acquireLock, DatabaseLockedError } from '../../src/db/lock';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tongzhou-lock-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs openDatabase on `dataDir` in a child process; `then` is 'close' or 'exit' (exit without closing). */
function openInChild(
  dataDir: string,
  then: 'close' | 'exit',
): Promise<{ code: number | null; stderr: string }> {
  const code = `
    const { openDatabase } = await import(${JSON.stringify(path.join(root, 'src/db/database.ts'))});
    try {
      const db = await openDatabase({ dataDir: ${JSON.stringify(dataDir)} });
      if (${JSON.stringify(then)} === 'close') await db.close();
      process.exit(0);
    } catch (error) {
      console.error(error.message);
      process.exit(3);
    }`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ code: exitCode, stderr }));
  });
}

describe('the embedded database lock', () => {
  it('refuses a second holder in the same process and frees the file on release', () => {
    const file = path.join(tmp, 'a', 'tongzhou.lock');
    const lock = acquireLock(file);
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(String(process.pid));
    expect(() => acquireLock(file)).toThrow(DatabaseLockedError);
    lock.release();
    lock.release();
    expect(fs.existsSync(file)).toBe(false);
    acquireLock(file).release();
  });

  it('takes over a stale lock left by a dead process', () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    expect(dead).toBeGreaterThan(0);
    const file = path.join(tmp, 'b', 'tongzhou.lock');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${dead}\n`);
    const lock = acquireLock(file);
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  });

  it('gives a second process opening the same data dir a clear error naming the pid', async () => {
    const dataDir = path.join(tmp, 'data');
    const database = await openDatabase({ dataDir });
    try {
      const second = await openInChild(dataDir, 'close');
      expect(second.code).toBe(3);
      expect(second.stderr).toContain(`in use by process ${process.pid}`);
      expect(second.stderr).toContain(path.join(dataDir, 'tongzhou.lock'));
      expect(second.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await database.close();
    }
    expect(fs.existsSync(path.join(dataDir, 'tongzhou.lock'))).toBe(false);
    // Released on close: another process can open it now, and its exit releases the lock too.
    const third = await openInChild(dataDir, 'exit');
    expect(third).toEqual({ code: 0, stderr: '' });
    expect(fs.existsSync(path.join(dataDir, 'tongzhou.lock'))).toBe(false);
  }, 90_000);
});
