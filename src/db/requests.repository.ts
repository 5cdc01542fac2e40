// Requests and their lines: the only place that reads or writes aid_request and request_line.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { chunks } from './chunks';
import { rowsOf, type Db } from './db.types';
import { aidRequest, requestLine } from './schema';

/** A request row as stored. */
export type RequestRow = typeof aidRequest.$inferSelect;
/** A request row to insert (defaults fill the rest). */
export type NewRequestRow = typeof aidRequest.$inferInsert;
/** A request line as stored. */
export type RequestLineRow = typeof requestLine.$inferSelect;

/** Inserts a request and its lines. */
export async function insertRequest(
  db: Db,
  request: NewRequestRow,
  lines: readonly RequestLineRow[],
): Promise<void> {
  await db.insert(aidRequest).values(request);
  for (const batch of chunks(lines)) await db.insert(requestLine).values(batch);
}

/** One request, or null. */
export async function requestById(db: Db, id: string): Promise<RequestRow | null> {
  const [row] = await db.select().from(aidRequest).where(eq(aidRequest.id, id));
  return row ?? null;
}

/** What listRequests filters on (all optional). */
export interface RequestFilter {
  status?: RequestRow['status'] | undefined;
  recipient?: string | undefined;
  kind?: RequestRow['kind'] | undefined;
  ids?: readonly string[] | undefined;
}

/** Requests matching the filter, by id. */
export async function listRequests(db: Db, filter: RequestFilter = {}): Promise<RequestRow[]> {
  const where: SQL[] = [];
  if (filter.status) where.push(eq(aidRequest.status, filter.status));
  if (filter.recipient) where.push(eq(aidRequest.recipient, filter.recipient));
  if (filter.kind) where.push(eq(aidRequest.kind, filter.kind));
  if (filter.ids) where.push(inArray(aidRequest.id, [...filter.ids, '']));
  return db
    .select()
    .from(aidRequest)
    .where(and(...where))
    .orderBy(asc(aidRequest.id));
}

/** The lines of the given requests, by request and line number. */
export async function linesOfRequests(
  db: Db,
  requestIds: readonly string[],
): Promise<RequestLineRow[]> {
  if (requestIds.length === 0) return [];
  return db
    .select()
    .from(requestLine)
    .where(inArray(requestLine.requestId, [...requestIds]))
    .orderBy(asc(requestLine.requestId), asc(requestLine.lineNo));
}

/** Request lines by id. */
export async function requestLinesById(db: Db, ids: readonly string[]): Promise<RequestLineRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(requestLine)
    .where(inArray(requestLine.id, [...ids]))
    .orderBy(asc(requestLine.id));
}

/** Within a transaction, locks requests (by id order, so lockers never deadlock); returns id, status, version. */
export async function lockRequests(
  db: Db,
  ids: readonly string[],
): Promise<Pick<RequestRow, 'id' | 'status' | 'version' | 'kind'>[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: aidRequest.id,
      status: aidRequest.status,
      version: aidRequest.version,
      kind: aidRequest.kind,
    })
    .from(aidRequest)
    .where(inArray(aidRequest.id, [...ids]))
    .orderBy(asc(aidRequest.id))
    .for('update');
}

/** Changes a request's fields; `bump` raises its version (drafts made before become stale). */
export async function updateRequest(
  db: Db,
  id: string,
  fields: Partial<
    Pick<RequestRow, 'status' | 'declineReason' | 'agreedBy' | 'agreedOn' | 'neededBy'>
  >,
  bump: boolean,
): Promise<void> {
  await db
    .update(aidRequest)
    .set({
      ...fields,
      updatedAt: sql`now()`,
      ...(bump ? { version: sql`${aidRequest.version} + 1` } : {}),
    })
    .where(eq(aidRequest.id, id));
}

/** Sets the agreed quantity of a line. */
export async function setLineAgreed(db: Db, lineId: string, agreed: number): Promise<void> {
  await db.update(requestLine).set({ agreed }).where(eq(requestLine.id, lineId));
}

/** Units allocated to each request line by approved batches (lines with none are absent). */
export async function allocatedByLine(
  db: Db,
  lineIds?: readonly string[],
): Promise<Map<string, number>> {
  if (lineIds && lineIds.length === 0) return new Map();
  const filter = lineIds
    ? sql`AND bl.request_line_id IN (${sql.join(
        lineIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  const result = await db.execute(sql`
    SELECT bl.request_line_id AS id, sum(bl.quantity)::bigint AS allocated
    FROM batch_line bl JOIN batch b ON b.id = bl.batch_id
    WHERE b.status = 'approved' ${filter}
    GROUP BY bl.request_line_id`);
  return new Map(
    rowsOf<{ id: string; allocated: string | number }>(result).map((r) => [
      r.id,
      Number(r.allocated),
    ]),
  );
}
