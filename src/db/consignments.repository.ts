// Flights, consignments, their lines and their event log: the only place that reads or writes flight,
// consignment, consignment_line and consignment_event.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ConsignmentEvent, EventKind } from '../core/logistics';
import { chunks } from './chunks';
import type { Db } from './db.types';
import { consignment, consignmentEvent, consignmentLine, flight } from './schema';

/** A flight row. */
export type FlightRow = typeof flight.$inferSelect;
/** A consignment row. */
export type ConsignmentRow = typeof consignment.$inferSelect;
/** A consignment row to insert. */
export type NewConsignmentRow = typeof consignment.$inferInsert;
/** A consignment line row. */
export type ConsignmentLineRow = typeof consignmentLine.$inferSelect;

/** Inserts flights, consignments and their lines. */
export async function insertShipping(
  db: Db,
  flights: readonly FlightRow[],
  consignments: readonly NewConsignmentRow[],
  lines: readonly ConsignmentLineRow[],
): Promise<void> {
  for (const part of chunks(flights)) await db.insert(flight).values(part);
  for (const part of chunks(consignments)) await db.insert(consignment).values(part);
  for (const part of chunks(lines)) await db.insert(consignmentLine).values(part);
}

/** Flights by id (all of a batch when `batchId` is given). */
export async function listFlights(db: Db, batchId?: string): Promise<FlightRow[]> {
  return db
    .select()
    .from(flight)
    .where(batchId ? eq(flight.batchId, batchId) : undefined)
    .orderBy(asc(flight.id));
}

/** What listConsignments filters on. */
export interface ConsignmentFilter {
  batchId?: string | undefined;
  status?: string | undefined;
  recipient?: string | undefined;
  ids?: readonly string[] | undefined;
}

/** Consignments matching the filter, by flight then id. */
export async function listConsignments(
  db: Db,
  filter: ConsignmentFilter = {},
): Promise<ConsignmentRow[]> {
  const where: SQL[] = [];
  if (filter.batchId) where.push(eq(consignment.batchId, filter.batchId));
  if (filter.status) where.push(eq(consignment.status, filter.status));
  if (filter.recipient) where.push(eq(consignment.recipient, filter.recipient));
  if (filter.ids) where.push(inArray(consignment.id, [...filter.ids, '']));
  return (
    db
      .select()
      .from(consignment)
      .where(and(...where))
      // Natural order: F2 before F10, C2 before C10 (ids share their prefix within a batch).
      .orderBy(
        asc(sql`length(${consignment.flightId})`),
        asc(consignment.flightId),
        asc(sql`length(${consignment.id})`),
        asc(consignment.id),
      )
  );
}

/** One consignment, or null; `lock` takes its row lock (serialises events on it). */
export async function consignmentById(
  db: Db,
  id: string,
  lock = false,
): Promise<ConsignmentRow | null> {
  const query = db.select().from(consignment).where(eq(consignment.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Lines of consignments, by consignment then id. */
export async function linesOfConsignments(
  db: Db,
  ids: readonly string[],
): Promise<ConsignmentLineRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(consignmentLine)
    .where(inArray(consignmentLine.consignmentId, [...ids]))
    .orderBy(asc(consignmentLine.consignmentId), asc(consignmentLine.id));
}

/** Consignment lines that carry the given batch lines. */
export async function linesForBatchLines(
  db: Db,
  batchLineIds: readonly string[],
): Promise<ConsignmentLineRow[]> {
  if (batchLineIds.length === 0) return [];
  return db
    .select()
    .from(consignmentLine)
    .where(inArray(consignmentLine.batchLineId, [...batchLineIds]))
    .orderBy(asc(consignmentLine.consignmentId), asc(consignmentLine.id));
}

/** Sets the status a consignment's log has reached. */
export async function setConsignmentStatus(db: Db, id: string, status: string): Promise<void> {
  await db.update(consignment).set({ status }).where(eq(consignment.id, id));
}

type EventRow = typeof consignmentEvent.$inferSelect;

function toEvent(r: EventRow): ConsignmentEvent {
  return {
    id: r.id,
    consignmentId: r.consignmentId,
    seq: r.seq,
    kind: r.kind as EventKind,
    at: r.occurredAt,
    payload: r.payload,
    prevHash: r.prevHash,
    hash: r.hash,
  };
}

/** The events of consignments (all when omitted), by consignment then seq. */
export async function eventsOf(
  db: Db,
  consignmentIds?: readonly string[],
): Promise<(ConsignmentEvent & { recordedAt: string })[]> {
  if (consignmentIds && consignmentIds.length === 0) return [];
  const rows = await db
    .select()
    .from(consignmentEvent)
    .where(
      consignmentIds ? inArray(consignmentEvent.consignmentId, [...consignmentIds]) : undefined,
    )
    .orderBy(asc(consignmentEvent.consignmentId), asc(consignmentEvent.seq));
  return rows.map((r) => ({ ...toEvent(r), recordedAt: r.recordedAt }));
}

/** Events by their client ids (those that exist). */
export async function eventsByIds(db: Db, ids: readonly string[]): Promise<ConsignmentEvent[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(consignmentEvent)
    .where(inArray(consignmentEvent.id, [...ids]));
  return rows.map(toEvent);
}

/** Appends events in one statement (the table refuses updates and deletes). */
export async function insertEvents(db: Db, events: readonly ConsignmentEvent[]): Promise<void> {
  for (const part of chunks(events)) {
    await db.insert(consignmentEvent).values(
      part.map((e) => ({
        id: e.id,
        consignmentId: e.consignmentId,
        seq: e.seq,
        kind: e.kind,
        occurredAt: e.at,
        payload: e.payload as Record<string, unknown>,
        prevHash: e.prevHash,
        hash: e.hash,
      })),
    );
  }
}
