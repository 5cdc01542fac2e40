// Batches on the driver under test: the engine's draft, hand edits with reasons, compare, approval with
// stock held atomically, stale drafts and over-allocation refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { ledgerTotals, stockOf } from '../../src/db/supply.repository';
import { approveBatch } from '../../src/services/batch-approval.service';
import {
  compareBatches,
  discardBatch,
  draftBatch,
  editBatchLine,
  getBatch,
} from '../../src/services/batches.service';
import { BadRequestError, ConflictError } from '../../src/services/errors';
import { getRequest } from '../../src/services/requests.service';
import { changeStock, getSupply } from '../../src/services/supply.service';
import { freshDatabase, TEST_DRIVER } from './fresh-database';
import { FIXTURE_STOCK, loadFixture } from './operations-fixture';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
  await loadFixture(database);
});
afterAll(async () => {
  await database?.close();
});

/** The ledger sums to depot_stock for every item and depot, to the unit. */
async function expectLedgerBalanced() {
  const stock = await stockOf(database.db);
  expect(await ledgerTotals(database.db)).toEqual(
    stock.map((s) => ({
      item: s.item,
      depotId: s.depotId,
      onHand: s.onHand,
      allocated: s.allocated,
    })),
  );
}

describe(`batches on ${TEST_DRIVER}`, () => {
  it('drafts the engine proposal: whole packs, within what remains agreed and what may be allocated', async () => {
    const draft = await draftBatch(database, { id: 'b5-a', title: 'Batch 5, engine', number: 5 });
    expect(draft).toMatchObject({ status: 'draft', origin: 'engine', stale: [] });
    expect(draft.lines).toHaveLength(9);
    for (const l of draft.lines) {
      expect(l.proposed).toBe(l.quantity);
      expect(l.quantity % l.packSize === 0).toBe(true);
      expect(l.reason?.en.length).toBeGreaterThan(10);
    }
    for (const [item, s] of Object.entries(FIXTURE_STOCK)) {
      const total = draft.totals.items.find((t) => t.item === item)?.quantity ?? 0;
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(s.stock - s.reserve);
    }
    const ventilators = draft.lines.filter((l) => l.item === 'ventilator');
    // 60 in stock, 20 reserved: 40 for 60 asked; shortage shared by weight, none over its agreement.
    expect(ventilators.reduce((s, l) => s + l.quantity, 0)).toBe(40);
  });

  it('edits a line with its reason, keeping the engine original, and refuses bad quantities', async () => {
    const before = await getBatch(database, 'b5-a');
    const line = before.lines.find((l) => l.recipient === 'SRB' && l.item === 'mask-surgical')!;
    const after = await editBatchLine(database, 'b5-a', line.id, {
      quantity: line.quantity - 4_000,
      reason: 'Serbia received 4,000 masks from a province directly',
      by: 'desk officer',
    });
    const edited = after.lines.find((l) => l.id === line.id)!;
    expect(edited).toMatchObject({ proposed: line.quantity, quantity: line.quantity - 4_000 });
    expect(edited.edits).toEqual([
      expect.objectContaining({
        fromQuantity: line.quantity,
        toQuantity: line.quantity - 4_000,
        reason: 'Serbia received 4,000 masks from a province directly',
      }),
    ]);
    const fractional = await editBatchLine(database, 'b5-a', line.id, {
      quantity: 1_000,
      reason: 'x',
    }).catch((e: unknown) => e);
    expect(fractional).toBeInstanceOf(BadRequestError);
    expect((fractional as Error).message).toMatch(/not a whole number of packs of 2000/);
    await expect(
      editBatchLine(database, 'b5-a', line.id, { quantity: -2_000, reason: 'x' }),
    ).rejects.toThrow(/must not be negative/);
    await expect(
      editBatchLine(database, 'b5-a', line.id, { quantity: 200_000, reason: 'x' }),
    ).rejects.toThrow(/more than the 100000 units still agreed/);
    await expect(
      editBatchLine(database, 'b5-a', line.id, { quantity: 2_000, reason: ' ' }),
    ).rejects.toMatchObject({ field: 'reason' });
  });

  it('drafts by hand and compares two drafts line by line', async () => {
    const hand = await draftBatch(database, {
      id: 'b5-b',
      title: 'Batch 5, masks first',
      lines: [
        { requestLineId: 'r-ita.1', quantity: 200_000 },
        { requestLineId: 'r-pak.3', quantity: 20 },
      ],
    });
    expect(hand.origin).toBe('manual');
    const c = await compareBatches(database, 'b5-a', 'b5-b');
    const ita = c.lines.find((l) => l.requestLineId === 'r-ita.1')!;
    expect(ita.b).toBe(200_000);
    expect(ita.diff).toBe(200_000 - ita.a);
    expect(c.changed).toBeGreaterThan(0);
    await expect(
      draftBatch(database, {
        title: 'bad',
        lines: [{ requestLineId: 'r-ita.1', quantity: 3_000 }],
      }),
    ).rejects.toMatchObject({ field: 'lines.0.quantity' });
    await expect(
      draftBatch(database, { title: 'bad', lines: [{ requestLineId: 'nope.1', quantity: 2_000 }] }),
    ).rejects.toMatchObject({ field: 'lines.0.requestLineId' });
  });

  it('approves a draft: holds stock in depots, writes the ledger, updates the requests', async () => {
    const approved = await approveBatch(database, 'b5-b', { by: 'CIDCA' });
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'CIDCA' });
    const supply = await getSupply(database);
    const masks = supply.items.find((i) => i.item === 'mask-surgical')!;
    expect(masks).toMatchObject({ onHand: 400_000, allocated: 200_000, allocatable: 100_000 });
    expect(masks.depots.reduce((s, d) => s + d.allocated, 0)).toBe(200_000);
    expect((await getRequest(database, 'r-ita')).status).toBe('partly-allocated');
    expect((await getRequest(database, 'r-ita')).lines[0]).toMatchObject({
      allocated: 200_000,
      remaining: 0,
    });
    await expectLedgerBalanced();
    await expect(approveBatch(database, 'b5-b', { by: 'x' })).rejects.toThrow(/already approved/);
  });

  it('refuses a draft that would allocate beyond what remains agreed, changing nothing', async () => {
    const before = await getSupply(database);
    const error = await approveBatch(database, 'b5-a', { by: 'CIDCA' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(
      /request line r-ita\.1 has 0 units of mask-surgical left/,
    );
    expect(await getSupply(database)).toEqual(before);
    expect((await getBatch(database, 'b5-a')).status).toBe('draft');
  });

  it('refuses a stale draft once stock arrived, and never allocates the reserve', async () => {
    const draft = await draftBatch(database, { id: 'b5-c', title: 'Batch 5, again' });
    expect(draft.stale).toEqual([]);
    await changeStock(database, { depot: 'SHA', item: 'ventilator', quantity: 5 });
    expect((await getBatch(database, 'b5-c')).stale).toEqual([
      'stock or reserve of ventilator changed',
    ]);
    await expect(approveBatch(database, 'b5-c', { by: 'x' })).rejects.toThrow(
      /batch b5-c is stale: stock or reserve of ventilator changed/,
    );
    await discardBatch(database, 'b5-c');
    const fresh = await draftBatch(database, { id: 'b5-d', title: 'Batch 5, final' });
    await approveBatch(database, 'b5-d', { by: 'CIDCA' });
    const supply = await getSupply(database);
    for (const i of supply.items) {
      expect(i.onHand - i.allocated).toBeGreaterThanOrEqual(i.reserve);
    }
    // 65 on hand − 20 held for Pakistan − 20 reserve = 25 more, for Italy and Serbia's 40 still agreed.
    expect(fresh.totals.items.find((t) => t.item === 'ventilator')?.quantity).toBe(25);
    expect(supply.items.find((i) => i.item === 'ventilator')).toMatchObject({
      onHand: 65,
      reserve: 20,
      allocated: 45,
      allocatable: 0,
    });
    await expectLedgerBalanced();
  });
});
