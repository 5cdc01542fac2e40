// The open report's queries: the ledger summed in SQL (GROUP BY), so the report reads a few thousand
// grouped rows however many lines, consignments and events there are.
import { sql, type SQL } from 'drizzle-orm';
import type {
  AidForm,
  AllocationRow,
  BatchRow,
  ConsignmentWeekRow,
  ReceiptRow,
  RequestLineRow,
  RequestRow,
  ShipmentRow,
} from '../core/reporting';
import type { IsoDate } from '../core/shared/brand';
import { rowsOf, type Db } from './db.types';

type Num = string | number;

/** The Monday (YYYY-MM-DD text) of the UTC date at the start of an ISO 8601 text column. */
const mondayOf = (column: string) =>
  sql.raw(
    `to_char(left(${column}, 10)::date - (extract(isodow from left(${column}, 10)::date)::int - 1), 'YYYY-MM-DD')`,
  );

/** Approved batches, by number. */
export async function reportBatches(db: Db): Promise<BatchRow[]> {
  const result = await db.execute(sql`
    SELECT id, number, title, illustrative,
      to_char(approved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS approved_at
    FROM batch WHERE status = 'approved' AND approved_at IS NOT NULL
    ORDER BY number NULLS LAST, approved_at, id`);
  return rowsOf<{
    id: string;
    number: number | null;
    title: string;
    illustrative: boolean;
    approved_at: string;
  }>(result).map((r) => ({
    id: r.id,
    number: r.number === null ? null : Number(r.number),
    title: r.title,
    illustrative: r.illustrative,
    approvedAt: r.approved_at,
  }));
}

/** Requests counted by recipient, partner, form and status, with cash amounts summed. */
export async function reportRequests(db: Db): Promise<RequestRow[]> {
  const result = await db.execute(sql`
    SELECT recipient, via, kind, status, count(*) AS requests, coalesce(sum(amount_usd), 0) AS amount_usd
    FROM aid_request GROUP BY recipient, via, kind, status`);
  return rowsOf<{
    recipient: string;
    via: string | null;
    kind: AidForm;
    status: string;
    requests: Num;
    amount_usd: Num;
  }>(result).map((r) => ({
    recipient: r.recipient,
    via: r.via,
    form: r.kind,
    status: r.status,
    requests: Number(r.requests),
    amountUsd: Number(r.amount_usd),
  }));
}

/** Request lines: asked and agreed units summed by item and request status. */
export async function reportRequestLines(db: Db): Promise<RequestLineRow[]> {
  const result = await db.execute(sql`
    SELECT rl.item, r.status, sum(rl.asked) AS asked, coalesce(sum(rl.agreed), 0) AS agreed
    FROM request_line rl JOIN aid_request r ON r.id = rl.request_id
    GROUP BY rl.item, r.status`);
  return rowsOf<{ item: string; status: string; asked: Num; agreed: Num }>(result).map((r) => ({
    item: r.item,
    status: r.status,
    asked: Number(r.asked),
    agreed: Number(r.agreed),
  }));
}

/** Rows of a grouped query whose column aliases are the row type's field names, numbers made numbers. */
async function groupedRows<T>(
  db: Db,
  query: SQL,
  numeric: readonly (keyof T & string)[],
): Promise<T[]> {
  const rows = rowsOf<Record<string, unknown>>(await db.execute(query));
  for (const row of rows) for (const k of numeric) row[k] = Number(row[k]);
  return rows as T[];
}

/**
 * Units of approved batch lines, summed by batch, recipient and item, then sent as one row set per pair
 * (batch and recipient with the partner, recipient and item, batch and item): a few thousand rows however
 * many lines. Lines of nought are left out.
 * The partner is looked up only for the few requests routed through one, so the big scan has no join;
 * a batch's recipient and item routed through a partner are attributed to that one partner.
 */
export async function reportAllocations(db: Db): Promise<AllocationRow[]> {
  return groupedRows<AllocationRow>(
    db,
    sql`
    WITH approved AS (SELECT id FROM batch WHERE status = 'approved'),
    routed AS (
      SELECT DISTINCT ON (bl.batch_id, bl.recipient, bl.item) bl.batch_id, bl.recipient, bl.item, r.via
      FROM aid_request r
      JOIN request_line rl ON rl.request_id = r.id
      JOIN batch_line bl ON bl.request_line_id = rl.id
      WHERE r.via IS NOT NULL AND bl.quantity > 0 AND bl.batch_id IN (SELECT id FROM approved)
      ORDER BY bl.batch_id, bl.recipient, bl.item, r.via
    ),
    summed AS (
      SELECT batch_id, recipient, item, count(*) AS lines, sum(quantity) AS units
      FROM batch_line
      WHERE quantity > 0 AND batch_id IN (SELECT id FROM approved)
      GROUP BY batch_id, recipient, item
    )
    SELECT s.batch_id AS "batchId", s.recipient, r.via, s.item, sum(s.lines) AS lines,
      sum(s.units) AS units
    FROM summed s LEFT JOIN routed r USING (batch_id, recipient, item)
    GROUP BY GROUPING SETS ((s.batch_id, s.recipient, r.via), (s.recipient, s.item), (s.batch_id, s.item))`,
    ['lines', 'units'],
  );
}

// Consignments are made only from approved batches, so shipments and receipts need no batch filter.

/**
 * Units that left on a flight (a "departed" event), one row set per key: by batch, by recipient, by item
 * and by week of departure (GROUPING SETS: one scan, four small hash tables, a few hundred rows).
 */
export async function reportShipments(db: Db): Promise<ShipmentRow[]> {
  return groupedRows<ShipmentRow>(
    db,
    sql`
    WITH departed AS (
      SELECT c.id, c.batch_id, c.recipient, ${mondayOf('e.occurred_at')} AS week
      FROM consignment_event e JOIN consignment c ON c.id = e.consignment_id
      WHERE e.kind = 'departed'
    )
    SELECT d.batch_id AS "batchId", d.recipient, cl.item, d.week, sum(cl.quantity) AS units
    FROM departed d JOIN consignment_line cl ON cl.consignment_id = d.id
    GROUP BY GROUPING SETS ((d.batch_id), (d.recipient), (cl.item), (d.week))`,
    ['units'],
  );
}

/**
 * Signed receipts, a receipt's latest correction replacing its lines, one row set per key: by batch, by
 * recipient, and by item and week of receipt (the week's value needs its items).
 */
export async function reportReceipts(db: Db): Promise<ReceiptRow[]> {
  return groupedRows<ReceiptRow>(
    db,
    sql`
    WITH corrected AS MATERIALIZED (
      SELECT DISTINCT ON (payload ->> 'corrects') payload ->> 'corrects' AS corrects,
        payload -> 'replacement' AS replacement
      FROM consignment_event
      WHERE kind = 'correction' AND payload ? 'replacement'
      ORDER BY payload ->> 'corrects', seq DESC
    ),
    receipt AS MATERIALIZED (
      SELECT c.batch_id, c.recipient, ${mondayOf('e.occurred_at')} AS week,
        coalesce(k.replacement, e.payload) -> 'lines' AS lines
      FROM consignment_event e
      JOIN consignment c ON c.id = e.consignment_id
      LEFT JOIN corrected k ON k.corrects = e.id
      WHERE e.kind = 'received'
    ),
    line AS (
      SELECT r.batch_id, r.recipient, r.week, x."lineId" AS line_id,
        coalesce(x.received, 0) AS received, coalesce(x.damaged, 0) AS damaged,
        coalesce(x.missing, 0) AS missing
      FROM receipt r
      CROSS JOIN LATERAL jsonb_to_recordset(r.lines)
        AS x("lineId" text, received bigint, damaged bigint, missing bigint)
    )
    SELECT l.batch_id AS "batchId", l.recipient, cl.item, l.week,
      sum(l.received) AS received, sum(l.damaged) AS damaged, sum(l.missing) AS missing
    FROM line l JOIN consignment_line cl ON cl.id = l.line_id
    GROUP BY GROUPING SETS ((l.batch_id), (l.recipient), (cl.item, l.week))`,
    ['received', 'damaged', 'missing'],
  );
}

/** Consignments that departed and that were signed for, by week. */
export async function reportConsignmentWeeks(db: Db): Promise<ConsignmentWeekRow[]> {
  const result = await db.execute(sql`
    SELECT ${mondayOf('occurred_at')} AS week,
      count(*) FILTER (WHERE kind = 'departed') AS shipped,
      count(*) FILTER (WHERE kind = 'received') AS received
    FROM consignment_event WHERE kind IN ('departed', 'received')
    GROUP BY 1 ORDER BY 1`);
  return rowsOf<{ week: string; shipped: Num; received: Num }>(result).map((r) => ({
    week: r.week as IsoDate,
    shipped: Number(r.shipped),
    received: Number(r.received),
  }));
}

/** Makes the rest of the transaction read one snapshot, so the report's queries agree with each other. */
export async function readOneSnapshot(tx: Db): Promise<void> {
  await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
  // Room for the grouped hash tables in memory (the default 4 MB spills them to disk on big ledgers).
  await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
  // Compiling these few grouped scans costs more than it saves (PGlite has no JIT: the setting is ignored).
  await tx.execute(sql`SET LOCAL jit = off`);
}
