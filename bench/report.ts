// Benchmark: the open report (and the HXL export, when src/services/open-data.service.ts is there) on a
// PostgreSQL server holding 1,000,000 allocation lines and 100,000 consignments with their events, each
// timed as a ratio to a bare SELECT count(*) over the same rows. One JSON line per measurement.
//
//   TONGZHOU_DATABASE_URL=postgres://postgres@127.0.0.1:55441/postgres npm run bench -- report
//   BENCH_REPORT_LINES=100000 …   (a smaller run; consignments stay a tenth of the lines)
//
// The data are generated inside the server (INSERT … SELECT over generate_series: multi-row inserts with
// no round trips) into a database of their own, `tongzhou_bench_report`, kept between runs and rebuilt
// when its size differs. Request i holds 10 lines of 10 different items; batch line = request line;
// consignment = request; every consignment packed and departed, 70 % received (2 % damaged, 1 % missing).
import pg from 'pg';
import { COUNTRIES } from '../src/core/reference/countries';
import { CATALOGUE } from '../src/core/reference/catalogue';
import { openPostgres, redactUrl, type Database } from '../src/db/database';
import { getReport } from '../src/services/report.service';

const LINES = Number(process.env['BENCH_REPORT_LINES'] ?? 1_000_000);
const PER_REQUEST = 10;
const REQUESTS = Math.floor(LINES / PER_REQUEST); // = consignments
const BATCHES = 20;
const FLIGHTS_PER_BATCH = 10;
const REPEATS = Number(process.env['BENCH_REPORT_REPEATS'] ?? 5);
const DB_NAME = 'tongzhou_bench_report';

const url =
  process.env['TONGZHOU_DATABASE_URL'] ??
  process.env['DATABASE_URL'] ??
  process.env['TEST_DATABASE_URL'];

const recipients = [
  ...COUNTRIES.filter((c) => c.m49SubregionCode !== null).map((c) => c.iso3 as string),
  'WHO',
  'AU',
  'EU',
  'ASEAN',
];
const items = CATALOGUE.map((c) => c.id as string);

const arr = (xs: readonly string[]) => `ARRAY[${xs.map((x) => `'${x}'`).join(',')}]::text[]`;

/** The generator, as SQL run in order (each statement one multi-row INSERT … SELECT). */
function generatorSql(): string[] {
  const R = recipients.length;
  const I = items.length;
  const rec = `(${arr(recipients)})[1 + (r % ${R})]`;
  // Batch b (0-based) approved on a Monday, one week apart from 2 March 2020; events follow it.
  const day = (b: string, plus: number) => `(date '2020-03-02' + (${b}) * 7 + ${plus})`;
  const at = (b: string, plus: number, hour: number) =>
    `to_char(${day(b, plus)}, 'YYYY-MM-DD') || 'T${String(hour).padStart(2, '0')}:00:00.000Z'`;
  return [
    `INSERT INTO depot (id, name_en, name_zh, city) VALUES ('BENCH', 'Bench depot', '基准库', 'Beijing')`,
    `INSERT INTO batch (id, number, title, status, origin, basis_versions, approved_at, approved_by)
     SELECT 'batch-' || b, b + 1, 'Batch ' || (b + 1), 'approved', 'recorded', '{}'::jsonb,
       ${day('b', 0)}::timestamp AT TIME ZONE 'UTC', 'bench'
     FROM generate_series(0, ${BATCHES - 1}) b`,
    `INSERT INTO aid_request (id, recipient, via, kind, title, status, submitted_on, basis)
     SELECT 'r' || r, ${rec}, CASE WHEN r % 97 = 0 THEN 'EU' END, 'supplies', 'Request ' || r,
       CASE WHEN r % 10 < 7 THEN 'fulfilled' ELSE 'agreed' END, date '2020-02-20', 'illustrative'
     FROM generate_series(0, ${REQUESTS - 1}) r`,
    `INSERT INTO request_line (id, request_id, line_no, item, asked, agreed)
     SELECT 'r' || r || '.' || (n + 1), 'r' || r, n + 1, (${arr(items)})[1 + ((r + n) % ${I})],
       1000 + (r * 7 + n * 13) % 9000, 1000 + (r * 7 + n * 13) % 9000
     FROM generate_series(0, ${REQUESTS - 1}) r, generate_series(0, ${PER_REQUEST - 1}) n`,
    `INSERT INTO batch_line (id, batch_id, request_line_id, recipient, item, quantity)
     SELECT 'bl-' || rl.id, 'batch-' || (r.n % ${BATCHES}), rl.id, r.recipient, rl.item, rl.agreed
     FROM request_line rl JOIN (SELECT id, recipient, substr(id, 2)::int AS n FROM aid_request) r ON r.id = rl.request_id`,
    `INSERT INTO flight (id, batch_id, flight_no, kind, payload_kg, volume_m3, origin, departs_on)
     SELECT 'f' || f, 'batch-' || (f / ${FLIGHTS_PER_BATCH}), 'CA' || (1000 + f), 'cargo', 100000, 700, 'PEK',
       ${day(`f / ${FLIGHTS_PER_BATCH}`, 2)}
     FROM generate_series(0, ${BATCHES * FLIGHTS_PER_BATCH - 1}) f`,
    `INSERT INTO consignment (id, batch_id, recipient, consignee, flight_id, marks, weight_kg, volume_m3, status)
     SELECT 'c' || r, 'batch-' || (r % ${BATCHES}), ${rec}, 'Ministry of Health', 'f' || ((r % ${BATCHES}) * ${FLIGHTS_PER_BATCH} + (r / ${BATCHES}) % ${FLIGHTS_PER_BATCH}),
       '{}'::jsonb, 100, 1, CASE WHEN r % 10 < 7 THEN 'received' ELSE 'departed' END
     FROM generate_series(0, ${REQUESTS - 1}) r`,
    `INSERT INTO consignment_line (id, consignment_id, batch_line_id, item, packs, quantity)
     SELECT 'cl-' || rl.id, 'c' || substr(rl.request_id, 2), 'bl-' || rl.id, rl.item, 1, rl.agreed
     FROM request_line rl`,
    ...(
      [
        ['packed', 1, 1, 1],
        ['departed', 2, 2, 6],
      ] as const
    ).map(
      ([kind, seq, plus, hour]) =>
        `INSERT INTO consignment_event (id, consignment_id, seq, kind, occurred_at, payload, prev_hash, hash)
         SELECT 'e-' || r || '-${seq}', 'c' || r, ${seq}, '${kind}', ${at(`r % ${BATCHES}`, plus, hour)},
           '{}'::jsonb, ${seq === 1 ? 'NULL' : `md5('e-' || r || '-${seq - 1}')`}, md5('e-' || r || '-${seq}')
         FROM generate_series(0, ${REQUESTS - 1}) r`,
    ),
    `INSERT INTO consignment_event (id, consignment_id, seq, kind, occurred_at, payload, prev_hash, hash)
     SELECT 'e-' || g.r || '-3', 'c' || g.r, 3, 'received', ${at(`g.r % ${BATCHES}`, 5, 9)},
       jsonb_build_object('signedBy', 'bench', 'lines', g.lines), md5('e-' || g.r || '-2'), md5('e-' || g.r || '-3')
     FROM (
       SELECT substr(consignment_id, 2)::int AS r, jsonb_agg(jsonb_build_object('lineId', id,
         'received', quantity - quantity / 50 - quantity / 100,
         'damaged', quantity / 50, 'missing', quantity / 100) ORDER BY id) AS lines
       FROM consignment_line GROUP BY consignment_id) g
     WHERE g.r % 10 < 7`,
  ];
}

const round = (x: number, digits = 1) => Number(x.toFixed(digits));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median wall time of `fn` over REPEATS runs after one warm-up. */
async function time(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** Opens the bench database, generating its data unless it already holds a run of this size. */
async function prepare(adminUrl: string): Promise<Database> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const target = new URL(adminUrl);
  target.pathname = `/${DB_NAME}`;
  try {
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]))
      .rowCount;
    if (exists) {
      const probe = new pg.Client({ connectionString: target.toString() });
      await probe.connect();
      const lines = await probe
        .query<{ n: string }>('SELECT count(*) AS n FROM batch_line')
        .then((r) => Number(r.rows[0]?.n ?? -1))
        .catch(() => -1)
        .finally(() => probe.end());
      if (lines === LINES) return openPostgres(target.toString());
      await admin.query(`DROP DATABASE ${DB_NAME} WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE ${DB_NAME}`);
  } finally {
    await admin.end();
  }
  const database = await openPostgres(target.toString()); // migrates the empty database
  const t0 = performance.now();
  await database.transaction(async (tx) => {
    for (const statement of generatorSql()) await tx.execute(statement);
  });
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  await client.query('VACUUM ANALYZE').finally(() => client.end());
  console.log(
    JSON.stringify({
      bench: 'report',
      measure: 'generate',
      allocation_lines: LINES,
      consignments: REQUESTS,
      ms: round(performance.now() - t0, 0),
    }),
  );
  return database;
}

/** The floor: a bare count(*) over the rows the report reads, as one statement. */
const FLOOR_SQL = `SELECT (SELECT count(*) FROM batch_line) + (SELECT count(*) FROM request_line)
  + (SELECT count(*) FROM consignment_line) + (SELECT count(*) FROM consignment_event) AS n`;

async function main(): Promise<void> {
  if (!url) {
    const message =
      'no PostgreSQL server: set TONGZHOU_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:55441/postgres) to run this benchmark';
    console.log(JSON.stringify({ bench: 'report', skipped: message }));
    console.error(`bench report: ${message}`);
    return;
  }
  let database: Database;
  try {
    database = await prepare(url);
  } catch (error) {
    const message = `cannot use the PostgreSQL server at ${redactUrl(url)}: ${(error as Error).message}`;
    console.log(JSON.stringify({ bench: 'report', skipped: message }));
    console.error(`bench report: ${message}`);
    return;
  }
  try {
    const count = (q: string) => async () => database.db.execute(q);
    const floorLinesMs = await time(count('SELECT count(*) FROM batch_line'));
    const floorMs = await time(count(FLOOR_SQL));
    const counted = Number(
      ((await database.db.execute(FLOOR_SQL)) as unknown as { rows: { n: string }[] }).rows[0]!.n,
    );
    const line = (measure: string, ms: number, extra: Record<string, unknown> = {}) =>
      console.log(
        JSON.stringify({
          bench: 'report',
          measure,
          allocation_lines: LINES,
          consignments: REQUESTS,
          ms: round(ms),
          floor_ms: round(floorMs),
          floor_rows: counted,
          vs_floor: round(ms / floorMs),
          vs_count_allocation_lines: round(ms / floorLinesMs),
          ...extra,
        }),
      );
    let headline = '';
    const reportMs = await time(async () => {
      headline = (await getReport(database, 'seed-2020')).headline.en;
    });
    line('report', reportMs, { target_vs_floor: 20, met: reportMs / floorMs <= 20, headline });
    const openData = await import('../src/services/open-data.service').catch(() => null);
    if (openData && typeof openData.writeHxl === 'function') {
      let bytes = 0;
      const hxlMs = await time(async () => {
        bytes = 0;
        await openData.writeHxl(database, (chunk: string) => {
          bytes += chunk.length;
        });
      });
      line('hxl', hxlMs, { chars: bytes });
    } else {
      console.log(
        JSON.stringify({
          bench: 'report',
          measure: 'hxl',
          skipped: 'src/services/open-data.service.ts is not there',
        }),
      );
    }
  } finally {
    await database.close();
  }
}

await main();
