// Queries behind the open-data exports: batch x recipient x item rows streamed through a cursor, expert
// teams, and a cheap fingerprint of everything the exports show (for ETags). Read only.
import { sql } from 'drizzle-orm';
import type { ExchangeSessionRow, ExpertTeamRow, SupplyRow } from '../core/open-data';
import { type Db, rowsOf } from './db.types';

const STAGE = `CASE c.status WHEN 'planned' THEN 0 WHEN 'packed' THEN 1 WHEN 'customs-cleared' THEN 2
  WHEN 'departed' THEN 3 WHEN 'arrived' THEN 4 WHEN 'handed-over' THEN 5 WHEN 'received' THEN 6 END`;
const STAGES = [
  'planned',
  'packed',
  'customs-cleared',
  'departed',
  'arrived',
  'handed-over',
  'received',
];
const ISO = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/**
 * One row per approved batch x recipient x item, sorted by approval, batch, recipient and item. Receipts
 * count with corrections applied (the latest correction of a receipt replaces its payload); a line's
 * departure is its consignment's first "departed" event.
 */
const SUPPLY_ROWS = `
WITH corrections AS (
  SELECT DISTINCT ON (payload->>'corrects') payload->>'corrects' AS corrects, payload->'replacement' AS replacement
  FROM consignment_event WHERE kind = 'correction' AND payload ? 'replacement'
  ORDER BY payload->>'corrects', seq DESC
), receipt_lines AS (
  -- A consignment has at most one receipt and a receipt names each of its lines once: no grouping needed.
  SELECT l->>'lineId' AS line_id, (l->>'received')::bigint AS received,
    coalesce((l->>'damaged')::bigint, 0) AS damaged, coalesce((l->>'missing')::bigint, 0) AS missing,
    r.occurred_at AS received_at
  FROM consignment_event r
  LEFT JOIN corrections k ON k.corrects = r.id
  CROSS JOIN LATERAL jsonb_array_elements(coalesce(k.replacement, r.payload)->'lines') l
  WHERE r.kind = 'received'
), departures AS (
  SELECT consignment_id, min(occurred_at) AS departed_at FROM consignment_event WHERE kind = 'departed' GROUP BY 1
), approved_lines AS (
  SELECT bl.id, bl.batch_id, bl.recipient, bl.item, bl.quantity, bl.request_line_id
  FROM batch_line bl JOIN batch b ON b.id = bl.batch_id AND b.status = 'approved'
), allocated AS (
  SELECT l.batch_id, l.recipient, l.item, sum(l.quantity) AS allocated, min(ar.via) AS via
  FROM approved_lines l
  LEFT JOIN request_line q ON q.id = l.request_line_id
  LEFT JOIN aid_request ar ON ar.id = q.request_id
  GROUP BY l.batch_id, l.recipient, l.item
), carried AS (
  SELECT l.batch_id, l.recipient, l.item, sum(cl.quantity) AS packed,
    sum(cl.quantity) FILTER (WHERE d.departed_at IS NOT NULL) AS shipped,
    sum(rl.received) AS received, sum(rl.damaged) AS damaged, sum(rl.missing) AS missing,
    min(d.departed_at) AS first_departed, max(rl.received_at) AS last_received,
    min(${STAGE}) AS least_stage, min(c.consignee) AS consignee
  FROM consignment_line cl
  JOIN approved_lines l ON l.id = cl.batch_line_id
  JOIN consignment c ON c.id = cl.consignment_id
  LEFT JOIN departures d ON d.consignment_id = c.id
  LEFT JOIN receipt_lines rl ON rl.line_id = cl.id
  GROUP BY l.batch_id, l.recipient, l.item
)
SELECT a.batch_id, b.number, b.title, ${ISO('b.approved_at')} AS approved_at, b.illustrative,
  a.recipient, a.via, k.consignee, a.item,
  a.allocated::float8 AS allocated, coalesce(k.packed, 0)::float8 AS packed,
  coalesce(k.shipped, 0)::float8 AS shipped, coalesce(k.received, 0)::float8 AS received,
  coalesce(k.damaged, 0)::float8 AS damaged, coalesce(k.missing, 0)::float8 AS missing,
  k.first_departed, k.last_received, k.least_stage
FROM allocated a
JOIN batch b ON b.id = a.batch_id
LEFT JOIN carried k ON k.batch_id = a.batch_id AND k.recipient = a.recipient AND k.item = a.item
ORDER BY b.approved_at, a.batch_id, a.recipient, a.item`;

interface RawSupplyRow {
  batch_id: string;
  number: number | null;
  title: string;
  approved_at: string;
  illustrative: boolean;
  recipient: string;
  via: string | null;
  consignee: string | null;
  item: string;
  allocated: number | string;
  packed: number | string;
  shipped: number | string;
  received: number | string;
  damaged: number | string;
  missing: number | string;
  first_departed: string | null;
  last_received: string | null;
  least_stage: number | string | null;
}

function toSupplyRow(r: RawSupplyRow): SupplyRow {
  const stage = r.least_stage === null ? null : Number(r.least_stage);
  return {
    batchId: r.batch_id,
    batchNumber: r.number === null ? null : Number(r.number),
    batchTitle: r.title,
    approvedAt: r.approved_at,
    illustrative: r.illustrative,
    recipient: r.recipient,
    via: r.via,
    consignee: r.consignee,
    item: r.item,
    allocated: Number(r.allocated),
    packed: Number(r.packed),
    shipped: Number(r.shipped),
    received: Number(r.received),
    damaged: Number(r.damaged),
    missing: Number(r.missing),
    firstDeparted: r.first_departed,
    lastReceived: r.last_received,
    leastStatus: stage === null ? null : (STAGES[stage] ?? null),
  };
}

/**
 * Streams the supply rows in chunks of `chunkSize` through a server-side cursor, so the whole result is
 * never in memory. Must run inside a transaction (a cursor lives in one); the cursor closes when the
 * consumer stops early.
 */
export async function* supplyRowChunks(tx: Db, chunkSize = 1000): AsyncGenerator<SupplyRow[]> {
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError(`chunkSize must be a whole number >= 1, got ${chunkSize}`);
  }
  // Plan for reading every row (a cursor's default plans for the first 10 %), sort and hash in memory,
  // and skip JIT compilation, which costs more than it saves on one pass.
  await tx.execute(sql.raw(`SET LOCAL cursor_tuple_fraction = 1`));
  await tx.execute(sql.raw(`SET LOCAL work_mem = '64MB'`));
  await tx.execute(sql.raw(`SET LOCAL jit = off`));
  await tx.execute(sql.raw(`DECLARE open_data_rows NO SCROLL CURSOR FOR ${SUPPLY_ROWS}`));
  try {
    for (;;) {
      const rows = rowsOf<RawSupplyRow>(
        await tx.execute(sql.raw(`FETCH FORWARD ${chunkSize} FROM open_data_rows`)),
      );
      if (rows.length === 0) return;
      yield rows.map(toSupplyRow);
    }
  } finally {
    await tx.execute(sql.raw('CLOSE open_data_rows'));
  }
}

/** Expert teams decided or sent (requested ones are left out), by start date, with their head count. */
export async function expertTeams(db: Db): Promise<ExpertTeamRow[]> {
  const rows = rowsOf<{
    id: string;
    name: string;
    country: string;
    from_date: string;
    to_date: string;
    status: ExpertTeamRow['status'];
    objectives: string[];
    basis: string;
    members: number | string;
  }>(
    await db.execute(sql`
      SELECT d.id, d.name, d.country, d.from_date::text AS from_date, d.to_date::text AS to_date,
        d.status, d.objectives, d.basis, (d.unlisted_members + count(m.expert_id))::int AS members
      FROM deployment d LEFT JOIN deployment_member m ON m.deployment_id = d.id
      WHERE d.status <> 'requested'
      GROUP BY d.id ORDER BY d.from_date, d.id`),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    country: r.country.trim(),
    fromDate: r.from_date,
    toDate: r.to_date,
    status: r.status,
    objectives: r.objectives,
    members: Number(r.members),
    illustrative: r.basis === 'illustrative',
  }));
}

/** Exchange sessions, by start, with the people who attended. */
export async function exchangeSessions(db: Db): Promise<ExchangeSessionRow[]> {
  const rows = rowsOf<{
    id: string;
    topic: string;
    topic_zh: string | null;
    starts_at: string;
    duration_minutes: number;
    countries: string[];
    organisations: string[];
    basis: string;
    attendees: number | string;
  }>(
    await db.execute(
      sql.raw(`
      SELECT s.id, s.topic, s.topic_zh, ${ISO('s.starts_at')} AS starts_at, s.duration_minutes,
        s.countries, s.organisations, s.basis, coalesce(sum(a.attendees), 0)::int AS attendees
      FROM exchange_session s LEFT JOIN session_attendance a ON a.session_id = s.id
      GROUP BY s.id ORDER BY s.starts_at, s.id`),
    ),
  );
  return rows.map((r) => ({
    id: r.id,
    topic: r.topic,
    topicZh: r.topic_zh,
    startsAt: r.starts_at,
    durationMinutes: Number(r.duration_minutes),
    countries: r.countries,
    organisations: r.organisations,
    attendees: Number(r.attendees),
    illustrative: r.basis === 'illustrative',
  }));
}

/** Counts and latest ids and times of everything the exports show: equal fingerprints, equal exports. */
export interface OpenDataFingerprint {
  /** The latest change, ISO 8601 UTC (approval, event recorded, deployment or request change), or null. */
  lastChange: string | null;
  parts: string;
}

/** The fingerprint, from indexes and small tables only (no scan of the export's join). */
export async function openDataFingerprint(db: Db): Promise<OpenDataFingerprint> {
  const [row] = rowsOf<{ last_change: string | null; parts: string }>(
    await db.execute(
      sql.raw(`
      SELECT ${ISO(`greatest(
          (SELECT max(approved_at) FROM batch WHERE status = 'approved'),
          (SELECT max(recorded_at) FROM consignment_event),
          (SELECT max(created_at) FROM deployment),
          (SELECT max(updated_at) FROM aid_request),
          (SELECT max(created_at) FROM exchange_session),
          (SELECT max(recorded_at) FROM session_attendance))`)} AS last_change,
        concat_ws(':',
          (SELECT coalesce(max(id), 0) FROM stock_movement),
          (SELECT count(*) FROM batch WHERE status = 'approved'),
          (SELECT count(*) FROM consignment_event),
          (SELECT count(*) FROM consignment),
          (SELECT coalesce(sum(version), 0) FROM aid_request),
          (SELECT md5(coalesce(string_agg(concat_ws('|', id, status, from_date, to_date, unlisted_members), ',' ORDER BY id), ''))
             FROM deployment),
          (SELECT count(*) FROM deployment_member),
          (SELECT md5(coalesce(string_agg(concat_ws('|', id, topic, starts_at, countries, organisations), ',' ORDER BY id), ''))
             FROM exchange_session),
          (SELECT concat(count(*), '/', coalesce(sum(attendees), 0)) FROM session_attendance)) AS parts`),
    ),
  );
  return { lastChange: row?.last_change ?? null, parts: row?.parts ?? '' };
}
