// PGlite does not lock its directory, so two processes could open one embedded database and silently
// diverge. Tongzhou takes a lockfile holding its pid (created with O_EXCL) before it opens the directory.
import fs from 'node:fs';
import path from 'node:path';

/** Another live process holds the embedded database; the message names its pid and the lockfile. */
export class DatabaseLockedError extends Error {
  override name = 'DatabaseLockedError';
  constructor(
    readonly file: string,
    readonly pid: number,
  ) {
    super(
      pid === process.pid
        ? `The embedded database is already open in this process (lock ${file}).`
        : `The embedded database is in use by process ${pid} (lock ${file}). Stop that process first` +
            ` (or, if ${pid} is not a Tongzhou process, delete the lockfile).`,
    );
  }
}

/** A held lockfile; `release()` removes it (idempotent). */
export interface Lock {
  file: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function tryCreate(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'wx');
    fs.writeSync(fd, `${process.pid}\n`);
    fs.closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Takes the lockfile `file` for this process, taking over a stale lock whose pid is dead.
 * Throws DatabaseLockedError when a live process (or this one) holds it.
 */
export function acquireLock(file: string): Lock {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(file)) return held(file);
    const pid = readPid(file);
    if (pid !== null && (pid === process.pid || isAlive(pid))) {
      throw new DatabaseLockedError(file, pid);
    }
    if (pid === null && attempt === 0) {
      // Another process may be between creating the file and writing its pid: look again shortly.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      continue;
    }
    // Stale: move it aside atomically, then make sure we moved the stale lock and not a fresh one.
    const aside = `${file}.stale-${process.pid}`;
    try {
      fs.renameSync(file, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const moved = readPid(aside);
    if (moved !== pid && moved !== null && isAlive(moved)) {
      fs.renameSync(aside, file);
      throw new DatabaseLockedError(file, moved);
    }
    fs.rmSync(aside, { force: true });
  }
  throw new Error(`Could not take the lock ${file}: it keeps changing hands.`);
}

function held(file: string): Lock {
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
  };
  process.on('exit', release);
  return { file, release };
}
