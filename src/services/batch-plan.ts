// What a batch is drafted from: the open lines of agreed supplies requests, recipient profiles from the
// situation and health data, and the donor's free stock and reserve, as the allocation engine's input.
import {
  DEFAULT_POLICY,
  parsePolicy,
  type PlanInput,
  type Policy,
  type RecipientProfile,
  type Urgency,
} from '../core/allocation';
import { isAllocatable } from '../core/logistics';
import { CATALOGUE, itemById } from '../core/reference/catalogue';
import { recipientById } from '../core/reference/recipients';
import type { Iso3, ItemId, RecipientId } from '../core/shared/brand';
import type { Db } from '../db/db.types';
import { allPopulation, healthOf } from '../db/population.repository';
import { allocatedByLine, linesOfRequests, listRequests } from '../db/requests.repository';
import { BadRequestError } from './errors';
import type { SituationEntry } from './situation.service';
import type { ItemPosition } from './supply.service';

/** A request line that batches may still allocate to. */
export interface OpenLine {
  id: string;
  requestId: string;
  recipient: string;
  via: string | null;
  item: string;
  agreed: number;
  allocated: number;
  /** agreed − allocated. */
  remaining: number;
  neededBy: string | null;
  urgency: Urgency;
}

/** Open lines of agreed supplies requests (all, or those of `requestIds`), and each request's version. */
export async function openLines(
  db: Db,
  requestIds?: readonly string[],
): Promise<{ lines: OpenLine[]; versions: Record<string, number> }> {
  const requests = await listRequests(db, {
    kind: 'supplies',
    ...(requestIds ? { ids: requestIds } : {}),
  });
  if (requestIds) {
    requestIds.forEach((id, i) => {
      const r = requests.find((q) => q.id === id);
      if (!r) {
        throw new BadRequestError(
          `requests.${i}: no supplies request with id "${id}"`,
          `requests.${i}`,
        );
      }
      if (!isAllocatable(r.status)) {
        throw new BadRequestError(
          `requests.${i}: request ${id} is "${r.status}"; only agreed requests can be allocated`,
          `requests.${i}`,
        );
      }
    });
  }
  const open = requests.filter((r) => isAllocatable(r.status));
  const rows = await linesOfRequests(
    db,
    open.map((r) => r.id),
  );
  const allocated = await allocatedByLine(
    db,
    rows.map((l) => l.id),
  );
  const byId = new Map(open.map((r) => [r.id, r]));
  const lines = rows.map((l): OpenLine => {
    const r = byId.get(l.requestId)!;
    const a = allocated.get(l.id) ?? 0;
    return {
      id: l.id,
      requestId: l.requestId,
      recipient: r.recipient,
      via: r.via,
      item: l.item,
      agreed: l.agreed ?? 0,
      allocated: a,
      remaining: Math.max(0, (l.agreed ?? 0) - a),
      neededBy: r.neededBy,
      urgency: r.urgency,
    };
  });
  return { lines, versions: Object.fromEntries(open.map((r) => [r.id, r.version])) };
}

/** The policy of a draft: the default, or the caller's JSON (BadRequestError naming its fields). */
export function policyFrom(json: unknown): Policy {
  if (json === undefined || json === null) return DEFAULT_POLICY;
  const parsed = parsePolicy(json);
  if (!parsed.ok) throw new BadRequestError(`policy: ${parsed.errors.join('; ')}`, 'policy');
  return parsed.policy;
}

const URGENCY_ORDER: readonly Urgency[] = ['routine', 'urgent', 'critical'];

/** What the policy factors read about each recipient, from the situation and the health data. */
export async function recipientProfiles(
  db: Db,
  recipients: readonly string[],
  lines: readonly OpenLine[],
  situation: ReadonlyMap<string, SituationEntry>,
): Promise<RecipientProfile[]> {
  const populations = await allPopulation(db);
  const out: RecipientProfile[] = [];
  for (const id of recipients) {
    const r = recipientById(id);
    const iso3 = id as Iso3;
    const health = r?.kind === 'country' ? await healthOf(db, iso3) : null;
    const population = r?.kind === 'country' ? (populations.get(iso3)?.population ?? null) : null;
    const s = situation.get(id);
    const workers =
      health && population && (health.doctors !== null || health.nurses !== null)
        ? (((health.doctors ?? 0) + (health.nurses ?? 0)) / population) * 1000
        : null;
    const urgency = lines
      .filter((l) => l.recipient === id)
      .reduce<Urgency>(
        (u, l) => (URGENCY_ORDER.indexOf(l.urgency) > URGENCY_ORDER.indexOf(u) ? l.urgency : u),
        'routine',
      );
    out.push({
      id: id as RecipientId,
      name: r?.nameEn ?? id,
      kind: r?.kind ?? 'country',
      population,
      casesPerMillion: s?.casesPerMillion ?? null,
      growthRate: s?.growthRate ?? null,
      bedsPer1000: health?.bedsPer1000 ?? null,
      healthWorkersPer1000: workers,
      supplyShortage: null,
      urgency,
      agreed: true,
      coverableShare: null,
      helpedEarlier: false,
    });
  }
  return out;
}

/** The engine's input: free stock (on hand − held) with the reserve as stored, and open needs. */
export function planInput(
  policy: Policy,
  lines: readonly OpenLine[],
  positions: readonly ItemPosition[],
  profiles: RecipientProfile[],
): PlanInput {
  const items = [...new Set(lines.map((l) => l.item))].sort();
  const need = new Map<string, number>();
  for (const l of lines) {
    const key = `${l.recipient}\u0000${l.item}`;
    need.set(key, (need.get(key) ?? 0) + l.remaining);
  }
  return {
    policy,
    items: items.map((id) => {
      const c = itemById(id) ?? CATALOGUE[0]!;
      return {
        id: id as ItemId,
        packSize: c.packSize,
        packWeightKg: c.packWeightKg,
        packVolumeM3: c.packVolumeM3,
      };
    }),
    supply: items.map((id) => {
      const p = positions.find((x) => x.item === id);
      return {
        item: id as ItemId,
        stock: p ? p.onHand - p.allocated : 0,
        producible: 0,
        reserve: { kind: 'fixed', quantity: p?.reserve ?? 0 },
      };
    }),
    recipients: profiles,
    requests: [...need.entries()].map(([key, quantity]) => {
      const [recipient, item] = key.split('\u0000') as [string, string];
      return { recipient: recipient as RecipientId, item: item as ItemId, quantity };
    }),
  };
}
