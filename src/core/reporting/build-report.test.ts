import { describe, expect, it } from 'vitest';
import { groupMembers } from '../reference/groupings';
import type { IsoDate } from '../shared/brand';
import { buildReport } from './build-report';
import type { AllocationRow, ReportInput } from './report.types';

const d = (s: string) => s as IsoDate;

/** A small operation: two batches, Italy through the EU, Pakistan, the AU, WHO's cash, a team to Iran. */
function smallInput(): ReportInput {
  return {
    asOf: d('2020-03-26'),
    grouping: 'seed-2020',
    batches: [
      {
        id: 'b2',
        number: 2,
        title: 'Batch 2',
        approvedAt: '2020-03-12T09:00:00Z',
        illustrative: false,
      },
      {
        id: 'b1',
        number: 1,
        title: 'Batch 1',
        approvedAt: '2020-03-05T09:00:00Z',
        illustrative: false,
      },
    ],
    requests: [
      {
        recipient: 'ITA',
        via: 'EU',
        form: 'supplies',
        status: 'fulfilled',
        requests: 1,
        amountUsd: 0,
      },
      {
        recipient: 'PAK',
        via: null,
        form: 'supplies',
        status: 'fulfilled',
        requests: 2,
        amountUsd: 0,
      },
      { recipient: 'PAK', via: null, form: 'works', status: 'agreed', requests: 1, amountUsd: 0 },
      {
        recipient: 'WHO',
        via: null,
        form: 'cash',
        status: 'fulfilled',
        requests: 1,
        amountUsd: 20e6,
      },
      {
        recipient: 'IRN',
        via: null,
        form: 'expert-team',
        status: 'fulfilled',
        requests: 1,
        amountUsd: 0,
      },
      {
        recipient: 'GRC',
        via: null,
        form: 'supplies',
        status: 'declined',
        requests: 1,
        amountUsd: 0,
      },
    ],
    requestLines: [
      { item: 'mask-surgical', status: 'fulfilled', asked: 2_600_000, agreed: 2_600_000 },
      { item: 'test-pcr', status: 'fulfilled', asked: 60_000, agreed: 50_000 },
      { item: 'test-pcr', status: 'declined', asked: 9_999, agreed: 0 },
    ],
    allocations: [
      {
        batchId: 'b1',
        recipient: 'PAK',
        via: null,
        item: 'mask-surgical',
        lines: 1,
        units: 600_000,
      },
      { batchId: 'b1', recipient: 'AU', via: null, item: 'test-pcr', lines: 1, units: 10_000 },
      {
        batchId: 'b2',
        recipient: 'ITA',
        via: 'EU',
        item: 'mask-surgical',
        lines: 1,
        units: 2_000_000,
      },
      { batchId: 'b2', recipient: 'ITA', via: 'EU', item: 'test-pcr', lines: 1, units: 40_000 },
      { batchId: 'draft', recipient: 'FRA', via: null, item: 'test-pcr', lines: 1, units: 1 },
    ],
    shipments: [
      {
        batchId: 'b1',
        recipient: 'PAK',
        item: 'mask-surgical',
        week: d('2020-03-02'),
        units: 600_000,
      },
      { batchId: 'b2', recipient: 'ITA', item: 'test-pcr', week: d('2020-03-16'), units: 40_000 },
    ],
    receipts: [
      {
        batchId: 'b1',
        recipient: 'PAK',
        item: 'mask-surgical',
        week: d('2020-03-09'),
        received: 596_000,
        damaged: 2_000,
        missing: 2_000,
      },
    ],
    consignmentWeeks: [
      { week: d('2020-03-02'), shipped: 1, received: 0 },
      { week: d('2020-03-09'), shipped: 0, received: 1 },
      { week: d('2020-03-16'), shipped: 1, received: 0 },
    ],
    experts: null,
  };
}

describe('buildReport', () => {
  const report = buildReport(smallInput());

  it('counts countries and organisations aided, by batch, leaving drafts and declined requests out', () => {
    expect(report.totals).toMatchObject({
      batches: 2,
      countries: 3,
      organisations: 3,
      cashUsd: 20e6,
    });
    expect(report.recipients.map((r) => r.id)).toEqual(['IRN', 'ITA', 'PAK', 'AU', 'EU', 'WHO']);
    expect(report.batches.map((b) => [b.number, b.countries, b.organisations, b.lines])).toEqual([
      [1, 1, 1, 2],
      [2, 1, 1, 2],
    ]);
    expect(report.recipients.find((r) => r.id === 'ITA')).toMatchObject({
      iso2: 'IT',
      region: 'europe',
      batches: [2],
      via: ['EU'],
      forms: ['supplies'],
    });
  });

  it('counts by region under the grouping and by form of aid', () => {
    expect(report.regions.map((r) => [r.id, r.countries])).toEqual([
      ['asia', 2],
      ['europe', 1],
      ['africa', 0],
      ['americas', 0],
      ['south-pacific', 0],
    ]);
    const m49 = buildReport({ ...smallInput(), grouping: 'un-m49' });
    expect(m49.regions.find((r) => r.id === 'asia')?.members).toEqual(['IRN', 'PAK']);
    expect(
      Object.fromEntries(report.forms.map((f) => [f.form, [f.countries, f.organisations]])),
    ).toEqual({
      supplies: [2, 2],
      'expert-team': [1, 0],
      cash: [0, 1],
      works: [0, 0],
    });
    expect(report.forms.find((f) => f.form === 'supplies')).toMatchObject({
      requests: 3,
      fulfilledRequests: 3,
    });
  });

  it('follows each item from request to receipt and values it at the reference price', () => {
    const masks = report.items.find((i) => i.item === 'mask-surgical')!;
    expect(masks.units).toEqual({
      requested: 2_600_000,
      agreed: 2_600_000,
      allocated: 2_600_000,
      shipped: 600_000,
      received: 596_000,
      damaged: 2_000,
      missing: 2_000,
    });
    expect(masks.priceBasis).toBe('esft');
    expect(masks.valueUsd.allocated).toBeCloseTo(2_600_000 * masks.priceUsd!, 2);
    const tests = report.items.find((i) => i.item === 'test-pcr')!;
    expect(tests.units.requested).toBe(60_000);
    expect(tests.units.allocated).toBe(50_000);
    expect(report.items.map((i) => i.item)).toEqual(['test-pcr', 'mask-surgical']);
    expect(report.totals.valueUsd.allocated).toBeCloseTo(
      masks.valueUsd.allocated + tests.valueUsd.allocated,
      2,
    );
    expect(report.prices).toMatchObject({ basis: 'reference', currency: 'USD' });
    expect(report.prices.source).toMatch(/ESFT/);
  });

  it('lays out a weekly time line without gaps', () => {
    expect(report.weeks.map((w) => w.week)).toEqual(['2020-03-02', '2020-03-09', '2020-03-16']);
    expect(report.weeks.map((w) => [w.batchesApproved, w.unitsAllocated, w.unitsReceived])).toEqual(
      [
        [1, 610_000, 0],
        [1, 2_040_000, 596_000],
        [0, 0, 0],
      ],
    );
    expect(report.weeks.map((w) => w.consignmentsShipped)).toEqual([1, 0, 1]);
  });

  it('gives the same report from one row set per key (GROUPING SETS) as from fine rows', () => {
    const fine = smallInput();
    const none = { batchId: null, recipient: null, item: null, week: null };
    const sets: ReportInput = {
      ...fine,
      shipments: (['batchId', 'recipient', 'item', 'week'] as const).flatMap((k) =>
        fine.shipments.map((s) => ({ ...none, [k]: s[k], units: s.units })),
      ),
      receipts: [
        ...fine.receipts.map((r) => ({ ...r, ...none, batchId: r.batchId })),
        ...fine.receipts.map((r) => ({ ...r, ...none, recipient: r.recipient })),
        ...fine.receipts.map((r) => ({ ...r, batchId: null, recipient: null })),
      ],
    };
    const pairs = [
      ['batchId', 'recipient', 'via'],
      ['recipient', 'item'],
      ['batchId', 'item'],
    ] as const;
    const allocations = pairs.flatMap((keys) =>
      fine.allocations.map((a) => ({
        batchId: null,
        recipient: null,
        via: null,
        item: null,
        ...Object.fromEntries(keys.map((k) => [k, a[k]])),
        lines: a.lines,
        units: a.units,
      })),
    );
    expect(buildReport(sets)).toEqual(report);
    expect(buildReport({ ...sets, allocations })).toEqual(report);
    expect(report.batches.find((b) => b.id === 'b1')?.units.received).toBe(596_000);
  });

  it('rejects an unknown grouping by name', () => {
    expect(() => buildReport({ ...smallInput(), grouping: 'nope' as 'un-m49' })).toThrow(/"nope"/);
  });
});

/** Allocation rows for the first `n` countries of each seed region, spread over four batches. */
function seedLike(counts: Record<string, number>): ReportInput {
  const allocations: AllocationRow[] = [];
  let k = 0;
  for (const [region, n] of Object.entries(counts)) {
    for (const [i, iso3] of groupMembers('seed-2020', region).slice(0, n).entries()) {
      const viaEu = region === 'europe' && i === 0; // one European country's aid passes through the EU
      allocations.push({
        batchId: viaEu ? 'b1' : `b${(k++ % 4) + 1}`,
        recipient: iso3,
        via: viaEu ? 'EU' : null,
        item: 'mask-surgical',
        lines: 1,
        units: 1000,
      });
    }
  }
  for (const org of ['WHO', 'AU', 'ASEAN']) {
    allocations.push({
      batchId: 'b1',
      recipient: org,
      via: null,
      item: 'test-pcr',
      lines: 1,
      units: 960,
    });
  }
  return {
    ...smallInput(),
    requests: [],
    requestLines: [],
    shipments: [],
    receipts: [],
    allocations,
    batches: [1, 2, 3, 4].map((n) => ({
      id: `b${n}`,
      number: n,
      title: `Batch ${n}`,
      approvedAt: `2020-03-0${n}T00:00:00Z`,
      illustrative: true,
    })),
  };
}

describe('the headline from the data', () => {
  const seed = { asia: 28, europe: 16, africa: 26, americas: 9, 'south-pacific': 10 };

  it("states the seed's sentence when the rows add up to the seed's operation", () => {
    const input = seedLike(seed);
    expect(input.allocations.filter((a) => a.via === 'EU')).toHaveLength(1);
    const report = buildReport(input);
    expect(report.headline.en).toBe(
      'Four batches to 89 countries and 4 international organisations: 28 in Asia, 16 in Europe, ' +
        '26 in Africa, 9 in the Americas and 10 in the South Pacific.',
    );
    expect(report.headline.zh).toBe(
      '已分四批向89个国家和4个国际组织提供抗疫援助，其中亚洲28国、欧洲16国、非洲26国、美洲9国、南太10国。',
    );
  });

  it('changes when the data change: a batch, a country and an organisation fewer', () => {
    const input = seedLike({ ...seed, americas: 8 });
    const fewer = {
      ...input,
      batches: input.batches.filter((b) => b.id !== 'b4'),
      allocations: input.allocations.filter((a) => a.batchId !== 'b4' && a.recipient !== 'ASEAN'),
    };
    const report = buildReport(fewer);
    const expected = Object.values(report.regions).reduce((n, r) => n + r.countries, 0);
    expect(report.totals.countries).toBe(expected);
    expect(expected).toBeLessThan(88);
    expect(report.headline.en).toMatch(
      new RegExp(`^Three batches to ${expected} countries and 3 `),
    );
    expect(report.headline.zh).toContain(`已分三批向${expected}个国家和3个国际组织`);
    expect(report.headline.en).toContain(`${report.regions[3]!.countries} in the Americas`);
  });
});
