// What the allocation engine reads from the operations tables (open requests, stock, production, reserve)
// and the situation and health data, and how it becomes a plan input with names and notes.
import {
  supplyShortage,
  type ItemSpec,
  type PlanInput,
  type Policy,
  type RecipientProfile,
  type RequestInput,
  type SupplyInput,
  type Text,
  type Urgency,
} from '../core/allocation';
import { isForecastItem } from '../core/forecast';
import { CATALOGUE, itemById } from '../core/reference/catalogue';
import { recipientById } from '../core/reference/recipients';
import type { Iso3, IsoDate, ItemId, RecipientId } from '../core/shared/brand';
import { countrySituation, cumulativeFromRows } from '../core/situation';
import { daysBetween } from '../core/situation/dates';
import type { SeriesSource } from '../core/situation/types';
import type { Db } from '../db/db.types';
import { allPopulation, healthOf } from '../db/population.repository';
import {
  allocatedByLine,
  linesOfRequests,
  listRequests,
  type RequestRow,
} from '../db/requests.repository';
import { countryRows } from '../db/series.repository';
import { BadRequestError } from './errors';
import { supplyPositions, type ItemPosition } from './supply.service';

/** Request statuses whose lines still count as need. */
export const OPEN_STATUSES: readonly RequestRow['status'][] = [
  'submitted',
  'under-review',
  'agreed',
  'partly-allocated',
];

/** One open request line: what is still wanted (agreed, else asked, less what approved batches hold). */
export interface OpenNeed {
  requestId: string;
  recipient: string;
  item: string;
  quantity: number;
  agreed: boolean;
  /** Units approved batches hold for this line (on their way: counted as the recipient's pipeline). */
  allocated: number;
}

/** What a country's profile reads from the situation and the health data. */
export interface CountryFacts {
  population: number | null;
  casesPerMillion: number | null;
  growthRate: number | null;
  bedsPer1000: number | null;
  healthWorkersPer1000: number | null;
}

/** Display names of an input's recipients and items (en/zh). */
export interface PlanNames {
  recipients: Record<string, Text & { kind: 'country' | 'organisation' }>;
  items: Record<string, Text & { unit: string }>;
}

/** Everything planInputFor reads in one transaction. */
export interface PlanData {
  source: SeriesSource | null;
  requests: RequestRow[];
  needs: OpenNeed[];
  positions: ItemPosition[];
  countries: Map<string, CountryFacts>;
  /** Recipient countries with a requested item the forecast covers. */
  forecastCountries: string[];
}

/** Reads the open supplies requests (all, or `requestIds`), stock and the recipients' facts. */
export async function readPlanData(
  tx: Db,
  opts: { date: IsoDate; source: SeriesSource | null; requestIds?: readonly string[] | undefined },
): Promise<PlanData> {
  const all = await listRequests(tx, {
    kind: 'supplies',
    ...(opts.requestIds ? { ids: opts.requestIds } : {}),
  });
  opts.requestIds?.forEach((id, i) => {
    const r = all.find((q) => q.id === id);
    const field = `requestIds.${i}`;
    if (!r) throw new BadRequestError(`${field}: no supplies request with id "${id}"`, field);
    if (!OPEN_STATUSES.includes(r.status)) {
      throw new BadRequestError(
        `${field}: request ${id} is "${r.status}"; only open requests (${OPEN_STATUSES.join(', ')}) are planned`,
        field,
      );
    }
  });
  const requests = all.filter((r) => OPEN_STATUSES.includes(r.status));
  const byId = new Map(requests.map((r) => [r.id, r]));
  const lines = await linesOfRequests(
    tx,
    requests.map((r) => r.id),
  );
  const held = await allocatedByLine(
    tx,
    lines.map((l) => l.id),
  );
  const needs = lines.map((l): OpenNeed => {
    const allocated = held.get(l.id) ?? 0;
    return {
      requestId: l.requestId,
      recipient: byId.get(l.requestId)!.recipient,
      item: l.item,
      quantity: Math.max(0, (l.agreed ?? l.asked) - allocated),
      agreed: l.agreed !== null,
      allocated,
    };
  });
  const items = [...new Set(needs.map((n) => n.item))];
  const positions = items.length > 0 ? await supplyPositions(tx, items) : [];
  const populations = await allPopulation(tx);
  const countries = new Map<string, CountryFacts>();
  const forecastCountries: string[] = [];
  for (const id of [...new Set(needs.map((n) => n.recipient))].sort()) {
    if (recipientById(id)?.kind !== 'country') continue;
    const iso3 = id as Iso3;
    const population = populations.get(iso3)?.population ?? null;
    const health = await healthOf(tx, iso3);
    let situation = null;
    if (opts.source) {
      const points = cumulativeFromRows(await countryRows(tx, opts.source, iso3, opts.date));
      situation = countrySituation(points.get(iso3) ?? [], population, opts.date);
    }
    const workers =
      health && population && (health.doctors !== null || health.nurses !== null)
        ? (((health.doctors ?? 0) + (health.nurses ?? 0)) / population) * 1000
        : null;
    countries.set(id, {
      population,
      casesPerMillion: situation?.casesPerMillion ?? null,
      growthRate: situation?.growth?.rate ?? null,
      bedsPer1000: health?.bedsPer1000 ?? null,
      healthWorkersPer1000: workers,
    });
    if (needs.some((n) => n.recipient === id && isForecastItem(n.item))) forecastCountries.push(id);
  }
  return { source: opts.source, requests, needs, positions, countries, forecastCountries };
}

const URGENCY: readonly Urgency[] = ['routine', 'urgent', 'critical'];
const moreUrgent = (a: Urgency, b: Urgency): Urgency =>
  URGENCY.indexOf(a) >= URGENCY.indexOf(b) ? a : b;

/** Urgency from the needed-by date (within 7 days critical, within 21 urgent), never below the stated one. */
export function urgencyOf(stated: Urgency, neededBy: string | null, date: IsoDate): Urgency {
  if (neededBy === null) return stated;
  const days = daysBetween(date, neededBy as IsoDate);
  return moreUrgent(stated, days <= 7 ? 'critical' : days <= 21 ? 'urgent' : 'routine');
}

/** The plan input, names and notes from what readPlanData read and the forecasts' gross need. */
export function planInputFrom(
  data: PlanData,
  opts: {
    policy: Policy;
    date: IsoDate;
    shipDate: IsoDate;
    forecasts: { gross: Map<string, Map<string, number>> };
  },
): { input: PlanInput; names: PlanNames; notes: Text[] } {
  const notes: Text[] = [];
  const wanted = data.needs.filter((n) => n.quantity > 0);
  if (wanted.length === 0) {
    notes.push({
      en: 'No open supplies request has quantities left to plan: load or enter requests (and stock) first.',
      zh: '没有尚有待分配数量的未结物资申请：请先载入或录入申请（及库存）。',
    });
  }
  const itemIds = [...new Set(wanted.map((n) => n.item))].sort();
  const recipientIds = [...new Set(wanted.map((n) => n.recipient))].sort();
  const items: ItemSpec[] = itemIds.map((id) => {
    const c = itemById(id) ?? CATALOGUE[0]!;
    return {
      id: id as ItemId,
      packSize: c.packSize,
      packWeightKg: c.packWeightKg,
      packVolumeM3: c.packVolumeM3,
    };
  });
  const productionDays = daysBetween(opts.date, opts.shipDate);
  const unstocked: string[] = [];
  const supply: SupplyInput[] = itemIds.map((id) => {
    const p = data.positions.find((x) => x.item === id);
    if (!p || p.onHand === 0) unstocked.push(id);
    return {
      item: id as ItemId,
      stock: p ? Math.max(0, p.onHand - p.allocated) : 0,
      producible: (p?.productionPerDay ?? 0) * productionDays,
      reserve: p?.reserveRule ?? { kind: 'fixed', quantity: 0 },
    };
  });
  if (unstocked.length > 0) {
    const en = unstocked.map((id) => itemById(id)?.nameEn ?? id).join(', ');
    const zh = unstocked.map((id) => itemById(id)?.nameZh ?? id).join('、');
    notes.push({
      en: `No stock on hand for ${en}: only production by the ship date can go there.`,
      zh: `${zh}没有现货库存：只能分配发运日期前的产量。`,
    });
  }
  const requests: RequestInput[] = [];
  const shortages = new Map<string, { forecastNeed: number; stock: number; pipeline: number }[]>();
  for (const r of recipientIds) {
    for (const item of itemIds) {
      const lines = wanted.filter((n) => n.recipient === r && n.item === item);
      if (lines.length === 0) continue;
      const pipeline = data.needs
        .filter((n) => n.recipient === r && n.item === item)
        .reduce((s, n) => s + n.allocated, 0);
      const gross = opts.forecasts.gross.get(r)?.get(item);
      const forecastNeed = gross === undefined ? null : Math.max(0, Math.round(gross - pipeline));
      if (gross !== undefined) {
        const list = shortages.get(r) ?? [];
        list.push({ forecastNeed: gross, stock: 0, pipeline });
        shortages.set(r, list);
      }
      requests.push({
        recipient: r as RecipientId,
        item: item as ItemId,
        quantity: lines.reduce((s, n) => s + n.quantity, 0),
        forecastNeed,
      });
    }
  }
  const recipients = recipientIds.map((id) => profileOf(id, data, shortages.get(id), opts.date));
  if (recipients.length > 0) {
    notes.push({
      en: "Recipients' own stock is not recorded: their shortage counts only what approved batches already hold for them. No record of help received earlier: reciprocity scores 0.",
      zh: '未记录受援方自身库存：其短缺仅扣除已批准批次为其保留的物资。无此前获得援助的记录：互助回报计 0 分。',
    });
  }
  return {
    input: { policy: opts.policy, items, supply, recipients, requests },
    names: {
      recipients: Object.fromEntries(
        recipientIds.map((id) => {
          const r = recipientById(id);
          return [id, { en: r?.nameEn ?? id, zh: r?.nameZh ?? id, kind: r?.kind ?? 'country' }];
        }),
      ),
      items: Object.fromEntries(
        itemIds.map((id) => {
          const c = itemById(id);
          return [id, { en: c?.nameEn ?? id, zh: c?.nameZh ?? id, unit: c?.unit ?? 'unit' }];
        }),
      ),
    },
    notes,
  };
}

function profileOf(
  id: string,
  data: PlanData,
  shortage: { forecastNeed: number; stock: number; pipeline: number }[] | undefined,
  date: IsoDate,
): RecipientProfile {
  const r = recipientById(id);
  const facts = data.countries.get(id);
  const mine = data.needs.filter((n) => n.recipient === id && n.quantity > 0);
  const requestIds = new Set(mine.map((n) => n.requestId));
  const urgency = data.requests
    .filter((q) => requestIds.has(q.id))
    .reduce<Urgency>((u, q) => moreUrgent(u, urgencyOf(q.urgency, q.neededBy, date)), 'routine');
  return {
    id: id as RecipientId,
    name: r?.nameEn ?? id,
    kind: r?.kind ?? 'country',
    population: facts?.population ?? null,
    casesPerMillion: facts?.casesPerMillion ?? null,
    growthRate: facts?.growthRate ?? null,
    bedsPer1000: facts?.bedsPer1000 ?? null,
    healthWorkersPer1000: facts?.healthWorkersPer1000 ?? null,
    supplyShortage: shortage ? supplyShortage(shortage) : null,
    urgency,
    agreed: mine.every((n) => n.agreed),
    coverableShare: null,
    helpedEarlier: false,
  };
}
