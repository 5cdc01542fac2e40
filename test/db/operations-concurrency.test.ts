// 32 concurrent approvals of overlapping drafts. On a PostgreSQL server (npm run test:pg) they really
// run at once on separate connections; on PGlite they are serialised. Either way nothing may be allocated
// beyond what is there, the reserve stays untouched, no request line gets more than was agreed, and the
// ledger balances to the unit.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { rowsOf } from '../../src/db/db.types';
import { ledgerTotals, stockOf } from '../../src/db/supply.repository';
import { approveBatch } from '../../src/services/batch-approval.service';
import { draftBatchIn } from '../../src/services/batches.service';
import { ConflictError } from '../../src/services/errors';
import { agreeRequestIn, createRequestIn } from '../../src/services/requests.service';
import { changeStockIn, saveDepotIn, setItemSettingsIn } from '../../src/services/supply.service';
import { freshDatabase, TEST_DRIVER } from './fresh-database';

const DRAFTS = 32;
const MASKS = { stock: 1_000_000, reserve: 200_000 };
const VENTILATORS = { stock: 100, reserve: 30 };
const recipients = [
  'ITA',
  'PAK',
  'SRB',
  'KHM',
  'IRN',
  'IRQ',
  'ESP',
  'FRA',
  'DEU',
  'GRC',
  'PHL',
  'LAO',
  'MMR',
  'NPL',
  'ZAF',
  'ETH',
];

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
  await database.transaction(async (tx) => {
    await saveDepotIn(tx, {
      id: 'PEK',
      nameEn: 'Beijing',
      nameZh: '北京',
      city: 'Beijing',
      basis: 'entered',
    });
    await saveDepotIn(tx, {
      id: 'CAN',
      nameEn: 'Guangzhou',
      nameZh: '广州',
      city: 'Guangzhou',
      basis: 'entered',
    });
    await setItemSettingsIn(tx, {
      item: 'mask-surgical',
      reserve: { kind: 'fixed', quantity: MASKS.reserve },
    });
    await setItemSettingsIn(tx, {
      item: 'ventilator',
      reserve: { kind: 'fixed', quantity: VENTILATORS.reserve },
    });
    for (const [item, total] of [
      ['mask-surgical', MASKS.stock],
      ['ventilator', VENTILATORS.stock],
    ] as const) {
      await changeStockIn(tx, { depot: 'PEK', item, quantity: total * 0.6 });
      await changeStockIn(tx, { depot: 'CAN', item, quantity: total * 0.4 });
    }
    for (const r of recipients) {
      const id = `req-${r.toLowerCase()}`;
      await createRequestIn(tx, {
        id,
        recipient: r,
        kind: 'supplies',
        title: `Masks and ventilators for ${r}`,
        lines: [
          { item: 'mask-surgical', asked: 120_000 },
          { item: 'ventilator', asked: 12 },
        ],
      });
      await agreeRequestIn(tx, id, { agreedBy: 'both governments' });
    }
    // Each draft takes from three neighbouring recipients: every request line is in six drafts.
    for (let d = 0; d < DRAFTS; d++) {
      const lines = [0, 1, 2].flatMap((k) => {
        const r = recipients[(d + k) % recipients.length]!.toLowerCase();
        return [
          { requestLineId: `req-${r}.1`, quantity: 60_000 },
          ...(d % 2 === 0 ? [{ requestLineId: `req-${r}.2`, quantity: 5 }] : []),
        ];
      });
      // Drafts list their lines in different orders, so lock order must not depend on the draft.
      await draftBatchIn(tx, {
        id: `d${d}`,
        title: `Draft ${d}`,
        lines: d % 3 === 0 ? lines.reverse() : lines,
      });
    }
  });
}, 120_000);
afterAll(async () => {
  await database?.close();
});

describe(`${DRAFTS} concurrent approvals on ${TEST_DRIVER}`, () => {
  it('never allocate beyond the stock, into the reserve or beyond an agreement; the ledger balances', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: DRAFTS }, (_, d) =>
        approveBatch(database, `d${d}`, { by: `approver ${d}` }),
      ),
    );
    const approved = results.filter((r) => r.status === 'fulfilled').length;
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    console.log(
      `${TEST_DRIVER}: ${approved} of ${DRAFTS} approvals succeeded, ${refused.length} refused`,
    );
    for (const reason of refused) {
      expect(reason).toBeInstanceOf(ConflictError);
      expect((reason as Error).message).toMatch(/not enough|left to allocate/);
    }
    expect(approved).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);

    const stock = await stockOf(database.db);
    for (const [item, s] of [
      ['mask-surgical', MASKS],
      ['ventilator', VENTILATORS],
    ] as const) {
      const rows = stock.filter((r) => r.item === item);
      const onHand = rows.reduce((a, r) => a + r.onHand, 0);
      const held = rows.reduce((a, r) => a + r.allocated, 0);
      expect(onHand).toBe(s.stock);
      expect(held).toBeLessThanOrEqual(s.stock - s.reserve);
      for (const r of rows) expect(r.allocated).toBeLessThanOrEqual(r.onHand);
    }
    // What depots hold equals what approved batches' lines hold, which equals the approved lines' units.
    const [sums] = rowsOf<{ lines: string; holdings: string; held: string }>(
      await database.db.execute(sql`
        SELECT
          (SELECT coalesce(sum(bl.quantity), 0) FROM batch_line bl JOIN batch b ON b.id = bl.batch_id WHERE b.status = 'approved') AS lines,
          (SELECT coalesce(sum(quantity), 0) FROM batch_allocation) AS holdings,
          (SELECT coalesce(sum(allocated), 0) FROM depot_stock) AS held`),
    );
    expect(Number(sums?.lines)).toBe(Number(sums?.holdings));
    expect(Number(sums?.holdings)).toBe(Number(sums?.held));
    const masksHeld = stock
      .filter((r) => r.item === 'mask-surgical')
      .reduce((a, r) => a + r.allocated, 0);
    expect(masksHeld).toBe(approved * 3 * 60_000);
    // No request line got more than agreed.
    const over = rowsOf<{ id: string }>(
      await database.db.execute(sql`
        SELECT rl.id FROM request_line rl
        JOIN batch_line bl ON bl.request_line_id = rl.id JOIN batch b ON b.id = bl.batch_id AND b.status = 'approved'
        GROUP BY rl.id, rl.agreed HAVING sum(bl.quantity) > rl.agreed`),
    );
    expect(over).toEqual([]);
    expect(await ledgerTotals(database.db)).toEqual(
      stock.map((s) => ({
        item: s.item,
        depotId: s.depotId,
        onHand: s.onHand,
        allocated: s.allocated,
      })),
    );
    const [batches] = rowsOf<{ approved: string; draft: string }>(
      await database.db.execute(sql`
        SELECT count(*) FILTER (WHERE status = 'approved') AS approved, count(*) FILTER (WHERE status = 'draft') AS draft FROM batch`),
    );
    expect(Number(batches?.approved)).toBe(approved);
    expect(Number(batches?.draft)).toBe(refused.length);
  }, 120_000);
});
