// Requests, stock, the domestic reserve and contributions on the driver under test.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { rowsOf } from '../../src/db/db.types';
import { listRequests } from '../../src/db/requests.repository';
import { ledgerTotals, stockOf } from '../../src/db/supply.repository';
import { BadRequestError, ConflictError } from '../../src/services/errors';
import {
  agreeRequest,
  createRequest,
  getRequest,
  setRequestStatus,
  type NewRequest,
} from '../../src/services/requests.service';
import {
  addContribution,
  changeStock,
  getDonorReport,
  getSupply,
  saveDepotIn,
  setItemSettingsIn,
} from '../../src/services/supply.service';
import { freshDatabase, TEST_DRIVER } from './fresh-database';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database?.close();
});

const pakistan: NewRequest = {
  id: 'req-pak-1',
  recipient: 'pak',
  kind: 'supplies',
  title: 'Test kits, suits and masks',
  neededBy: '2020-04-05',
  lines: [
    { item: 'test-pcr', asked: 50_000 },
    { item: 'gown', asked: 20_000 },
    { item: 'respirator-n95', asked: 200_000 },
  ],
};

describe(`requests on ${TEST_DRIVER}`, () => {
  it('stores a request with its lines, the recipient normalised', async () => {
    const r = await createRequest(database, pakistan);
    expect(r).toMatchObject({ id: 'req-pak-1', recipient: 'PAK', status: 'submitted', version: 1 });
    expect(r.recipientName.en).toBe('Pakistan');
    expect(r.lines.map((l) => [l.id, l.item, l.asked, l.agreed])).toEqual([
      ['req-pak-1.1', 'test-pcr', 50_000, null],
      ['req-pak-1.2', 'gown', 20_000, null],
      ['req-pak-1.3', 'respirator-n95', 200_000, null],
    ]);
  });

  it('names the bad field and stores nothing', async () => {
    const bad = async (change: Partial<NewRequest>, field: string, message: RegExp) => {
      const error = await createRequest(database, { ...pakistan, id: 'req-bad', ...change }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error).toMatchObject({ field });
      expect((error as Error).message).toMatch(message);
    };
    await bad(
      { lines: [{ item: 'mask-cloth', asked: 10 }] },
      'lines.0.item',
      /unknown item "mask-cloth"/,
    );
    await bad(
      { lines: [{ item: 'gown', asked: -5 }] },
      'lines.0.asked',
      /whole number of pieces > 0, got -5/,
    );
    await bad({ lines: [{ item: 'gown', asked: 2.5 }] }, 'lines.0.asked', /got 2.5/);
    await bad({ recipient: 'XYZ' }, 'recipient', /"XYZ" is not a country/);
    await bad({ kind: 'cash', lines: [] }, 'amountUsd', /cash request needs amountUsd/);
    await bad({ neededBy: '2020-02-30' }, 'neededBy', /YYYY-MM-DD/);
    expect((await listRequests(database.db)).map((r) => r.id)).toEqual(['req-pak-1']);
  });

  it('records agreed quantities apart from asked ones, with who and when, and bumps the version', async () => {
    const r = await agreeRequest(database, 'req-pak-1', {
      agreedBy: 'CIDCA and the Pakistani embassy',
      agreedOn: '2020-03-20',
      lines: [{ line: 'respirator-n95', agreed: 100_000 }],
    });
    expect(r).toMatchObject({
      status: 'agreed',
      agreedBy: 'CIDCA and the Pakistani embassy',
      agreedOn: '2020-03-20',
      version: 2,
    });
    expect(r.lines.map((l) => [l.asked, l.agreed, l.remaining])).toEqual([
      [50_000, 50_000, 50_000],
      [20_000, 20_000, 20_000],
      [200_000, 100_000, 100_000],
    ]);
    await expect(agreeRequest(database, 'req-pak-1', { agreedBy: 'x' })).rejects.toThrow(
      ConflictError,
    );
  });

  it('declines only with a reason, and a declined request stays closed', async () => {
    await createRequest(database, {
      id: 'req-x',
      recipient: 'FJI',
      kind: 'works',
      title: 'Clinic',
    });
    await expect(setRequestStatus(database, 'req-x', 'declined')).rejects.toThrow(/needs a reason/);
    const declined = await setRequestStatus(
      database,
      'req-x',
      'declined',
      'Outside this programme',
    );
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'Outside this programme' });
    await expect(agreeRequest(database, 'req-x', { agreedBy: 'x' })).rejects.toThrow(
      /"declined" cannot become "agreed" \(it is closed\)/,
    );
    await expect(getRequest(database, 'nope')).rejects.toThrow(/no request with id "nope"/);
  });
});

describe(`supply on ${TEST_DRIVER}`, () => {
  beforeAll(async () => {
    await database.transaction(async (tx) => {
      await saveDepotIn(tx, {
        id: 'PEK',
        nameEn: 'Beijing',
        nameZh: '北京',
        city: 'Beijing',
        basis: 'entered',
      });
      await saveDepotIn(tx, {
        id: 'SHA',
        nameEn: 'Shanghai',
        nameZh: '上海',
        city: 'Shanghai',
        basis: 'entered',
      });
      await setItemSettingsIn(tx, {
        item: 'mask-surgical',
        reserve: { kind: 'cover-days', dailyConsumption: 10_000, days: 3 },
        productionPerDay: 50_000,
      });
    });
  });

  it('keeps the domestic reserve out of what may be allocated', async () => {
    await changeStock(database, { depot: 'PEK', item: 'mask-surgical', quantity: 100_000 });
    const p = await changeStock(database, {
      depot: 'SHA',
      item: 'mask-surgical',
      quantity: 20_000,
    });
    expect(p).toMatchObject({
      onHand: 120_000,
      allocated: 0,
      reserve: 30_000,
      allocatable: 90_000,
      productionPerDay: 50_000,
    });
    expect(p.depots).toEqual([
      { depot: 'PEK', onHand: 100_000, allocated: 0 },
      { depot: 'SHA', onHand: 20_000, allocated: 0 },
    ]);
  });

  it('refuses unknown items and depots, negative receipts and removing stock that is not there', async () => {
    await expect(
      changeStock(database, { depot: 'PEK', item: 'soap', quantity: 1 }),
    ).rejects.toThrow(/unknown item "soap"/);
    await expect(
      changeStock(database, { depot: 'XXX', item: 'gown', quantity: 1 }),
    ).rejects.toThrow(/no depot "XXX"/);
    await expect(
      changeStock(database, { depot: 'PEK', item: 'gown', quantity: -5 }),
    ).rejects.toMatchObject({ field: 'quantity' });
    await expect(
      changeStock(
        database,
        { depot: 'SHA', item: 'mask-surgical', quantity: -20_001 },
        'adjustment',
      ),
    ).rejects.toThrow(/cannot remove 20001 mask-surgical from SHA: it has 20000 on hand/);
  });

  it('records contributions with their donor, and the ledger sums to the stock to the unit', async () => {
    const c = await addContribution(database, {
      donor: 'Zhejiang province',
      donorKind: 'local-government',
      depotId: 'SHA',
      item: 'gown',
      quantity: 5_000,
      receivedOn: '2020-03-15',
    });
    expect(c).toMatchObject({ donor: 'Zhejiang province', quantity: 5_000 });
    const supply = await getSupply(database);
    expect(supply.items.find((i) => i.item === 'gown')).toMatchObject({
      onHand: 5_000,
      allocatable: 5_000,
    });
    const stock = await stockOf(database.db);
    expect(await ledgerTotals(database.db)).toEqual(
      stock.map((s) => ({
        item: s.item,
        depotId: s.depotId,
        onHand: s.onHand,
        allocated: s.allocated,
      })),
    );
    expect((await getDonorReport(database)).contributions).toHaveLength(1);
  });

  it('never lets a ledger row be changed', async () => {
    await expect(
      database.db.execute(sql`UPDATE stock_movement SET on_hand_delta = 1`),
    ).rejects.toThrow();
    await expect(database.db.execute(sql`DELETE FROM stock_movement`)).rejects.toThrow();
    const [row] = rowsOf<{ n: string | number }>(
      await database.db.execute(sql`SELECT count(*) AS n FROM stock_movement`),
    );
    expect(Number(row?.n)).toBe(3);
  });
});
