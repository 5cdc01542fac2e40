// The open report from grouped ledger rows: who was aided, with what, where, when, and the headline.
import { CATALOGUE, itemById } from '../reference/catalogue';
import { groupingById, groupOf } from '../reference/groupings';
import { recipientById } from '../reference/recipients';
import type { IsoDate } from '../shared/brand';
import { headline } from './headline';
import type {
  AidForm,
  BatchSummary,
  FormSummary,
  ItemSummary,
  Pipeline,
  PriceNote,
  RecipientSummary,
  RegionSummary,
  Report,
  ReportInput,
  WeekSummary,
} from './report.types';
import { AID_FORMS } from './report.types';
import {
  cents,
  emptyPipeline,
  entry,
  newBatch,
  newRecipient,
  newWeek,
  priceOf,
  type BatchTally,
  type RecipientTally,
  type WeekTally,
} from './tally';
import { weekOf, weekRange } from './weeks';

/** Whether a recipient id is an international organisation (anything that is not a known country). */
const isOrganisation = (id: string) => recipientById(id)?.kind !== 'country';

/** How the report prices quantities: reference values at the catalogue's prices, with their sources. */
export function priceNote(): PriceNote {
  const esft = CATALOGUE.filter((i) => i.priceBasis === 'esft');
  const other = CATALOGUE.filter((i) => i.priceBasis !== 'esft').map((i) => i.id);
  return {
    basis: 'reference',
    currency: 'USD',
    source:
      `${esft[0]?.sources.price ?? 'catalogue'}` +
      (other.length ? `; illustrative prices for ${other.join(', ')}` : ''),
    note: {
      en: 'Values are reference values: quantities at the catalogue’s pre-pandemic reference prices (WHO ESFT), not what the goods cost.',
      zh: '金额为参考值：按物资目录中的疫情前参考价格（世卫组织ESFT）计算的数量价值，并非实际采购成本。',
    },
  };
}

/** Computes the open report from grouped rows; rows naming a batch not in `input.batches` are ignored. */
export function buildReport(input: ReportInput): Report {
  const grouping = groupingById(input.grouping);
  if (!grouping) throw new Error(`Unknown grouping "${input.grouping}"`);
  const batchById = new Map(input.batches.map((b) => [b.id, b]));
  const recipients = new Map<string, RecipientTally>();
  const batches = new Map<string, BatchTally>(input.batches.map((b) => [b.id, newBatch()]));
  const items = new Map<string, Pipeline>();
  const weeks = new Map<IsoDate, WeekTally>();
  const week = (w: IsoDate) => entry(weeks, w, newWeek);
  const item = (id: string) => entry(items, id, emptyPipeline);
  const forms = new Map<AidForm, { requests: number; fulfilled: number; amountUsd: number }>(
    AID_FORMS.map((f) => [f, { requests: 0, fulfilled: 0, amountUsd: 0 }]),
  );

  for (const b of input.batches) week(weekOf(b.approvedAt)).batchesApproved += 1;

  for (const r of input.requests) {
    if (r.status === 'declined') continue;
    const form = forms.get(r.form);
    if (!form) continue;
    form.requests += r.requests;
    if (r.status !== 'fulfilled') continue;
    form.fulfilled += r.requests;
    form.amountUsd += r.amountUsd;
    if (r.form === 'supplies') continue; // supplies count where a batch carried them
    const t = entry(recipients, r.recipient, newRecipient);
    t.forms.add(r.form);
    if (r.via) entry(recipients, r.via, newRecipient).forms.add(r.form);
  }
  for (const l of input.requestLines) {
    if (l.status === 'declined') continue;
    const p = item(l.item);
    p.requested += l.asked;
    p.agreed += l.agreed;
  }

  for (const a of input.allocations) {
    const b = a.batchId === null ? null : batchById.get(a.batchId);
    const bt = a.batchId === null ? null : batches.get(a.batchId);
    if (b === undefined || bt === undefined) continue;
    const value = a.item === null ? 0 : a.units * priceOf(a.item);
    if (b && bt && a.recipient !== null) {
      const t = entry(recipients, a.recipient, newRecipient);
      t.batches.add(b.id);
      t.forms.add('supplies');
      bt.recipients.add(a.recipient);
      if (a.via) {
        t.via.add(a.via);
        bt.partners.add(a.via);
        entry(recipients, a.via, newRecipient).forms.add('supplies');
      }
    }
    if (a.recipient !== null && a.item !== null) {
      const t = entry(recipients, a.recipient, newRecipient);
      t.allocated += a.units;
      t.valueUsd += value;
    }
    if (b && bt && a.item !== null) {
      bt.lines += a.lines;
      bt.allocated += a.units;
      bt.valueUsd += value;
      item(a.item).allocated += a.units;
      const w = week(weekOf(b.approvedAt));
      w.unitsAllocated += a.units;
      w.valueAllocatedUsd += value;
    }
  }

  // Shipments and receipts: each row counts toward every key it names (see ShipmentRow).
  for (const s of input.shipments) {
    const bt = s.batchId === null ? null : batches.get(s.batchId);
    if (bt === undefined) continue;
    if (bt) bt.shipped += s.units;
    if (s.recipient !== null) entry(recipients, s.recipient, newRecipient).shipped += s.units;
    if (s.item !== null) item(s.item).shipped += s.units;
    if (s.week !== null) week(s.week).unitsShipped += s.units;
  }

  for (const r of input.receipts) {
    const bt = r.batchId === null ? null : batches.get(r.batchId);
    if (bt === undefined) continue;
    if (bt) bt.received += r.received;
    if (r.recipient !== null) entry(recipients, r.recipient, newRecipient).received += r.received;
    if (r.item !== null) {
      const p = item(r.item);
      p.received += r.received;
      p.damaged += r.damaged;
      p.missing += r.missing;
    }
    if (r.week !== null) {
      const w = week(r.week);
      w.unitsReceived += r.received;
      w.valueReceivedUsd += r.item === null ? 0 : r.received * priceOf(r.item);
    }
  }

  for (const c of input.consignmentWeeks) {
    const w = week(c.week);
    w.consignmentsShipped += c.shipped;
    w.consignmentsReceived += c.received;
  }

  // Aided: received supplies in an approved batch, any other form of aid fulfilled, or aid passed through it.
  const aided = [...recipients.entries()].filter(([, t]) => t.forms.size > 0);
  const countryIds = aided.map(([id]) => id).filter((id) => !isOrganisation(id));
  const organisationIds = aided.map(([id]) => id).filter(isOrganisation);

  const regions: RegionSummary[] = grouping.groups.map((g) => {
    const members = countryIds.filter((id) => groupOf(grouping.id, id) === g.id).sort();
    const sum = (f: (t: RecipientTally) => number) =>
      members.reduce((n, id) => n + f(recipients.get(id)!), 0);
    return {
      id: g.id,
      nameEn: g.nameEn,
      nameZh: g.nameZh,
      countries: members.length,
      members,
      units: {
        allocated: sum((t) => t.allocated),
        shipped: sum((t) => t.shipped),
        received: sum((t) => t.received),
      },
      valueUsd: cents(sum((t) => t.valueUsd)),
    };
  });

  const batchSummaries: BatchSummary[] = input.batches.map((b) => {
    const t = batches.get(b.id)!;
    const orgs = new Set([...[...t.recipients].filter(isOrganisation), ...t.partners]);
    return {
      id: b.id,
      number: b.number,
      title: b.title,
      approvedAt: b.approvedAt,
      illustrative: b.illustrative,
      countries: [...t.recipients].filter((id) => !isOrganisation(id)).length,
      organisations: orgs.size,
      lines: t.lines,
      units: { allocated: t.allocated, shipped: t.shipped, received: t.received },
      valueUsd: cents(t.valueUsd),
    };
  });

  const formSummaries: FormSummary[] = AID_FORMS.map((f) => {
    const who = aided.filter(([, t]) => t.forms.has(f)).map(([id]) => id);
    const counts = forms.get(f)!;
    return {
      form: f,
      countries: who.filter((id) => !isOrganisation(id)).length,
      organisations: who.filter(isOrganisation).length,
      requests: counts.requests,
      fulfilledRequests: counts.fulfilled,
      amountUsd: f === 'cash' ? cents(counts.amountUsd) : 0,
    };
  });

  const itemSummaries = itemList(items);
  const batchNumber = (id: string) => batchById.get(id)?.number ?? 0;
  const recipientSummaries: RecipientSummary[] = aided
    .map(([id, t]) => {
      const r = recipientById(id);
      return {
        id,
        kind: r?.kind === 'country' ? ('country' as const) : ('organisation' as const),
        iso2: r?.kind === 'country' ? r.country.iso2 : null,
        nameEn: r?.nameEn ?? id,
        nameZh: r?.nameZh ?? id,
        region: r?.kind === 'country' ? groupOf(grouping.id, id) : null,
        batches: [...t.batches].map(batchNumber).sort((a, b) => a - b),
        forms: AID_FORMS.filter((f) => t.forms.has(f)),
        via: [...t.via].sort(),
        units: { allocated: t.allocated, shipped: t.shipped, received: t.received },
        valueUsd: cents(t.valueUsd),
      };
    })
    .sort((a, b) =>
      a.kind === b.kind ? a.nameEn.localeCompare(b.nameEn) : a.kind === 'country' ? -1 : 1,
    );

  const weekSummaries: WeekSummary[] = weekRange(weeks.keys()).map((w) => {
    const t = weeks.get(w) ?? newWeek();
    return {
      week: w,
      ...t,
      valueAllocatedUsd: cents(t.valueAllocatedUsd),
      valueReceivedUsd: cents(t.valueReceivedUsd),
    };
  });

  const units = itemSummaries.reduce((sum, i) => {
    for (const k of Object.keys(sum) as (keyof Pipeline)[]) sum[k] += i.units[k];
    return sum;
  }, emptyPipeline());
  const valueUsd = {
    agreed: cents(itemSummaries.reduce((n, i) => n + i.valueUsd.agreed, 0)),
    allocated: cents(itemSummaries.reduce((n, i) => n + i.valueUsd.allocated, 0)),
    shipped: cents(itemSummaries.reduce((n, i) => n + i.valueUsd.shipped, 0)),
    received: cents(itemSummaries.reduce((n, i) => n + i.valueUsd.received, 0)),
  };
  const totals = {
    batches: input.batches.length,
    countries: countryIds.length,
    organisations: organisationIds.length,
    units,
    valueUsd,
    cashUsd: cents(forms.get('cash')!.amountUsd),
    consignmentsShipped: input.consignmentWeeks.reduce((n, c) => n + c.shipped, 0),
    consignmentsReceived: input.consignmentWeeks.reduce((n, c) => n + c.received, 0),
  };

  return {
    asOf: input.asOf,
    grouping: {
      id: grouping.id,
      nameEn: grouping.nameEn,
      nameZh: grouping.nameZh,
      note: grouping.note,
    },
    headline: headline({
      batches: totals.batches,
      countries: totals.countries,
      organisations: totals.organisations,
      regions,
    }),
    totals,
    batches: batchSummaries.sort((a, b) => (a.number ?? 0) - (b.number ?? 0)),
    regions,
    forms: formSummaries,
    items: itemSummaries,
    recipients: recipientSummaries,
    experts: input.experts,
    weeks: weekSummaries,
    prices: priceNote(),
  };
}

/** Items in catalogue order (unknown items last, by id), each priced at its reference price. */
function itemList(items: Map<string, Pipeline>): ItemSummary[] {
  const order = new Map(CATALOGUE.map((c, i) => [c.id as string, i]));
  return [...items.entries()]
    .sort(([a], [b]) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b))
    .map(([id, units]) => {
      const c = itemById(id);
      const price = c?.referencePriceUsd ?? null;
      const v = (n: number) => cents(n * (price ?? 0));
      return {
        item: id,
        nameEn: c?.nameEn ?? id,
        nameZh: c?.nameZh ?? id,
        unit: c?.unit ?? 'unit',
        units,
        priceUsd: price,
        priceBasis: c?.priceBasis ?? 'none',
        valueUsd: {
          agreed: v(units.agreed),
          allocated: v(units.allocated),
          shipped: v(units.shipped),
          received: v(units.received),
        },
      };
    });
}
