// The demo scenario's operations on the driver under test: the seed's four batches (89 countries and
// 4 organisations, 28/16/26/9/10 by region), the requests it names with its quantities, everything else
// marked illustrative, a balanced ledger, an intact chain, and a fifth batch ready to plan and approve.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupOf } from '../../src/core/reference/groupings';
import { recipientById } from '../../src/core/reference/recipients';
import type { Database } from '../../src/db/database';
import { linesOfBatch, listBatches } from '../../src/db/batches.repository';
import { listRequests } from '../../src/db/requests.repository';
import { ledgerTotals, stockOf } from '../../src/db/supply.repository';
import { approveBatch } from '../../src/services/batch-approval.service';
import { draftBatch } from '../../src/services/batches.service';
import { readOperations } from '../../src/services/demo-operations';
import { getRequest } from '../../src/services/requests.service';
import { SCENARIOS_DIR } from '../../src/services/scenario-files';
import { ensureDemoScenario } from '../../src/services/scenario.service';
import { getSupply } from '../../src/services/supply.service';
import { verifyEvents } from '../../src/services/verify.service';
import { buildOperations, operationsText } from '../../scripts/build-operations';
import { freshDatabase, TEST_DRIVER } from './fresh-database';

const folder = path.join(SCENARIOS_DIR, 'march-2020');
let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
  expect(await ensureDemoScenario(database, { demo: true, scenario: 'march-2020' })).toMatchObject({
    status: 'loaded',
  });
}, 300_000);
afterAll(async () => {
  await database?.close();
});

describe('operations.json', () => {
  it('is what scripts/build-operations.ts builds from the scenario (same input, same bytes)', () => {
    const population = JSON.parse(
      fs.readFileSync(path.join(folder, 'population.json'), 'utf8'),
    ) as Record<string, { population: number }>;
    expect(fs.readFileSync(path.join(folder, 'operations.json'), 'utf8')).toBe(
      operationsText(buildOperations(population)),
    );
  });
});

describe(`the demo operations on ${TEST_DRIVER}`, () => {
  it('has four past batches to 89 countries, 28/16/26/9/10 by region, and 4 organisations', async () => {
    const past = (await listBatches(database.db, 'approved')).filter(
      (b) => b.origin === 'recorded',
    );
    expect(past.map((b) => b.number).sort()).toEqual([1, 2, 3, 4]);
    expect(past.every((b) => b.illustrative)).toBe(true);
    const lines = (await Promise.all(past.map((b) => linesOfBatch(database.db, b.id)))).flat();
    const requests = await listRequests(database.db);
    const viaOf = new Map(requests.map((r) => [r.id, r.via]));
    const countries = new Set(
      lines.filter((l) => recipientById(l.recipient)?.kind === 'country').map((l) => l.recipient),
    );
    expect(countries.size).toBe(89);
    const regions: Record<string, number> = {};
    for (const c of countries)
      regions[groupOf('seed-2020', c)!] = (regions[groupOf('seed-2020', c)!] ?? 0) + 1;
    expect(regions).toEqual({ asia: 28, europe: 16, africa: 26, americas: 9, 'south-pacific': 10 });
    const organisations = new Set([
      ...lines
        .filter((l) => recipientById(l.recipient)?.kind === 'organisation')
        .map((l) => l.recipient),
      ...lines.flatMap((l) => viaOf.get(l.requestLineId.split('.')[0]!) ?? []),
      ...requests
        .filter((r) => r.kind === 'cash' && r.status === 'fulfilled')
        .map((r) => r.recipient),
    ]);
    expect([...organisations].sort()).toEqual(['ASEAN', 'AU', 'EU', 'WHO']);
  });

  it("records the seed's named requests with its quantities, and marks the rest illustrative", async () => {
    const italy = await getRequest(database, 'req-ita-via-eu');
    expect(italy).toMatchObject({
      recipient: 'ITA',
      via: 'EU',
      basis: 'seed',
      status: 'fulfilled',
    });
    expect(Object.fromEntries(italy.lines.map((l) => [l.item, l.agreed]))).toEqual({
      'mask-surgical': 2_000_000,
      'respirator-n95': 200_000,
      'test-pcr': 50_000,
    });
    const pakistan = await getRequest(database, 'req-pak-2020-02');
    expect(pakistan.lines.map((l) => l.item).sort()).toEqual(
      expect.arrayContaining(['gown', 'mask-surgical', 'respirator-n95', 'test-pcr', 'ventilator']),
    );
    expect(pakistan).toMatchObject({ basis: 'illustrative', status: 'fulfilled' });
    expect(await getRequest(database, 'req-pak-hospital')).toMatchObject({
      kind: 'works',
      status: 'agreed',
      basis: 'seed',
    });
    expect(await getRequest(database, 'req-who-cash')).toMatchObject({
      kind: 'cash',
      amountUsd: 20_000_000,
      status: 'fulfilled',
    });
    for (const r of ['IRN', 'IRQ', 'ITA', 'SRB', 'KHM']) {
      expect((await getRequest(database, `req-${r.toLowerCase()}-experts`)).status).toBe(
        'fulfilled',
      );
    }
    const all = await listRequests(database.db);
    for (const r of all) {
      if (r.basis !== 'seed') expect(r.basis).toBe('illustrative');
      expect(r.sourceNote?.length).toBeGreaterThan(10);
    }
  });

  it('holds the stock as of 26 March, with a balanced ledger and an intact chain', async () => {
    const ops = readOperations(folder)!;
    const supply = await getSupply(database);
    for (const i of ops.items)
      expect(supply.items.find((p) => p.item === i.item)?.onHand).toBe(i.onHandAsOf);
    const stock = await stockOf(database.db);
    expect(await ledgerTotals(database.db)).toEqual(
      stock.map((s) => ({
        item: s.item,
        depotId: s.depotId,
        onHand: s.onHand,
        allocated: s.allocated,
      })),
    );
    const report = await verifyEvents(database);
    expect(report).toMatchObject({ ok: true, breaks: [] });
    expect(report.events).toBeGreaterThan(400);
  });

  it('has a fifth batch ready to plan: the engine drafts it and it approves within stock and reserve', async () => {
    const draft = await draftBatch(database, { id: 'batch-5', title: 'Batch 5', number: 5 });
    expect(draft.lines.length).toBeGreaterThan(20);
    expect(draft.totals.recipients).toBeGreaterThan(8);
    expect(draft.lines.every((l) => l.reason !== null)).toBe(true);
    await approveBatch(database, 'batch-5', { by: 'CIDCA' });
    for (const i of (await getSupply(database)).items)
      expect(i.onHand - i.allocated).toBeGreaterThanOrEqual(i.reserve);
  });
});
