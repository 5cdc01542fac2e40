// Batches, their lines, edits and stock holdings: the only place that reads or writes batch, batch_line,
// batch_line_edit and batch_allocation.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { chunks } from './chunks';
import type { Db } from './db.types';
import { batch, batchAllocation, batchLine, batchLineEdit } from './schema';

/** A batch row. */
export type BatchRow = typeof batch.$inferSelect;
/** A batch row to insert. */
export type NewBatchRow = typeof batch.$inferInsert;
/** A batch line row. */
export type BatchLineRow = typeof batchLine.$inferSelect;
/** A line edit row. */
export type BatchLineEditRow = typeof batchLineEdit.$inferSelect;
/** Units of an approved line held in a depot. */
export type BatchAllocationRow = typeof batchAllocation.$inferSelect;

/** Inserts a batch and its lines. */
export async function insertBatch(
  db: Db,
  row: NewBatchRow,
  lines: readonly BatchLineRow[],
): Promise<void> {
  await db.insert(batch).values(row);
  for (const part of chunks(lines)) await db.insert(batchLine).values(part);
}

/** One batch, or null; `lock` takes its row lock (in a transaction). */
export async function batchById(db: Db, id: string, lock = false): Promise<BatchRow | null> {
  const query = db.select().from(batch).where(eq(batch.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Batches, newest first (approved ones by number). */
export async function listBatches(db: Db, status?: BatchRow['status']): Promise<BatchRow[]> {
  return db
    .select()
    .from(batch)
    .where(status ? eq(batch.status, status) : undefined)
    .orderBy(desc(batch.createdAt), asc(batch.id));
}

/** The lines of a batch, by recipient, item and request line. */
export async function linesOfBatch(db: Db, batchId: string): Promise<BatchLineRow[]> {
  return db
    .select()
    .from(batchLine)
    .where(eq(batchLine.batchId, batchId))
    .orderBy(asc(batchLine.recipient), asc(batchLine.item), asc(batchLine.requestLineId));
}

/** Batch lines for request lines (any batch), by batch then line. */
export async function linesForRequestLines(
  db: Db,
  requestLineIds: readonly string[],
): Promise<BatchLineRow[]> {
  if (requestLineIds.length === 0) return [];
  return db
    .select()
    .from(batchLine)
    .where(inArray(batchLine.requestLineId, [...requestLineIds]))
    .orderBy(asc(batchLine.batchId), asc(batchLine.id));
}

/** Sets a line's quantity and logs the edit with its reason (one transaction). */
export async function editLine(
  db: Db,
  line: BatchLineRow,
  quantity: number,
  reason: string,
  by: string | null,
): Promise<void> {
  await db.update(batchLine).set({ quantity }).where(eq(batchLine.id, line.id));
  await db.insert(batchLineEdit).values({
    batchLineId: line.id,
    fromQuantity: line.quantity,
    toQuantity: quantity,
    reason,
    editedBy: by,
  });
}

/** The edits of a batch's lines, oldest first. */
export async function editsOfBatch(db: Db, batchId: string): Promise<BatchLineEditRow[]> {
  return db
    .select({
      id: batchLineEdit.id,
      batchLineId: batchLineEdit.batchLineId,
      fromQuantity: batchLineEdit.fromQuantity,
      toQuantity: batchLineEdit.toQuantity,
      reason: batchLineEdit.reason,
      editedBy: batchLineEdit.editedBy,
      at: batchLineEdit.at,
    })
    .from(batchLineEdit)
    .innerJoin(batchLine, eq(batchLine.id, batchLineEdit.batchLineId))
    .where(eq(batchLine.batchId, batchId))
    .orderBy(asc(batchLineEdit.id));
}

/** Marks a batch approved (by whom, when) or discarded. */
export async function setBatchStatus(
  db: Db,
  id: string,
  status: 'approved' | 'discarded',
  by: string | null,
  at?: string,
): Promise<void> {
  await db
    .update(batch)
    .set({
      status,
      ...(status === 'approved' ? { approvedBy: by, approvedAt: at ?? sql`now()` } : {}),
    })
    .where(and(eq(batch.id, id), eq(batch.status, 'draft')));
}

/** Records which depots hold an approved batch's lines. */
export async function insertAllocations(
  db: Db,
  rows: readonly Omit<BatchAllocationRow, 'dispatched'>[],
): Promise<void> {
  for (const part of chunks(rows)) await db.insert(batchAllocation).values(part);
}

/** Depot holdings of batch lines, by line then depot. */
export async function allocationsOfLines(
  db: Db,
  batchLineIds: readonly string[],
  lock = false,
): Promise<BatchAllocationRow[]> {
  if (batchLineIds.length === 0) return [];
  const query = db
    .select()
    .from(batchAllocation)
    .where(inArray(batchAllocation.batchLineId, [...batchLineIds]))
    .orderBy(asc(batchAllocation.batchLineId), asc(batchAllocation.depotId));
  return lock ? query.for('update') : query;
}

/** Counts units of a holding as dispatched. */
export async function markDispatched(
  db: Db,
  batchLineId: string,
  depotId: string,
  units: number,
): Promise<void> {
  await db
    .update(batchAllocation)
    .set({ dispatched: sql`${batchAllocation.dispatched} + ${units}` })
    .where(and(eq(batchAllocation.batchLineId, batchLineId), eq(batchAllocation.depotId, depotId)));
}
