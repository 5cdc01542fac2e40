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

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the operations file goes. */
export const OPERATIONS_FILE = path.join(ROOT, 'data/scenarios/march-2020/operations.json');
const SEED =
  'State Council Information Office press conference, 26 March 2020 (seed/000_214cb19a08ba0256.txt)';

/** Which countries received the four past batches: illustrative, but the counts per region are the seed's. */
export const PAST_COUNTRIES: Record<string, string[]> = {
  asia: 'PAK IRN IRQ KHM LAO MMR NPL BGD LKA AFG MNG PHL IDN MYS THA KAZ KGZ TJK UZB SYR LBN JOR PSE YEM MDV TLS KOR JPN'.split(
    ' ',
  ),
  europe: 'ITA SRB ESP FRA GRC BLR BIH MNE MKD ALB HUN CZE POL BGR ROU MDA'.split(' '),
  africa:
    'ETH EGY DZA NGA ZAF KEN TZA UGA RWA ZMB ZWE AGO MOZ MDG SEN CIV GHA CMR COG COD SDN SSD DJI TUN MAR NER'.split(
      ' ',
    ),
  americas: 'VEN CUB ECU PER BOL CHL ARG MEX PAN'.split(' '),
  'south-pacific': 'FJI PNG SLB VUT WSM TON KIR FSM COK NIU'.split(' '),
};

const BATCH_DAYS = ['2020-03-05', '2020-03-10', '2020-03-15', '2020-03-20'];
/** Packs per batch for a country of middling size, by batch (illustrative). */
const PACKAGES: Record<string, number>[] = [
  { 'test-pcr': 10, 'mask-surgical': 50, gown: 100 },
  { 'test-pcr': 10, 'mask-surgical': 50, 'respirator-n95': 40, goggles: 20 },
  { 'mask-surgical': 50, 'respirator-n95': 40, 'thermometer-ir': 10, 'gloves-exam': 50 },
  { 'test-pcr': 10, gown: 100, 'gloves-exam': 50, 'shoe-covers': 20 },
];
const VENTILATORS: Record<string, number> = { PAK: 10, IRN: 10, IRQ: 5, ITA: 20, SRB: 5 };

/** The on-hand stock on 26 March after the four batches, per depot share (illustrative). */
const STOCK: Record<string, { onHand: number; daily: number; days?: number; perDay: number }> = {
  'test-pcr': { onHand: 600_000, daily: 5_000, perDay: 100_000 },
  'mask-surgical': { onHand: 12_000_000, daily: 150_000, perDay: 5_000_000 },
  'respirator-n95': { onHand: 1_200_000, daily: 20_000, perDay: 200_000 },
  gown: { onHand: 300_000, daily: 4_000, perDay: 50_000 },
  goggles: { onHand: 100_000, daily: 1_000, perDay: 10_000 },
  'thermometer-ir': { onHand: 30_000, daily: 200, perDay: 5_000 },
  'gloves-exam': { onHand: 2_000_000, daily: 20_000, perDay: 300_000 },
  'shoe-covers': { onHand: 1_000_000, daily: 10_000, perDay: 200_000 },
  ventilator: { onHand: 400, daily: 5, days: 40, perDay: 20 },
};
const DEPOTS = [
  { id: 'BJS', nameEn: 'Beijing aid depot', nameZh: '北京援外物资库', city: 'Beijing', share: 0.5 },
  {
    id: 'SHA',
    nameEn: 'Shanghai Pudong depot',
    nameZh: '上海浦东物资库',
    city: 'Shanghai',
    share: 0.3,
  },
  {
    id: 'CAN',
    nameEn: 'Guangzhou Baiyun depot',
    nameZh: '广州白云物资库',
    city: 'Guangzhou',
    share: 0.2,
  },
];

const CONTRIBUTIONS: DemoOperations['contributions'] = [
  {
    id: 'don-zj-masks',
    donor: 'A provincial government (illustrative)',
    donorKind: 'local-government',
    depotId: 'SHA',
    item: 'mask-surgical',
    quantity: 1_000_000,
    receivedOn: '2020-03-18',
    basis: 'illustrative',
    note: 'The seed: local governments, companies and civil society donate too.',
  },
  {
    id: 'don-sz-tests',
    donor: 'A Shenzhen diagnostics company (illustrative)',
    donorKind: 'company',
    depotId: 'CAN',
    item: 'test-pcr',
    quantity: 48_000,
    receivedOn: '2020-03-19',
    basis: 'illustrative',
    note: 'The seed: local governments, companies and civil society donate too.',
  },
  {
    id: 'don-oc-gowns',
    donor: 'Overseas Chinese associations (illustrative)',
    donorKind: 'civil-society',
    depotId: 'BJS',
    item: 'gown',
    quantity: 20_000,
    receivedOn: '2020-03-21',
    basis: 'illustrative',
    note: 'The seed: local governments, companies and civil society donate too.',
  },
];

type Request = DemoOperations['requests'][number];
const supplies = (
  r: Omit<Request, 'kind' | 'via' | 'amountUsd' | 'reason' | 'description' | 'lines'> & {
    via?: string;
    lines: Record<string, number>;
    description?: string;
  },
): Request => ({
  ...r,
  kind: 'supplies',
  via: r.via ?? null,
  amountUsd: null,
  reason: null,
  description: r.description ?? '',
  // Sorted by item: line numbers (request line ids) follow this order.
  lines: Object.entries(r.lines)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([item, q]) => ({ item, asked: q, agreed: q })),
});
const agreed = (on: string, who: string) => ({ agreedBy: who, agreedOn: on });

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
          ? 'Test kits, protective suits, N95 and surgical masks, ventilators'
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

function otherRequests(): Request[] {
  const open = (
    id: string,
    recipient: string,
    urgency: Request['urgency'],
    lines: Record<string, number>,
    sourceNote: string,
    status: Request['status'] = 'agreed',
    basis: Request['basis'] = 'illustrative',
  ): Request =>
    supplies({
      id,
      recipient,
      title: `Supplies requested for batch 5 by ${recipientById(recipient)!.nameEn}`,
      urgency,
      neededBy: '2020-04-05',
      submittedOn: '2020-03-23',
      basis,
      sourceNote,
      lines,
      agreement:
        status === 'agreed'
          ? agreed(
              '2020-03-25',
              `Government of ${recipientById(recipient)!.nameEn} and CIDCA (illustrative)`,
            )
          : null,
      status,
    });
  const named = 'The seed names this country; the request and its quantities are illustrative.';
  const other = 'Illustrative request from a country the seed does not name.';
  const nonSupplies = (
    id: string,
    recipient: string,
    kind: Request['kind'],
    title: string,
    status: Request['status'],
    sourceNote: string,
    amountUsd: number | null = null,
    submittedOn = '2020-03-01',
    agreedOn = '2020-03-07',
  ): Request => ({
    id,
    recipient,
    via: null,
    kind,
    title,
    description: '',
    urgency: 'urgent',
    neededBy: null,
    amountUsd,
    submittedOn,
    basis: 'seed',
    sourceNote,
    lines: [],
    agreement: {
      agreedBy: `Government of ${recipientById(recipient)!.nameEn} and the Chinese government`,
      agreedOn,
    },
    status,
    reason: null,
  });
  return [
    {
      ...open(
        'req-pak-2020-03',
        'PAK',
        'critical',
        {
          'test-pcr': 96_000,
          gown: 50_000,
          'respirator-n95': 240_000,
          'mask-surgical': 2_000_000,
          ventilator: 100,
        },
        `The seed: more medical supplies and equipment Pakistan urgently needs are being prepared (${SEED}); items as in the seed, quantities illustrative.`,
      ),
      title: 'More supplies Pakistan urgently needs',
    },
    {
      ...nonSupplies(
        'req-pak-hospital',
        'PAK',
        'works',
        'A temporary isolation hospital',
        'agreed',
        `The seed: China will support Pakistan in building a temporary isolation hospital (${SEED}).`,
        null,
        '2020-03-20',
        '2020-03-24',
      ),
      title: 'A temporary isolation hospital',
    },
    nonSupplies(
      'req-pak-experts',
      'PAK',
      'expert-team',
      'An anti-epidemic medical expert team',
      'agreed',
      `The seed: at Pakistan's request an expert team is being prepared (${SEED}).`,
      null,
      '2020-03-20',
      '2020-03-24',
    ),
    nonSupplies(
      'req-who-cash',
      'WHO',
      'cash',
      'USD 20 million for WHO',
      'fulfilled',
      `The seed: USD 20 million to WHO in answer to its funding appeal, for designated uses (${SEED}); dates illustrative.`,
      20_000_000,
    ),
    ...['IRN', 'IRQ', 'ITA', 'SRB', 'KHM'].map((r) =>
      nonSupplies(
        `req-${r.toLowerCase()}-experts`,
        r,
        'expert-team',
        'Medical expert team',
        'fulfilled',
        `The seed: seven expert teams went to Iran, Iraq, Italy, Serbia and Cambodia (${SEED}); dates illustrative.`,
      ),
    ),
    open(
      'req-srb-2020-03',
      'SRB',
      'critical',
      { ventilator: 50, 'test-pcr': 48_000, 'respirator-n95': 96_000, gown: 20_000 },
      named,
    ),
    open(
      'req-khm-2020-03',
      'KHM',
      'urgent',
      { 'test-pcr': 19_200, 'mask-surgical': 400_000, 'thermometer-ir': 1_000 },
      named,
    ),
    open(
      'req-irn-2020-03',
      'IRN',
      'critical',
      { ventilator: 80, 'test-pcr': 96_000, 'respirator-n95': 120_000, gown: 30_000 },
      named,
    ),
    open(
      'req-irq-2020-03',
      'IRQ',
      'urgent',
      { 'test-pcr': 28_800, 'mask-surgical': 500_000, ventilator: 20 },
      named,
    ),
    open(
      'req-esp-2020-03',
      'ESP',
      'critical',
      { 'mask-surgical': 3_000_000, 'respirator-n95': 480_000, ventilator: 60, 'test-pcr': 96_000 },
      other,
    ),
    open(
      'req-phl-2020-03',
      'PHL',
      'urgent',
      { 'test-pcr': 48_000, 'mask-surgical': 500_000, gown: 20_000 },
      other,
    ),
    open(
      'req-lao-2020-03',
      'LAO',
      'urgent',
      { 'test-pcr': 9_600, 'mask-surgical': 100_000, 'thermometer-ir': 500 },
      other,
    ),
    open(
      'req-nga-2020-03',
      'NGA',
      'urgent',
      { 'test-pcr': 48_000, 'mask-surgical': 500_000, goggles: 10_000 },
      other,
    ),
    open(
      'req-ecu-2020-03',
      'ECU',
      'critical',
      { 'test-pcr': 28_800, 'respirator-n95': 48_000, ventilator: 20 },
      other,
    ),
    open(
      'req-au-2020-03',
      'AU',
      'urgent',
      { 'test-pcr': 192_000, 'mask-surgical': 1_000_000, gown: 40_000 },
      'The seed names the AU among the organisations aided; this request is illustrative.',
    ),
    open(
      'req-grc-2020-03',
      'GRC',
      'routine',
      { 'mask-surgical': 200_000, 'gloves-exam': 100_000 },
      other,
      'under-review',
    ),
    open(
      'req-zwe-2020-03',
      'ZWE',
      'urgent',
      { 'test-pcr': 9_600, 'mask-surgical': 100_000 },
      other,
      'submitted',
    ),
    open(
      'req-per-2020-03',
      'PER',
      'urgent',
      { 'test-pcr': 19_200, 'respirator-n95': 24_000 },
      other,
      'submitted',
    ),
  ];
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
