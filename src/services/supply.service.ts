// Use cases: the donor's depots and stock, the domestic reserve rule and production per item, stock
// receipts and adjustments, contributions from other donors, and what each donor's goods reached.
import { DEFAULT_POLICY, reserveUnits, type ReserveRule } from '../core/allocation';
import { donorReach, type DonorReach } from '../core/logistics';
import { CATALOGUE, itemById } from '../core/reference/catalogue';
import { isIsoDate } from '../core/situation/dates';
import type { Database } from '../db/database';
import type { Db } from '../db/db.types';
import type { RecordBasis } from '../db/schema';
import {
  allocationOutflows,
  applyMovement,
  bumpSupplyVersion,
  insertContribution,
  listContributions,
  listDepots,
  listSupplyItems,
  lockSupplyItems,
  stockInflows,
  stockOf,
  upsertDepot,
  upsertSupplyItem,
  type ContributionRow,
  type DepotRow,
  type SupplyItemRow,
} from '../db/supply.repository';
import { recordAudit } from './audit.service';
import { BadRequestError, ConflictError, NotFoundError } from './errors';
import { newId, today } from './requests.service';

/** One item's position: stock, what approved batches hold, the reserve, and what may still be allocated. */
export interface ItemPosition {
  item: string;
  nameEn: string;
  nameZh: string;
  packSize: number;
  onHand: number;
  /** Held by approved batches, not yet dispatched. */
  allocated: number;
  reserve: number;
  reserveRule: ReserveRule;
  /** onHand − allocated − reserve, never negative. */
  allocatable: number;
  productionPerDay: number;
  version: number;
  basis: RecordBasis;
  note: string | null;
  depots: { depot: string; onHand: number; allocated: number }[];
}

/** The supply picture: depots and every item's position. */
export interface SupplyView {
  depots: DepotRow[];
  items: ItemPosition[];
}

/** The reserve rule stored for an item. */
export function ruleOf(row: SupplyItemRow | undefined): ReserveRule {
  if (!row) return { kind: 'fixed', quantity: 0 };
  return row.reserveKind === 'fixed'
    ? { kind: 'fixed', quantity: row.reserveQuantity }
    : {
        kind: 'cover-days',
        dailyConsumption: row.reserveDaily,
        ...(row.reserveDays === null ? {} : { days: row.reserveDays }),
      };
}

/** Units an item's reserve keeps back (cover days default to the default policy's). */
export function reserveOf(row: SupplyItemRow | undefined): number {
  return reserveUnits(ruleOf(row), DEFAULT_POLICY);
}

/** Every item's position (items without stock or rule are left out). */
export async function supplyPositions(db: Db, items?: readonly string[]): Promise<ItemPosition[]> {
  const rules = new Map((await listSupplyItems(db)).map((r) => [r.item, r]));
  const stock = await stockOf(db, items);
  const ids = new Set([...stock.map((s) => s.item), ...rules.keys()]);
  return CATALOGUE.filter((c) => ids.has(c.id) && (!items || items.includes(c.id))).map((c) => {
    const rows = stock.filter((s) => s.item === c.id);
    const onHand = rows.reduce((a, r) => a + r.onHand, 0);
    const allocated = rows.reduce((a, r) => a + r.allocated, 0);
    const row = rules.get(c.id);
    const reserve = reserveOf(row);
    return {
      item: c.id,
      nameEn: c.nameEn,
      nameZh: c.nameZh,
      packSize: c.packSize,
      onHand,
      allocated,
      reserve,
      reserveRule: ruleOf(row),
      allocatable: Math.max(0, onHand - allocated - reserve),
      productionPerDay: row?.productionPerDay ?? 0,
      version: row?.version ?? 0,
      basis: row?.basis ?? 'entered',
      note: row?.note ?? null,
      depots: rows.map((r) => ({ depot: r.depotId, onHand: r.onHand, allocated: r.allocated })),
    };
  });
}

/** Depots and every item's position. */
export async function getSupply(database: Database): Promise<SupplyView> {
  return database.transaction(async (tx) => ({
    depots: await listDepots(tx),
    items: await supplyPositions(tx),
  }));
}

function checkItem(id: string, field = 'item'): string {
  const item = itemById(id);
  if (!item) throw new BadRequestError(`unknown item "${id}" (not in the catalogue)`, field);
  return item.id;
}

function checkCount(value: number, field: string, allowZero = false): void {
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new BadRequestError(
      `${field} must be a whole number of units ${allowZero ? '>= 0' : '> 0'}, got ${value}`,
      field,
    );
  }
}

async function checkDepot(db: Db, id: string): Promise<void> {
  if (!(await listDepots(db)).some((d) => d.id === id)) {
    throw new NotFoundError(`no depot "${id}"`, 'depot', id);
  }
}

/** Creates or renames a depot. */
export async function saveDepotIn(tx: Db, row: DepotRow): Promise<void> {
  if (!/^[A-Za-z0-9-]+$/.test(row.id)) {
    throw new BadRequestError(`depot id must be letters, digits and "-", got "${row.id}"`, 'id');
  }
  const before = (await listDepots(tx)).find((d) => d.id === row.id) ?? null;
  await upsertDepot(tx, row);
  await recordAudit(tx, {
    action: 'depot.save',
    entity: 'depot',
    entityId: row.id,
    before,
    after: row,
  });
}

/** An item's reserve rule and expected production. */
export interface ItemSettings {
  item: string;
  reserve: ReserveRule;
  productionPerDay?: number | undefined;
  basis?: RecordBasis | undefined;
  note?: string | null | undefined;
}

/** Sets an item's domestic reserve rule and production; drafts made before become stale. */
export async function setItemSettingsIn(tx: Db, s: ItemSettings): Promise<void> {
  const item = checkItem(s.item);
  const r = s.reserve;
  if (r.kind === 'fixed') checkCount(r.quantity, 'reserve.quantity', true);
  else {
    checkCount(r.dailyConsumption, 'reserve.dailyConsumption', true);
    if (r.days !== undefined) checkCount(r.days, 'reserve.days', true);
  }
  checkCount(s.productionPerDay ?? 0, 'productionPerDay', true);
  const [before] = await lockSupplyItems(tx, [item]);
  await upsertSupplyItem(tx, {
    item,
    reserveKind: r.kind,
    reserveQuantity: r.kind === 'fixed' ? r.quantity : 0,
    reserveDaily: r.kind === 'cover-days' ? r.dailyConsumption : 0,
    reserveDays: r.kind === 'cover-days' ? (r.days ?? null) : null,
    productionPerDay: s.productionPerDay ?? 0,
    basis: s.basis ?? 'entered',
    note: s.note ?? null,
  });
  const [after] = await lockSupplyItems(tx, [item]);
  await recordAudit(tx, {
    action: 'supply-item.settings',
    entity: 'supply-item',
    entityId: item,
    before: before ?? null,
    after,
  });
}

/** Stock arriving at (or, negative, written off from) a depot. */
export interface StockChange {
  depot: string;
  item: string;
  quantity: number;
  note?: string | null | undefined;
}

async function ensureSupplyItem(tx: Db, item: string): Promise<void> {
  if ((await lockSupplyItems(tx, [item])).length === 0) {
    await upsertSupplyItem(tx, {
      item,
      reserveKind: 'fixed',
      reserveQuantity: 0,
      reserveDaily: 0,
      reserveDays: null,
      productionPerDay: 0,
      basis: 'entered',
      note: null,
    });
    await lockSupplyItems(tx, [item]);
  }
}

/**
 * Receives stock (quantity > 0) or adjusts it (kind adjustment: any non-zero whole number, never below
 * what approved batches hold). Raises the item's version: drafts made before become stale.
 */
export async function changeStockIn(
  tx: Db,
  change: StockChange,
  kind: 'receipt' | 'adjustment' = 'receipt',
): Promise<void> {
  const item = checkItem(change.item);
  if (kind === 'receipt') checkCount(change.quantity, 'quantity');
  else if (!Number.isInteger(change.quantity) || change.quantity === 0) {
    throw new BadRequestError(
      `quantity must be a non-zero whole number of units, got ${change.quantity}`,
      'quantity',
    );
  }
  await checkDepot(tx, change.depot);
  await ensureSupplyItem(tx, item);
  const [row] = (await stockOf(tx, [item], true)).filter((s) => s.depotId === change.depot);
  if (change.quantity < 0 && (row?.onHand ?? 0) + change.quantity < (row?.allocated ?? 0)) {
    throw new ConflictError(
      `cannot remove ${-change.quantity} ${item} from ${change.depot}: it has ${row?.onHand ?? 0} on hand, ${row?.allocated ?? 0} of them held by approved batches`,
    );
  }
  await applyMovement(tx, {
    item,
    depotId: change.depot,
    kind,
    onHandDelta: change.quantity,
    allocatedDelta: 0,
    note: change.note ?? null,
  });
  await bumpSupplyVersion(tx, item);
  const [after] = (await stockOf(tx, [item])).filter((s) => s.depotId === change.depot);
  await recordAudit(tx, {
    action: `stock.${kind}`,
    entity: 'stock',
    entityId: `${change.depot}/${item}`,
    before: row ?? null,
    after: { ...after, change: change.quantity, note: change.note ?? null },
  });
}

/** Receives or adjusts stock; returns the item's new position. */
export async function changeStock(
  database: Database,
  change: StockChange,
  kind: 'receipt' | 'adjustment' = 'receipt',
): Promise<ItemPosition> {
  return database.transaction(async (tx) => {
    await changeStockIn(tx, change, kind);
    return (await supplyPositions(tx, [change.item]))[0]!;
  });
}

/** A contribution as given. */
export type NewContribution = Omit<ContributionRow, 'id' | 'receivedOn' | 'basis' | 'note'> & {
  id?: string | undefined;
  receivedOn?: string | undefined;
  basis?: RecordBasis | undefined;
  note?: string | null | undefined;
};

/** Records another donor's goods entering the pool (a contribution movement); returns its id. */
export async function addContributionIn(tx: Db, c: NewContribution): Promise<string> {
  const item = checkItem(c.item);
  checkCount(c.quantity, 'quantity');
  if (!c.donor.trim()) throw new BadRequestError('donor must name who gave the goods', 'donor');
  if (c.receivedOn !== undefined && !isIsoDate(c.receivedOn)) {
    throw new BadRequestError(
      `receivedOn must be a YYYY-MM-DD date, got "${c.receivedOn}"`,
      'receivedOn',
    );
  }
  await checkDepot(tx, c.depotId);
  await ensureSupplyItem(tx, item);
  const id = c.id ?? newId('don');
  await insertContribution(tx, {
    id,
    donor: c.donor.trim(),
    donorKind: c.donorKind,
    depotId: c.depotId,
    item,
    quantity: c.quantity,
    receivedOn: c.receivedOn ?? today(),
    basis: c.basis ?? 'entered',
    note: c.note ?? null,
  });
  await applyMovement(tx, {
    item,
    depotId: c.depotId,
    kind: 'contribution',
    onHandDelta: c.quantity,
    allocatedDelta: 0,
    contributionId: id,
    note: `from ${c.donor.trim()}`,
  });
  await bumpSupplyVersion(tx, item);
  await recordAudit(tx, {
    action: 'contribution.create',
    entity: 'contribution',
    entityId: id,
    after: (await listContributions(tx)).find((x) => x.id === id),
  });
  return id;
}

/** Records a contribution; returns it. */
export async function addContribution(
  database: Database,
  c: NewContribution,
): Promise<ContributionRow> {
  return database.transaction(async (tx) => {
    const id = await addContributionIn(tx, c);
    return (await listContributions(tx)).find((x) => x.id === id)!;
  });
}

/** Contributions and, per donor, which recipients its goods reached (first in, first out per depot). */
export async function getDonorReport(
  database: Database,
): Promise<{ contributions: ContributionRow[]; reach: DonorReach[] }> {
  return database.transaction(async (tx) => {
    const ins = (await stockInflows(tx)).map((r) => ({ ...r, depot: r.depotId, order: r.id }));
    const outs = (await allocationOutflows(tx)).map((r) => ({
      ...r,
      depot: r.depotId,
      order: r.id,
    }));
    return { contributions: await listContributions(tx), reach: donorReach(ins, outs) };
  });
}
