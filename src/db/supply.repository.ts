// Depots, stock, the domestic reserve, contributions and the stock ledger: the only place that reads or
// writes depot, supply_item, depot_stock, contribution and stock_movement.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Db } from './db.types';
import { contribution, depot, depotStock, stockMovement, supplyItem } from './schema';

/** A depot row. */
export type DepotRow = typeof depot.$inferSelect;
/** A supply_item row: reserve rule, production and version of one item. */
export type SupplyItemRow = typeof supplyItem.$inferSelect;
/** Stock of an item in a depot. */
export type DepotStockRow = typeof depotStock.$inferSelect;
/** A contribution row. */
export type ContributionRow = typeof contribution.$inferSelect;
/** A ledger row to write (id and time are the database's). */
export type NewMovement = Omit<typeof stockMovement.$inferInsert, 'id' | 'at'>;

/** Inserts or renames a depot. */
export async function upsertDepot(db: Db, row: DepotRow): Promise<void> {
  await db
    .insert(depot)
    .values(row)
    .onConflictDoUpdate({
      target: depot.id,
      set: { nameEn: row.nameEn, nameZh: row.nameZh, city: row.city, basis: row.basis },
    });
}

/** Every depot, by id. */
export async function listDepots(db: Db): Promise<DepotRow[]> {
  return db.select().from(depot).orderBy(asc(depot.id));
}

/** Inserts or replaces an item's reserve rule and production, raising its version when it existed. */
export async function upsertSupplyItem(db: Db, row: Omit<SupplyItemRow, 'version'>): Promise<void> {
  await db
    .insert(supplyItem)
    .values(row)
    .onConflictDoUpdate({
      target: supplyItem.item,
      set: {
        reserveKind: row.reserveKind,
        reserveQuantity: row.reserveQuantity,
        reserveDaily: row.reserveDaily,
        reserveDays: row.reserveDays,
        productionPerDay: row.productionPerDay,
        basis: row.basis,
        note: row.note,
        version: sql`${supplyItem.version} + 1`,
      },
    });
}

/** Every item with a supply record, by item id. */
export async function listSupplyItems(db: Db): Promise<SupplyItemRow[]> {
  return db.select().from(supplyItem).orderBy(asc(supplyItem.item));
}

/** Within a transaction, locks the supply records of `items` (in item order) and returns them. */
export async function lockSupplyItems(db: Db, items: readonly string[]): Promise<SupplyItemRow[]> {
  if (items.length === 0) return [];
  return db
    .select()
    .from(supplyItem)
    .where(inArray(supplyItem.item, [...items]))
    .orderBy(asc(supplyItem.item))
    .for('update');
}

/** Raises an item's supply version: drafts made before this change are stale. */
export async function bumpSupplyVersion(db: Db, item: string): Promise<void> {
  await db
    .update(supplyItem)
    .set({ version: sql`${supplyItem.version} + 1` })
    .where(eq(supplyItem.item, item));
}

/** Stock rows of `items` (all when omitted), by item then depot; `lock` takes row locks in that order. */
export async function stockOf(
  db: Db,
  items?: readonly string[],
  lock = false,
): Promise<DepotStockRow[]> {
  const query = db
    .select()
    .from(depotStock)
    .where(items ? inArray(depotStock.item, [...items, '']) : undefined)
    .orderBy(asc(depotStock.item), asc(depotStock.depotId));
  return lock ? query.for('update') : query;
}

/**
 * Applies a ledger movement: changes depot_stock by its deltas (creating the row) and appends it to
 * stock_movement. The table's checks refuse negative stock or allocation beyond what is on hand.
 */
export async function applyMovement(db: Db, movement: NewMovement): Promise<void> {
  // UPDATE first: the row's checks would refuse an INSERT of a bare delta even when ON CONFLICT would update.
  const updated = await db
    .update(depotStock)
    .set({
      onHand: sql`${depotStock.onHand} + ${movement.onHandDelta}`,
      allocated: sql`${depotStock.allocated} + ${movement.allocatedDelta}`,
    })
    .where(and(eq(depotStock.item, movement.item), eq(depotStock.depotId, movement.depotId)))
    .returning({ item: depotStock.item });
  if (updated.length === 0) {
    await db.insert(depotStock).values({
      item: movement.item,
      depotId: movement.depotId,
      onHand: movement.onHandDelta,
      allocated: movement.allocatedDelta,
    });
  }
  await db.insert(stockMovement).values(movement);
}

/** Records a contribution (its stock movement is applied separately). */
export async function insertContribution(db: Db, row: ContributionRow): Promise<void> {
  await db.insert(contribution).values(row);
}

/** Every contribution, by id. */
export async function listContributions(db: Db): Promise<ContributionRow[]> {
  return db.select().from(contribution).orderBy(asc(contribution.id));
}

/** Sums of the ledger per item and depot: what depot_stock must equal. */
export async function ledgerTotals(
  db: Db,
): Promise<{ item: string; depotId: string; onHand: number; allocated: number }[]> {
  const result = await db.execute(sql`
    SELECT item, depot_id, sum(on_hand_delta)::bigint AS on_hand, sum(allocated_delta)::bigint AS allocated
    FROM stock_movement GROUP BY item, depot_id ORDER BY item, depot_id`);
  return rowsOf<{ item: string; depot_id: string; on_hand: string; allocated: string }>(result).map(
    (r) => ({
      item: r.item,
      depotId: r.depot_id,
      onHand: Number(r.on_hand),
      allocated: Number(r.allocated),
    }),
  );
}

/** Stock that entered depots, oldest first, with its donor ("government stock" unless a contribution). */
export async function stockInflows(
  db: Db,
): Promise<{ id: number; item: string; depotId: string; quantity: number; donor: string }[]> {
  const result = await db.execute(sql`
    SELECT m.id, m.item, m.depot_id, m.on_hand_delta AS quantity, coalesce(c.donor, 'government stock') AS donor
    FROM stock_movement m LEFT JOIN contribution c ON c.id = m.contribution_id
    WHERE m.kind IN ('receipt', 'contribution') AND m.on_hand_delta > 0
    ORDER BY m.id`);
  return rowsOf<{ id: string; item: string; depot_id: string; quantity: string; donor: string }>(
    result,
  ).map((r) => ({
    id: Number(r.id),
    item: r.item,
    depotId: r.depot_id,
    quantity: Number(r.quantity),
    donor: r.donor,
  }));
}

/** Allocations in ledger order, with the recipient of the batch line they hold stock for. */
export async function allocationOutflows(
  db: Db,
): Promise<{ id: number; item: string; depotId: string; quantity: number; recipient: string }[]> {
  const result = await db.execute(sql`
    SELECT min(m.id) AS id, m.item, m.depot_id, a.quantity, bl.recipient
    FROM batch_allocation a
    JOIN batch_line bl ON bl.id = a.batch_line_id
    JOIN stock_movement m ON m.batch_id = bl.batch_id AND m.kind = 'allocation'
      AND m.item = a.item AND m.depot_id = a.depot_id
    GROUP BY a.batch_line_id, m.item, m.depot_id, a.quantity, bl.recipient
    ORDER BY min(m.id), a.batch_line_id`);
  return rowsOf<{
    id: string;
    item: string;
    depot_id: string;
    quantity: string;
    recipient: string;
  }>(result).map((r) => ({
    id: Number(r.id),
    item: r.item,
    depotId: r.depot_id,
    quantity: Number(r.quantity),
    recipient: r.recipient,
  }));
}
