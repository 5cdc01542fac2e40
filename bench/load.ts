// Load: the server (src/main.ts, as `npm start` runs it) on a PostgreSQL server, driven by autocannon
// from 127.0.0.1 with 100 connections: 30 s on read routes, then 30 s of a mixed read/write workload
// (2 writes in 6: stock receipts into the demo's Beijing depot and new requests, each on the audit
// trail), signed in as an admin the bench adds. Prints one JSON line per run with errors, non-2xx,
// p50/p99 latency and requests per second; exit code 1 on any error or non-2xx answer.
// `--soak`: the mixed workload for 5 minutes instead, with the server's RSS at start, middle and end
// (steady: the end within 25 % + 32 MiB of the middle, once caches and pools have filled).
//
//   TONGZHOU_DATABASE_URL=postgres://postgres@127.0.0.1:55432/postgres npm run bench -- load [--soak]
//
// The URL names a server where a throwaway database may be created (and dropped at the end).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { openPostgres, redactUrl } from '../src/db/database';
import { addUser } from '../src/services/users.service';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONNECTIONS = 100;
const RUN_SECONDS = Number(process.env['BENCH_LOAD_SECONDS'] ?? 30);
const SOAK_SECONDS = Number(process.env['BENCH_SOAK_SECONDS'] ?? 300);
const START_TIMEOUT_MS = 300_000;
const soak = process.argv.includes('--soak');
const url =
  process.env['TONGZHOU_DATABASE_URL'] ??
  process.env['DATABASE_URL'] ??
  process.env['TEST_DATABASE_URL'];

const out = (record: Record<string, unknown>) =>
  console.log(JSON.stringify({ bench: 'load', ...record }));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The resident set size of a process in MiB (Linux /proc). */
function rssMiB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** The pid of the node process serving (the child of any wrapper), for its RSS. */
function servingPid(root: number): number {
  try {
    const children = readFileSync(`/proc/${root}/task/${root}/children`, 'utf8').trim();
    const first = Number(children.split(/\s+/)[0]);
    return first > 0 ? servingPid(first) : root;
  } catch {
    return root;
  }
}

async function admin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

interface Server {
  base: string;
  pid: number;
  stop: () => Promise<void>;
  log: () => string;
}

async function startServer(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      TONGZHOU_DEMO: '1',
      LOG_LEVEL: 'warn',
    },
  });
  let text = '';
  child.stdout.on('data', (c: Buffer) => (text = (text + c.toString()).slice(-20_000)));
  child.stderr.on('data', (c: Buffer) => (text = (text + c.toString()).slice(-20_000)));
  const pid = child.pid!;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 5000);
    await gone;
    clearTimeout(timer);
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${text}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, pid, stop, log: () => text };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`the server did not answer /api/health within ${START_TIMEOUT_MS / 1000} s`);
}

/**
 * Headers of a signed-in admin (session cookie and CSRF token): the bench adds its own admin user with a
 * random password to the database (as `tongzhou users add` would), then signs in like a browser.
 */
async function signIn(base: string, databaseUrl: string): Promise<Record<string, string>> {
  const login = `bench-admin-${process.pid}`;
  const password = randomBytes(18).toString('base64url');
  const database = await openPostgres(databaseUrl);
  try {
    await addUser(database, { login, password, role: 'admin' });
  } finally {
    await database.close();
  }
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (!res.ok) throw new Error(`sign-in as ${login} failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken?: string };
  return { cookie, ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) };
}

const READS = [
  '/api/meta',
  '/api/requests?status=agreed',
  '/api/supply',
  '/api/consignments',
  '/api/countries/ITA',
  '/api/report',
  '/api/situation',
];

/** One request per read route, one at a time, warm: what a single user sees. */
async function probe(base: string, auth: Record<string, string>): Promise<Record<string, number>> {
  const ms: Record<string, number> = {};
  for (const route of READS) {
    await fetch(`${base}${route}`, { headers: auth });
    const t = performance.now();
    const res = await fetch(`${base}${route}`, { headers: auth });
    await res.arrayBuffer();
    ms[route] = Math.round(performance.now() - t);
  }
  return ms;
}

function requests(mixed: boolean, auth: Record<string, string>): autocannon.Request[] {
  const get = (p: string): autocannon.Request => ({ method: 'GET', path: p, headers: auth });
  if (!mixed) return READS.map(get);
  const json = { ...auth, 'content-type': 'application/json' };
  let n = 0;
  const receipt: autocannon.Request = {
    method: 'POST',
    path: '/api/supply/receipts',
    headers: json,
    body: JSON.stringify({ depot: 'BJS', item: 'mask-surgical', quantity: 100, note: 'load' }),
  };
  const request: autocannon.Request = {
    method: 'POST',
    path: '/api/requests',
    headers: json,
    setupRequest: (req) => ({
      ...req,
      body: JSON.stringify({
        recipient: 'PAK',
        kind: 'supplies',
        title: `Load test request ${++n}`,
        lines: [{ item: 'mask-surgical', asked: 1000 }],
      }),
    }),
  };
  return [get(READS[0]!), get(READS[1]!), receipt, get(READS[2]!), get(READS[4]!), request];
}

async function run(
  base: string,
  name: string,
  seconds: number,
  reqs: autocannon.Request[],
): Promise<boolean> {
  const r = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    requests: reqs,
  });
  const errors = r.errors + r.non2xx;
  out({
    run: name,
    connections: CONNECTIONS,
    seconds,
    requests: r.requests.total,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    status: r.statusCodeStats,
    p50_ms: r.latency.p50,
    p99_ms: r.latency.p99,
    rps: Math.round(r.requests.average),
  });
  return errors === 0;
}

async function main(): Promise<void> {
  if (!url) {
    const message =
      'no PostgreSQL server: set TONGZHOU_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:55432/postgres) to run this benchmark';
    out({ skipped: message });
    console.error(`bench load: ${message}`);
    return;
  }
  const name = `tongzhou_bench_load_${process.pid}`;
  try {
    await admin(url, (c) => c.query(`CREATE DATABASE ${name}`));
  } catch (error) {
    const message = `cannot use the PostgreSQL server at ${redactUrl(url)}: ${(error as Error).message}`;
    out({ skipped: message });
    console.error(`bench load: ${message}`);
    return;
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  let server: Server | undefined;
  let ok = true;
  try {
    const started = Date.now();
    server = await startServer(target.toString());
    const auth = await signIn(server.base, target.toString());
    out({
      run: 'start',
      seconds: Math.round((Date.now() - started) / 100) / 10,
      signedIn: 'cookie' in auth,
    });
    out({ run: 'probe', ms: await probe(server.base, auth) });
    if (!soak) {
      ok = (await run(server.base, 'read', RUN_SECONDS, requests(false, auth))) && ok;
      ok = (await run(server.base, 'mixed', RUN_SECONDS, requests(true, auth))) && ok;
    } else {
      const pid = servingPid(server.pid);
      const rss: { at_s: number; rss_mib: number | null }[] = [{ at_s: 0, rss_mib: rssMiB(pid) }];
      const half = Math.round(SOAK_SECONDS / 2);
      ok = (await run(server.base, 'soak-1', half, requests(true, auth))) && ok;
      rss.push({ at_s: half, rss_mib: rssMiB(pid) });
      ok = (await run(server.base, 'soak-2', SOAK_SECONDS - half, requests(true, auth))) && ok;
      rss.push({ at_s: SOAK_SECONDS, rss_mib: rssMiB(pid) });
      const [, middle, end] = rss.map((r) => r.rss_mib ?? 0);
      const steady = end! <= middle! * 1.25 + 32;
      out({ run: 'soak', rss, bound: 'end <= middle * 1.25 + 32 MiB', steady });
      ok = ok && steady;
    }
  } catch (error) {
    ok = false;
    console.error(`bench load: ${(error as Error).message}\n${server?.log() ?? ''}`);
  } finally {
    await server?.stop();
    await admin(url, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch(
      (error: unknown) => console.error(`bench load: could not drop ${name}: ${String(error)}`),
    );
  }
  if (!ok) process.exitCode = 1;
}

await main();
