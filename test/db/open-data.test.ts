// The open-data queries on the driver under test: rows per approved batch x recipient x item streamed
// through a cursor in small chunks (receipts with their latest correction, departures, least advanced
// status), the cursor closed when the reader stops early, and the fingerprint behind the ETags.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SupplyRow } from '../../src/core/open-data';
import type { Database } from '../../src/db/database';
import { linesOfBatch } from '../../src/db/batches.repository';
import {
  exchangeSessions,
  expertTeams,
  openDataFingerprint,
  supplyRowChunks,
} from '../../src/db/open-data.repository';
import { approveBatch } from '../../src/services/batch-approval.service';
import { draftBatch } from '../../src/services/batches.service';
import { postEvent, type PostedEvent } from '../../src/services/consignment-events.service';
import { planConsignments, type ConsignmentDetail } from '../../src/services/logistics.service';
import { freshDatabase, TEST_DRIVER } from './fresh-database';
import { loadFixture } from './operations-fixture';

let database: Database;
let consignments: ConsignmentDetail[];
const of = (recipient: string) => consignments.filter((c) => c.recipient === recipient);

async function journey(c: ConsignmentDetail, upTo: number): Promise<PostedEvent[]> {
  const steps = [
    ['packed', { by: 'Beijing depot' }],
    ['customs-cleared', { by: 'Beijing customs' }],
    ['departed', {}],
    ['arrived', { location: 'airport' }],
    ['handed-over', { to: 'Ministry of Health' }],
  ] as const;
  const out = [];
  for (const [i, [kind, payload]] of steps.slice(0, upTo).entries()) {
    out.push(
      await postEvent(database, c.id, {
        id: `${c.id}-${kind}`,
        kind,
        at: `2020-03-2${i}T09:00:00Z`,
        payload,
      }),
    );
  }
  return out;
}

let receipts: Map<string, { received: number; damaged: number; missing: number }>;
let receivedAt: string;
let departedAt: string;
beforeAll(async () => {
  database = await freshDatabase();
  await loadFixture(database);
  await draftBatch(database, { id: 'b1', title: 'Batch 1', number: 1 });
  await approveBatch(database, 'b1', { by: 'CIDCA' });
  await draftBatch(database, { id: 'b2', title: 'A draft never approved' });
  consignments = await planConsignments(database, 'b1');
  receipts = new Map();
  for (const c of of('SRB')) {
    const steps = await journey(c, 5);
    departedAt = steps[2]!.event.at;
    const lines = c.lines.map((l) => ({ lineId: l.id, received: l.quantity - 3, damaged: 1 }));
    const received = await postEvent(database, c.id, {
      id: `${c.id}-received`,
      kind: 'received',
      at: '2020-03-26T09:00:00Z',
      payload: { signedBy: 'Dr M.', lines },
    });
    receivedAt = received.event.at;
    // Two corrections: the later one is what counts.
    for (const [n, short] of [
      [1, 2],
      [2, 1],
    ] as const) {
      await postEvent(database, c.id, {
        id: `${c.id}-fix-${n}`,
        kind: 'correction',
        at: `2020-03-2${6 + n}T09:00:00Z`,
        payload: {
          corrects: `${c.id}-received`,
          reason: 'recount',
          replacement: {
            signedBy: 'Dr M.',
            lines: c.lines.map((l) => ({ lineId: l.id, received: l.quantity - short, damaged: 0 })),
          },
        },
      });
    }
    for (const l of c.lines) {
      const r = receipts.get(l.item) ?? { received: 0, damaged: 0, missing: 0 };
      receipts.set(l.item, {
        received: r.received + l.quantity - 1,
        damaged: 0,
        missing: r.missing + 1,
      });
    }
  }
  for (const c of of('PAK')) await journey(c, 3);
}, 120_000);
afterAll(async () => {
  await database?.close();
});

async function allRows(chunkSize: number): Promise<{ chunks: number; rows: SupplyRow[] }> {
  return database.transaction(async (tx) => {
    let chunks = 0;
    const rows: SupplyRow[] = [];
    for await (const chunk of supplyRowChunks(tx, chunkSize)) {
      chunks++;
      expect(chunk.length).toBeLessThanOrEqual(chunkSize);
      rows.push(...chunk);
    }
    return { chunks, rows };
  });
}

describe(`open-data queries on ${TEST_DRIVER}`, () => {
  it('streams one row per approved batch x recipient x item, in order, in chunks of the size asked', async () => {
    const { chunks, rows } = await allRows(2);
    const lines = await linesOfBatch(database.db, 'b1');
    const expected = new Map<string, number>();
    for (const l of lines)
      expected.set(
        `${l.recipient}|${l.item}`,
        (expected.get(`${l.recipient}|${l.item}`) ?? 0) + l.quantity,
      );
    expect(new Map(rows.map((r) => [`${r.recipient}|${r.item}`, r.allocated]))).toEqual(expected);
    expect(rows.every((r) => r.batchId === 'b1' && r.batchNumber === 1)).toBe(true);
    expect(chunks).toBe(Math.ceil(rows.length / 2));
    const keys = rows.map((r) => `${r.recipient}|${r.item}`);
    expect(keys).toEqual([...keys].sort());
    expect(rows.find((r) => r.recipient === 'ITA')?.via).toBe('EU');
  });

  it('counts receipts with their latest correction, and dates departures and receipts', async () => {
    const { rows } = await allRows(1000);
    const srb = rows.filter((r) => r.recipient === 'SRB');
    expect(srb.length).toBeGreaterThan(0);
    for (const r of srb) {
      expect(r, r.item).toMatchObject({
        ...receipts.get(r.item),
        shipped: r.allocated,
        packed: r.allocated,
        leastStatus: 'received',
        firstDeparted: departedAt,
        lastReceived: receivedAt,
      });
      expect(r.consignee).toBeTruthy();
    }
  });

  it('gives the least advanced status: departed goods, and consignments only planned', async () => {
    const { rows } = await allRows(1000);
    for (const r of rows.filter((x) => x.recipient === 'PAK')) {
      expect(r).toMatchObject({
        shipped: r.allocated,
        received: 0,
        leastStatus: 'departed',
        lastReceived: null,
      });
    }
    for (const r of rows.filter((x) => x.recipient === 'KHM')) {
      expect(r).toMatchObject({ shipped: 0, leastStatus: 'planned', firstDeparted: null });
    }
  });

  it('closes the cursor when the reader stops early, so the transaction can go on', async () => {
    await database.transaction(async (tx) => {
      for await (const chunk of supplyRowChunks(tx, 1)) {
        expect(chunk).toHaveLength(1);
        break;
      }
      let n = 0;
      for await (const chunk of supplyRowChunks(tx, 5)) n += chunk.length;
      expect(n).toBeGreaterThan(1);
    });
    await expect(
      database.transaction(async (tx) => {
        for await (const c of supplyRowChunks(tx, 0)) void c;
      }),
    ).rejects.toThrow(/chunkSize must be a whole number >= 1, got 0/);
  });

  it('keeps the fingerprint while nothing changes and moves it with an event', async () => {
    const before = await openDataFingerprint(database.db);
    expect(await openDataFingerprint(database.db)).toEqual(before);
    expect(before.lastChange).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const khm = of('KHM')[0]!;
    await journey(khm, 1);
    expect((await openDataFingerprint(database.db)).parts).not.toBe(before.parts);
  });

  it('lists no expert teams or sessions when there are none', async () => {
    expect(await expertTeams(database.db)).toEqual([]);
    expect(await exchangeSessions(database.db)).toEqual([]);
  });
});
