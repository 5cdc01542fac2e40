// A small operations world for the batch and logistics tests: two depots, stock with a reserve, and
// agreed requests from a few recipients.
import type { Database } from '../../src/db/database';
import { agreeRequestIn, createRequestIn } from '../../src/services/requests.service';
import { changeStockIn, saveDepotIn, setItemSettingsIn } from '../../src/services/supply.service';

/** Units in stock per item in the fixture (split 3:1 between PEK and SHA) and the fixed reserve. */
export const FIXTURE_STOCK = {
  'mask-surgical': { stock: 400_000, reserve: 100_000 },
  'respirator-n95': { stock: 48_000, reserve: 24_000 },
  ventilator: { stock: 60, reserve: 20 },
} as const;

/** Agreed requests: recipient, item, agreed units. */
export const FIXTURE_REQUESTS = [
  {
    id: 'r-ita',
    recipient: 'ITA',
    via: 'EU',
    lines: { 'mask-surgical': 200_000, 'respirator-n95': 20_000, ventilator: 30 },
  },
  {
    id: 'r-pak',
    recipient: 'PAK',
    lines: { 'mask-surgical': 150_000, 'respirator-n95': 10_000, ventilator: 20 },
  },
  { id: 'r-srb', recipient: 'SRB', lines: { 'mask-surgical': 100_000, ventilator: 10 } },
  { id: 'r-khm', recipient: 'KHM', lines: { 'mask-surgical': 50_000 } },
] as const;

/** Loads the fixture into a fresh database. */
export async function loadFixture(database: Database): Promise<void> {
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
    for (const [item, s] of Object.entries(FIXTURE_STOCK)) {
      await setItemSettingsIn(tx, { item, reserve: { kind: 'fixed', quantity: s.reserve } });
      await changeStockIn(tx, { depot: 'PEK', item, quantity: (s.stock * 3) / 4 });
      await changeStockIn(tx, { depot: 'SHA', item, quantity: s.stock / 4 });
    }
    for (const r of FIXTURE_REQUESTS) {
      await createRequestIn(tx, {
        id: r.id,
        recipient: r.recipient,
        via: 'via' in r ? r.via : null,
        kind: 'supplies',
        title: `Supplies for ${r.recipient}`,
        submittedOn: '2020-03-20',
        lines: Object.entries(r.lines).map(([item, asked]) => ({ item, asked })),
      });
      await agreeRequestIn(tx, r.id, { agreedBy: 'both governments', agreedOn: '2020-03-22' });
    }
  });
}
