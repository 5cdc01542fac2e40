// The consignment event log on the driver under test: order rules, idempotent retries, receipts with
// discrepancies, corrections as new events, dispatch out of the ledger, and the hash chain under tampering.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { rowsOf } from '../../src/db/db.types';
import { ledgerTotals, stockOf } from '../../src/db/supply.repository';
import { approveBatch } from '../../src/services/batch-approval.service';
import { draftBatch } from '../../src/services/batches.service';
import { postEvent } from '../../src/services/consignment-events.service';
import { BadRequestError, ConflictError } from '../../src/services/errors';
import {
  getConsignment,
  planConsignments,
  type ConsignmentDetail,
} from '../../src/services/logistics.service';
import { getSupply } from '../../src/services/supply.service';
import { verifyEvents } from '../../src/services/verify.service';
import { freshDatabase, TEST_DRIVER } from './fresh-database';
import { loadFixture } from './operations-fixture';

let database: Database;
let srb: ConsignmentDetail;
beforeAll(async () => {
  database = await freshDatabase();
  await loadFixture(database);
  await draftBatch(database, { id: 'b1', title: 'Batch 1' });
  await approveBatch(database, 'b1', { by: 'CIDCA' });
  const list = await planConsignments(database, 'b1');
  srb = list.find((c) => c.recipient === 'SRB')!;
});
afterAll(async () => {
  await database?.close();
});

const eventCount = async () =>
  Number(
    rowsOf<{ n: string }>(
      await database.db.execute(sql`SELECT count(*) AS n FROM consignment_event`),
    )[0]?.n,
  );

const post = (
  id: string,
  kind: Parameters<typeof postEvent>[2]['kind'],
  day: number,
  payload = {},
) => postEvent(database, srb.id, { id, kind, at: `2020-03-${day}T09:00:00+08:00`, payload });

describe(`consignment events on ${TEST_DRIVER}`, () => {
  it('refuses "received" before "departed", naming the next step, and records nothing', async () => {
    await post('evt-srb-packed', 'packed', 20, { by: 'Beijing depot' });
    const error = await post('evt-srb-early', 'received', 21, { signedBy: 'x', lines: [] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(
      /"received" cannot be recorded before "customs-cleared"/,
    );
    expect(await eventCount()).toBe(1);
  });

  it('records the steps in order, chained; a retry with the same id never doubles', async () => {
    await post('evt-srb-customs', 'customs-cleared', 20, { by: 'Beijing customs' });
    const departed = await post('evt-srb-departed', 'departed', 21);
    expect(departed).toMatchObject({ replayed: false, status: 'departed' });
    expect(departed.event.payload.flight).toBe(srb.flight?.flightNo);
    const retry = await post('evt-srb-departed', 'departed', 21);
    expect(retry).toMatchObject({
      replayed: true,
      event: { seq: departed.event.seq, hash: departed.event.hash },
    });
    expect(await eventCount()).toBe(3);
    const reused = await post('evt-srb-departed', 'arrived', 22).catch((e: unknown) => e);
    expect(reused).toBeInstanceOf(ConflictError);
    expect((reused as Error).message).toMatch(/already used by a different event/);
  });

  it('takes departed goods out of the depots in the ledger', async () => {
    const supply = await getSupply(database);
    const masks = supply.items.find((i) => i.item === 'mask-surgical')!;
    const srbMasks = srb.lines
      .filter((l) => l.item === 'mask-surgical')
      .reduce((s, l) => s + l.quantity, 0);
    expect(masks.onHand).toBe(400_000 - srbMasks);
    const stock = await stockOf(database.db);
    expect(await ledgerTotals(database.db)).toEqual(
      stock.map((s) => ({
        item: s.item,
        depotId: s.depotId,
        onHand: s.onHand,
        allocated: s.allocated,
      })),
    );
  });

  it('records a signed receipt with damaged and missing units, and refuses a bad one by field', async () => {
    await post('evt-srb-arrived', 'arrived', 21, { location: 'Belgrade Nikola Tesla airport' });
    await post('evt-srb-handover', 'handed-over', 21, { to: 'Serbian Ministry of Health' });
    const [first, ...rest] = srb.lines;
    const bad = await post('evt-srb-received-bad', 'received', 22, {
      signedBy: 'Dr M.',
      lines: [
        { lineId: first!.id, received: -1 },
        ...rest.map((l) => ({ lineId: l.id, received: l.quantity })),
      ],
    }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(BadRequestError);
    expect(bad).toMatchObject({ field: 'payload.lines.0.received' });
    const received = await post('evt-srb-received', 'received', 22, {
      signedBy: 'Dr M., Ministry of Health',
      lines: [
        { lineId: first!.id, received: first!.quantity - 7, damaged: 5 },
        ...rest.map((l) => ({ lineId: l.id, received: l.quantity })),
      ],
    });
    expect(received.status).toBe('received');
    const c = await getConsignment(database, srb.id);
    expect(c.view.receipt?.[0]).toEqual({
      lineId: first!.id,
      received: first!.quantity - 7,
      damaged: 5,
      missing: 2,
    });
  });

  it('corrects by a new event, never in place; the database refuses updates', async () => {
    const [first, ...rest] = srb.lines;
    await post('evt-srb-fix', 'correction', 23, {
      corrects: 'evt-srb-received',
      reason: 'the 2 missing were found in the hold',
      replacement: {
        signedBy: 'Dr M., Ministry of Health',
        lines: [
          { lineId: first!.id, received: first!.quantity - 5, damaged: 5 },
          ...rest.map((l) => ({ lineId: l.id, received: l.quantity })),
        ],
      },
    });
    const c = await getConsignment(database, srb.id);
    expect(c.view.receipt?.[0]).toMatchObject({ received: first!.quantity - 5, missing: 0 });
    expect(c.events.find((e) => e.id === 'evt-srb-received')?.payload.lines?.[0]?.missing).toBe(2);
    await expect(
      database.db.execute(
        sql`UPDATE consignment_event SET payload = '{}' WHERE id = 'evt-srb-received'`,
      ),
    ).rejects.toThrow();
    await expect(database.db.execute(sql`DELETE FROM consignment_event`)).rejects.toThrow();
  });

  it('verifies the chain, and finds an event changed behind the application’s back', async () => {
    expect(await verifyEvents(database)).toMatchObject({ ok: true, events: 7, breaks: [] });
    await database.db.execute(
      sql`ALTER TABLE consignment_event DISABLE TRIGGER consignment_event_append_only`,
    );
    await database.db.execute(
      sql`UPDATE consignment_event SET payload = jsonb_set(payload, '{flight}', '"XX999"') WHERE id = 'evt-srb-departed'`,
    );
    await database.db.execute(
      sql`ALTER TABLE consignment_event ENABLE TRIGGER consignment_event_append_only`,
    );
    const report = await verifyEvents(database);
    expect(report.ok).toBe(false);
    expect(report.breaks).toEqual([
      expect.objectContaining({
        consignmentId: srb.id,
        eventId: 'evt-srb-departed',
        problem: 'hash',
      }),
    ]);
  });
});
