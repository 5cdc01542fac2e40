// npm run scenario:build writes the series; `npx tsx scripts/build-operations.ts` writes
// data/scenarios/march-2020/operations.json: the aid operation as of 26 March 2020. Facts the seed gives
// (four batches to 89 countries and 4 organisations, 28/16/26/9/10 by region, Pakistan's items and
// isolation hospital, the EU passing 2,000,000 surgical masks, 200,000 N95 and 50,000 tests on to Italy,
// USD 20 million to WHO, expert teams to Iran, Iraq, Italy, Serbia and Cambodia) are marked "seed";
// everything else (which countries, quantities, stock, dates) is illustrative and marked so.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { itemById } from '../src/core/reference/catalogue';
import { groupOf } from '../src/core/reference/groupings';
import { recipientById } from '../src/core/reference/recipients';
import type { DemoOperations } from '../src/services/demo-operations';
import {
  agreed,
  BATCH_DAYS,
  CONTRIBUTIONS,
  DEPOTS,
  otherRequests,
  PACKAGES,
  PAST_COUNTRIES,
  SEED,
  STOCK,
  supplies,
  VENTILATORS,
  type Request,
} from './operations-data';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the operations file goes. */
export const OPERATIONS_FILE = path.join(ROOT, 'data/scenarios/march-2020/operations.json');

function sizeFactor(population: number | undefined): number {
  if (population === undefined || population < 1_000_000) return 0.2;
  if (population < 10_000_000) return 0.5;
  if (population < 50_000_000) return 1;
  return 2;
}

/** The operations file as data (pure given the scenario's populations). */
export function buildOperations(
  population: Record<string, { population: number }>,
): DemoOperations {
  const requests: Request[] = [];
  const batchLines: { requestLineId: string; quantity: number }[][] = [[], [], [], []];
  const shipped = new Map<string, number>();
  const countries = Object.values(PAST_COUNTRIES).flat();
  const regionOf = Object.fromEntries(
    Object.entries(PAST_COUNTRIES).flatMap(([g, xs]) => xs.map((x) => [x, g])),
  );
  for (const iso3 of countries) {
    const index = PAST_COUNTRIES[regionOf[iso3]!]!.indexOf(iso3);
    const batches = iso3 === 'PAK' ? [0, 1, 2, 3] : iso3 === 'ITA' ? [2, 3] : [index % 4];
    const perBatch = batches.map((b) => {
      const lines: Record<string, number> = {};
      for (const [item, packs] of Object.entries(PACKAGES[b]!)) {
        lines[item] =
          Math.max(1, Math.round(packs * sizeFactor(population[iso3]?.population))) *
          itemById(item)!.packSize;
      }
      if (VENTILATORS[iso3] && b >= 2) lines['ventilator'] = VENTILATORS[iso3]!;
      return { b, lines };
    });
    const total: Record<string, number> = {};
    for (const { lines } of perBatch)
      for (const [item, q] of Object.entries(lines)) total[item] = (total[item] ?? 0) + q;
    const id = `req-${iso3.toLowerCase()}-2020-02`;
    const first = BATCH_DAYS[batches[0]!]!;
    const name = recipientById(iso3)!.nameEn;
    const pak = iso3 === 'PAK';
    requests.push(
      supplies({
        id,
        recipient: iso3,
        title: pak
          ? 'Test kits, protective suits, N95 and surgical masks, ventilators, and other supplies'
          : `Emergency medical supplies for ${name}`,
        urgency: 'urgent',
        neededBy: null,
        submittedOn: `2020-03-${String(Math.max(1, Number(first.slice(8)) - 4)).padStart(2, '0')}`,
        basis: 'illustrative',
        sourceNote: pak
          ? `The seed: Pakistan received test kits, medical protective suits, N95 and surgical masks and ventilators over the four batches (${SEED}); quantities illustrative.`
          : `Recipient in the ${regionOf[iso3]} count of the seed's four batches; which country and quantities illustrative.`,
        lines: Object.fromEntries(
          Object.keys(total)
            .sort()
            .map((k) => [k, total[k]!]),
        ),
        agreement: agreed(first, `Government of ${name} and CIDCA (illustrative)`),
        status: 'fulfilled',
      }),
    );
    const itemsOrder = Object.keys(total).sort();
    for (const { b, lines } of perBatch) {
      for (const [item, q] of Object.entries(lines)) {
        batchLines[b]!.push({
          requestLineId: `${id}.${itemsOrder.indexOf(item) + 1}`,
          quantity: q,
        });
        shipped.set(item, (shipped.get(item) ?? 0) + q);
      }
    }
  }
  // Organisations: the AU (Africa CDC) and ASEAN in batch 3, the EU passing supplies on to Italy in batch 4.
  const orgs: [string, number, Record<string, number>][] = [
    ['AU', 2, { 'mask-surgical': 1_000_000, 'test-pcr': 96_000, gown: 10_000 }],
    ['ASEAN', 2, { 'mask-surgical': 200_000, 'test-pcr': 19_200 }],
  ];
  for (const [code, b, lines] of orgs) {
    const id = `req-${code.toLowerCase()}-2020-02`;
    requests.push(
      supplies({
        id,
        recipient: code,
        title: `Supplies for ${recipientById(code)!.nameEn} members`,
        urgency: 'urgent',
        neededBy: null,
        submittedOn: '2020-03-10',
        basis: 'illustrative',
        sourceNote: `The seed names the AU and ASEAN among the organisations aided; quantities illustrative.`,
        lines,
        agreement: agreed('2020-03-12', `${code} secretariat and CIDCA (illustrative)`),
        status: 'fulfilled',
      }),
    );
    Object.keys(lines)
      .sort()
      .forEach((item, k) => {
        batchLines[b]!.push({ requestLineId: `${id}.${k + 1}`, quantity: lines[item]! });
        shipped.set(item, (shipped.get(item) ?? 0) + lines[item]!);
      });
  }
  const eu = { 'mask-surgical': 2_000_000, 'respirator-n95': 200_000, 'test-pcr': 50_000 };
  requests.push(
    supplies({
      id: 'req-ita-via-eu',
      recipient: 'ITA',
      via: 'EU',
      title: 'Masks and test kits provided to the EU and passed on to Italy',
      description:
        '根据欧盟的建议，中国政府向欧盟提供的200万只医用外科口罩、20万只医用N95口罩和5万人份检测试剂也将交付意大利使用。',
      urgency: 'critical',
      neededBy: '2020-03-28',
      submittedOn: '2020-03-17',
      basis: 'seed',
      sourceNote: `Quantities and routing from the seed (${SEED}); dates illustrative.`,
      lines: eu,
      agreement: agreed('2020-03-19', 'The European Commission and the Chinese government'),
      status: 'fulfilled',
    }),
  );
  Object.keys(eu)
    .sort()
    .forEach((item, k) => {
      const q = eu[item as keyof typeof eu];
      batchLines[3]!.push({ requestLineId: `req-ita-via-eu.${k + 1}`, quantity: q });
      shipped.set(item, (shipped.get(item) ?? 0) + q);
    });
  requests.push(...otherRequests());

  const contributed = new Map<string, number>();
  for (const c of CONTRIBUTIONS)
    contributed.set(c.item, (contributed.get(c.item) ?? 0) + c.quantity);
  const items = Object.entries(STOCK).map(([item, s]) => {
    const opening = s.onHand + (shipped.get(item) ?? 0) - (contributed.get(item) ?? 0);
    const stock: Record<string, number> = {};
    let left = opening;
    DEPOTS.forEach((d, i) => {
      const q = i === DEPOTS.length - 1 ? left : Math.round(opening * d.share);
      stock[d.id] = q;
      left -= q;
    });
    return {
      item,
      reserve: {
        kind: 'cover-days' as const,
        dailyConsumption: s.daily,
        ...(s.days ? { days: s.days } : {}),
      },
      productionPerDay: s.perDay,
      openingStock: stock,
      onHandAsOf: s.onHand,
      note: 'Illustrative: stock, domestic daily consumption and production are not published figures.',
    };
  });
  const batches = BATCH_DAYS.map((day, b) => journeyOf(b, day, batchLines[b]!));
  const organisations = ['AU', 'ASEAN', 'EU', 'WHO'];
  const regions = Object.fromEntries(
    Object.entries(PAST_COUNTRIES).map(([g, xs]) => [g, xs.length]),
  );
  return {
    asOf: '2020-03-26',
    notes: [
      `The seed (${SEED}): four batches to 89 countries and 4 international organisations; 28 countries in Asia, 16 in Europe, 26 in Africa, 9 in the Americas, 10 in the South Pacific; a fifth batch being drafted.`,
      'Which countries received which batch, every quantity not named in the seed, stock, reserve, production, contributions and dates are illustrative.',
      'Batch lines of the past batches were recorded by hand (origin "recorded"); the fifth batch is left to plan with the allocation engine.',
    ],
    summary: { pastBatches: 4, countries: countries.length, organisations, regions },
    depots: DEPOTS.map(({ share: _share, ...d }) => d),
    items,
    contributions: CONTRIBUTIONS,
    requests,
    batches,
  };
}

function journeyOf(
  b: number,
  day: string,
  lines: { requestLineId: string; quantity: number }[],
): DemoOperations['batches'][number] {
  const at = (days: number, hour: number) => {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    d.setUTCHours(hour);
    return d.toISOString().replace('.000Z', 'Z');
  };
  const last = b === 3;
  const recipients = [...new Set(lines.map((l) => l.requestLineId.split('-')[1]!.toUpperCase()))];
  return {
    id: `batch-${b + 1}`,
    number: b + 1,
    title: `Batch ${b + 1}`,
    approvedAt: at(0, 9),
    approvedBy: 'CIDCA (illustrative)',
    note: 'Past batch recorded from the operation; recipients and quantities illustrative except where the seed gives them.',
    lines,
    departsOn: at(2, 0).slice(0, 10),
    journey: {
      packed: at(1, 1),
      customsCleared: at(1, 7),
      departed: at(2, 2),
      arrived: at(2, 14),
      handedOver: at(3, 3),
      received: last ? null : at(4, 6),
      // Batch 4: the EU passes Italy's goods on in the next days (the seed); others illustrative.
      stops: last
        ? recipients.map((r, i) => ({
            recipient: r,
            after:
              r === 'ITA'
                ? ('handed-over' as const)
                : i % 2 === 0
                  ? ('arrived' as const)
                  : ('handed-over' as const),
          }))
        : [],
      discrepancies: last
        ? []
        : recipients
            .filter((_, i) => i % 7 === 3)
            .map((r, i) => ({
              recipient: r,
              item: i % 2 === 0 ? 'mask-surgical' : 'gown',
              damaged: i % 2 === 0 ? 2_000 : 50,
              missing: i % 3 === 0 ? 2_000 : 0,
            })),
    },
  };
}

/** The file text: the operations as JSON, two-space indented, with a final newline (same input, same bytes). */
export function operationsText(ops: DemoOperations): string {
  return `${JSON.stringify(ops, null, 2)}\n`;
}

/** Checks the seed's totals on the built data; throws naming the first that does not hold. */
export function checkSeedTotals(ops: DemoOperations): void {
  const counts: Record<string, number> = {};
  for (const xs of Object.values(PAST_COUNTRIES))
    for (const x of xs)
      counts[groupOf('seed-2020', x)!] = (counts[groupOf('seed-2020', x)!] ?? 0) + 1;
  const expected = { asia: 28, europe: 16, africa: 26, americas: 9, 'south-pacific': 10 };
  for (const [g, n] of Object.entries(expected)) {
    if (counts[g] !== n) throw new Error(`region ${g}: ${counts[g]} countries, the seed says ${n}`);
  }
  if (ops.summary.countries !== 89)
    throw new Error(`${ops.summary.countries} countries, the seed says 89`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const population = JSON.parse(
    readFileSync(path.join(ROOT, 'data/scenarios/march-2020/population.json'), 'utf8'),
  ) as Record<string, { population: number }>;
  const ops = buildOperations(population);
  checkSeedTotals(ops);
  writeFileSync(OPERATIONS_FILE, operationsText(ops));
  console.log(
    `wrote ${path.relative(ROOT, OPERATIONS_FILE)}: ${ops.requests.length} requests, ${ops.batches.length} past batches, ${ops.summary.countries} countries`,
  );
}
