// The open report's SQL on the driver under test, on the demo: the seed's sentence from the ledger; a
// corrected receipt counted at its corrected quantities; and a fifth batch approved changes the sentence.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReceiptLine } from '../../src/core/logistics/events';
import type { Database } from '../../src/db/database';
import { rowsOf } from '../../src/db/db.types';
import { approveBatch } from '../../src/services/batch-approval.service';
import { draftBatch } from '../../src/services/batches.service';
import { postEvent } from '../../src/services/consignment-events.service';
import { getReport } from '../../src/services/report.service';
import { ensureDemoScenario } from '../../src/services/scenario.service';
import { freshDatabase, TEST_DRIVER } from './fresh-database';

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

const SEED_EN =
  'Four batches to 89 countries and 4 international organisations: 28 in Asia, 16 in Europe, ' +
  '26 in Africa, 9 in the Americas and 10 in the South Pacific.';

describe(`the open report on ${TEST_DRIVER}`, () => {
  it("states the seed's sentence from the ledger, and the figures agree with each other", async () => {
    const report = await getReport(database, 'seed-2020');
    expect(report.headline.en).toBe(SEED_EN);
    expect(report.headline.zh).toMatch(/^已分四批向89个国家和4个国际组织/);
    expect(report.batches.map((b) => b.number)).toEqual([1, 2, 3, 4]);
    expect(report.batches.reduce((n, b) => n + b.units.allocated, 0)).toBe(
      report.totals.units.allocated,
    );
    expect(report.regions.reduce((n, r) => n + r.units.allocated, 0)).toBeLessThanOrEqual(
      report.totals.units.allocated,
    );
    expect(report.weeks.reduce((n, w) => n + w.unitsShipped, 0)).toBe(report.totals.units.shipped);
    expect(report.weeks.reduce((n, w) => n + w.unitsReceived, 0)).toBe(
      report.totals.units.received,
    );
    const t = report.totals.units;
    const [signed] = rowsOf<{ units: string | number }>(
      await database.db.execute(sql`
        SELECT sum(quantity) AS units FROM consignment_line
        WHERE consignment_id IN (SELECT consignment_id FROM consignment_event WHERE kind = 'received')`),
    );
    expect(t.received + t.damaged + t.missing).toBe(Number(signed!.units));
    expect(t.received + t.damaged + t.missing).toBeLessThan(t.shipped);
    expect(report.totals.consignmentsReceived).toBeGreaterThan(0);
  });

  it('counts a corrected receipt at its corrected quantities', async () => {
    const [receipt] = rowsOf<{
      id: string;
      consignment_id: string;
      payload: { lines: ReceiptLine[] };
    }>(
      await database.db.execute(sql`
        SELECT id, consignment_id, payload FROM consignment_event
        WHERE kind = 'received' ORDER BY id LIMIT 1`),
    );
    expect(receipt).toBeDefined();
    const before = (await getReport(database)).totals.units;
    const lines = receipt!.payload.lines.map((l, i) =>
      i === 0 ? { ...l, received: l.received - 10, damaged: l.damaged + 10 } : l,
    );
    await postEvent(database, receipt!.consignment_id, {
      id: 'report-test-correction',
      kind: 'correction',
      at: '2020-03-27T08:00:00.000Z',
      payload: {
        corrects: receipt!.id,
        reason: 'recount at the warehouse',
        replacement: { ...receipt!.payload, lines },
      },
    });
    const after = (await getReport(database)).totals.units;
    expect(after.received).toBe(before.received - 10);
    expect(after.damaged).toBe(before.damaged + 10);
    expect(after.shipped).toBe(before.shipped);
  });

  it('changes the sentence when a fifth batch is approved', async () => {
    await draftBatch(database, { id: 'batch-5', title: 'Batch 5', number: 5 });
    expect((await getReport(database)).headline.en).toBe(SEED_EN); // a draft counts for nothing
    await approveBatch(database, 'batch-5', { by: 'CIDCA' });
    const report = await getReport(database, 'seed-2020');
    expect(report.totals.batches).toBe(5);
    expect(report.headline.en).toMatch(
      new RegExp(
        `^Five batches to ${report.totals.countries} countries and ${report.totals.organisations} international`,
      ),
    );
    expect(report.headline.zh).toContain(`已分五批向${report.totals.countries}个国家`);
    expect(report.batches.at(-1)).toMatchObject({ number: 5 });
    expect(report.batches.at(-1)!.units.allocated).toBeGreaterThan(0);
  });
});
