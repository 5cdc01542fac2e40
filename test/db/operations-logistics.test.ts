// Shipping an approved batch on the driver under test: consignments per recipient packed onto flights
// within payload and volume, with the label and a quotation in the recipient's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemById } from '../../src/core/reference/catalogue';
import type { Database } from '../../src/db/database';
import { approveBatch } from '../../src/services/batch-approval.service';
import { draftBatch, getBatch } from '../../src/services/batches.service';
import { ConflictError } from '../../src/services/errors';
import { listConsignmentDetails, planConsignments } from '../../src/services/logistics.service';
import { freshDatabase, TEST_DRIVER } from './fresh-database';
import { loadFixture } from './operations-fixture';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
  await loadFixture(database);
  await draftBatch(database, { id: 'b1', title: 'Batch 1' });
  await approveBatch(database, 'b1', { by: 'CIDCA' });
  await draftBatch(database, {
    id: 'b2',
    title: 'Batch 2 (not approved)',
    lines: [{ requestLineId: 'r-khm.1', quantity: 2_000 }],
  });
});
afterAll(async () => {
  await database?.close();
});

describe(`consignments on ${TEST_DRIVER}`, () => {
  it('refuses to ship a draft, and flights without room for the batch, changing nothing', async () => {
    await expect(planConsignments(database, 'b2')).rejects.toThrow(/batch b2 is draft/);
    const tiny = await planConsignments(database, 'b1', {
      flights: [{ flightNo: 'CA001', kind: 'cargo', payloadKg: 500, volumeM3: 5 }],
    }).catch((e: unknown) => e);
    expect(tiny).toBeInstanceOf(ConflictError);
    expect((tiny as Error).message).toMatch(/no room for .* add a flight/);
    expect(await listConsignmentDetails(database, { batchId: 'b1' })).toEqual([]);
  });

  it('packs each recipient onto flights within payload and volume, units conserved', async () => {
    const flights = [
      {
        flightNo: 'CA1043',
        kind: 'charter' as const,
        payloadKg: 2_000,
        volumeM3: 40,
        destinations: ['EU'],
        departsOn: '2020-03-27',
      },
      {
        flightNo: 'CA1045',
        kind: 'charter' as const,
        payloadKg: 2_000,
        volumeM3: 40,
        destinations: ['EU'],
      },
      { flightNo: 'PK852', kind: 'cargo' as const, payloadKg: 20_000, volumeM3: 200 },
    ];
    const list = await planConsignments(database, 'b1', { flights });
    const lines = (await getBatch(database, 'b1')).lines.filter((l) => l.quantity > 0);
    for (const l of lines) {
      const shipped = list.flatMap((c) => c.lines).filter((x) => x.batchLineId === l.id);
      expect(shipped.reduce((s, x) => s + x.quantity, 0)).toBe(l.quantity);
      expect(shipped.reduce((s, x) => s + x.packs, 0)).toBe(Math.ceil(l.quantity / l.packSize));
    }
    for (const f of ['CA1043', 'CA1045', 'PK852']) {
      const on = list.filter((c) => c.flight?.flightNo === f);
      const spec = flights.find((x) => x.flightNo === f)!;
      expect(on.reduce((s, c) => s + c.weightKg, 0)).toBeLessThanOrEqual(spec.payloadKg);
      expect(on.reduce((s, c) => s + c.volumeM3, 0)).toBeLessThanOrEqual(spec.volumeM3 + 1e-9);
    }
    for (const c of list) {
      const kg = c.lines.reduce((s, l) => s + l.packs * itemById(l.item)!.packWeightKg, 0);
      expect(c.weightKg).toBeCloseTo(kg);
      expect(c.status).toBe('planned');
    }
    // Italy's goods go to the EU, on the EU flights only.
    const italy = list.filter((c) => c.recipient === 'ITA');
    expect(italy.length).toBeGreaterThan(0);
    for (const c of italy) {
      expect(c.consignee).toBe('EU');
      expect(['CA1043', 'CA1045']).toContain(c.flight?.flightNo);
    }
    expect(list.find((c) => c.recipient === 'PAK')?.flight?.flightNo).toBe('PK852');
  });

  it('marks every consignment with the label and a quotation in its recipient’s language', async () => {
    const list = await listConsignmentDetails(database, { batchId: 'b1' });
    for (const c of list)
      expect(c.marks.label).toEqual({ en: 'For a shared future', zh: '为了共同的未来' });
    const lang = (r: string) => list.find((c) => c.recipient === r)?.marks.quotation.language;
    expect(lang('ITA')).toBe('ita');
    expect(lang('SRB')).toBe('srp');
    expect(lang('PAK')).toBe('eng');
    await expect(planConsignments(database, 'b1')).rejects.toThrow(/already has its consignments/);
  });
});
