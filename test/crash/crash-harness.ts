// A Tongzhou server process the crash test can kill -9 and start again on the same database.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/db/database';
import { findUserByLogin } from '../../src/db/users.repository';
import { addUser } from '../../src/services/users.service';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A running server and how to kill it without letting it clean up. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  kill9: () => Promise<void>;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const a = probe.address();
      probe.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

/** The user the crash test writes as (TONGZHOU_DEMO=0 makes no demo users, so it is added here). */
const WRITER = { login: 'coordinator', password: 'demo-coordinator', role: 'coordinator' };

/** Adds the writer to the database unless there (before a server holds the embedded database). */
async function ensureWriter(db: { dataDir: string } | { databaseUrl: string }): Promise<void> {
  const database = await openDatabase(
    'dataDir' in db ? { dataDir: db.dataDir } : { dataDir: '', databaseUrl: db.databaseUrl },
  );
  try {
    if (!(await findUserByLogin(database.db, WRITER.login))) await addUser(database, WRITER);
  } finally {
    await database.close();
  }
}

/** Starts `src/main.ts` on the embedded database in `dataDir`, or on `databaseUrl`, without the demo. */
export async function startServer(
  db: { dataDir: string } | { databaseUrl: string },
): Promise<ServerProcess> {
  await ensureWriter(db);
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      TONGZHOU_DEMO: '0',
      LOG_LEVEL: 'warn',
      TONGZHOU_DATA_DIR: 'dataDir' in db ? db.dataDir : '',
      DATABASE_URL: 'databaseUrl' in db ? db.databaseUrl : '',
    },
  });
  let text = '';
  child.stdout?.on('data', (c: Buffer) => (text += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (text += c.toString()));
  const pid = child.pid!;
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-pid, sig);
      } catch {
        // already gone
      }
      await exited(child);
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}:\n${text}`);
    if (Date.now() > deadline) {
      await signal('SIGKILL');
      throw new Error(`server not ready in 120 s:\n${text}`);
    }
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    output: () => text,
    kill9: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
  };
}

const signedIn = new Map<string, Record<string, string>>();

/** Session headers of the writer (a coordinator) on the server at `url`'s origin (signed in once; sessions survive restarts). */
async function authFor(url: string): Promise<Record<string, string>> {
  const origin = new URL(url).origin;
  const known = signedIn.get(origin);
  if (known) return known;
  const res = await fetch(`${origin}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: WRITER.login, password: WRITER.password }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  const cookie = /tz_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken };
  signedIn.set(origin, headers);
  return headers;
}

/** Sends JSON (signed in as the writer, a coordinator) and returns status and body; a dead server gives status 0. */
export async function send(
  url: string,
  method: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  try {
    const auth = await authFor(url);
    const res = await fetch(url, {
      method,
      headers: body === undefined ? auth : { ...auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json().catch(() => null) };
  } catch {
    return { status: 0, body: null };
  }
}
