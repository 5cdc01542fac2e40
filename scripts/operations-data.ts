// The figures of the demo operation (scripts/build-operations.ts assembles them): who received the past
// batches, the standard packages, stock, depots, contributions and the open requests for batch 5.
// Everything here is illustrative except what `SEED` marks as coming from the seed.
import { recipientById } from '../src/core/reference/recipients';
import type { DemoOperations } from '../src/services/demo-operations';

/** The seed, as cited in source notes. */
export const SEED =
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

/** The days batches 1 to 4 were approved (illustrative). */
export const BATCH_DAYS = ['2020-03-05', '2020-03-10', '2020-03-15', '2020-03-20'];
/** Packs per batch for a country of middling size, by batch (illustrative). */
export const PACKAGES: Record<string, number>[] = [
  { 'test-pcr': 10, 'mask-surgical': 50, gown: 100 },
  { 'test-pcr': 10, 'mask-surgical': 50, 'respirator-n95': 40, goggles: 20 },
  { 'mask-surgical': 50, 'respirator-n95': 40, 'thermometer-ir': 10, 'gloves-exam': 50 },
  { 'test-pcr': 10, gown: 100, 'gloves-exam': 50, 'shoe-covers': 20 },
];
/** Ventilators per batch from batch 3 on, for the countries that got them (illustrative; Pakistan's are in the seed). */
export const VENTILATORS: Record<string, number> = { PAK: 10, IRN: 10, IRQ: 5, ITA: 20, SRB: 5 };

/** The on-hand stock on 26 March after the four batches, per depot share (illustrative). */
export const STOCK: Record<
  string,
  { onHand: number; daily: number; days?: number; perDay: number }
> = {
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
/** The depots and their share of each item's stock (illustrative). */
export const DEPOTS = [
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

/** Goods from other donors (the seed says they give too; who and how much is illustrative). */
export const CONTRIBUTIONS: DemoOperations['contributions'] = [
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

/** A request of the operations file. */
export type Request = DemoOperations['requests'][number];
/** A supplies request whose lines are agreed as asked, sorted by item. */
export const supplies = (
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
/** An agreement on a date by someone. */
export const agreed = (on: string, who: string) => ({ agreedBy: who, agreedOn: on });

/** The open and non-supplies requests as of 26 March: batch 5's, the seed's works, cash and teams. */
export function otherRequests(): Request[] {
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
