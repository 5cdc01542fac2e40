// Use cases: turn an approved batch into consignments per recipient packed onto flights (payload and
// volume limits, catalogue pack weight and volume), each with its marks; read consignments for the board.
import {
  consignmentView,
  marksFor,
  packFlights,
  type ConsignmentEvent,
  type ConsignmentView,
  type FlightSpec,
  type Marks,
  type Shipment,
} from '../core/logistics';
import { itemById } from '../core/reference/catalogue';
import { recipientById } from '../core/reference/recipients';
import { isIsoDate } from '../core/situation/dates';
import type { Database } from '../db/database';
import type { Db } from '../db/db.types';
import { batchById, linesOfBatch } from '../db/batches.repository';
import {
  consignmentById,
  eventsOf,
  insertShipping,
  linesOfConsignments,
  listConsignments,
  listFlights,
  type ConsignmentFilter,
  type ConsignmentLineRow,
  type ConsignmentRow,
  type FlightRow,
} from '../db/consignments.repository';
import { listRequests, requestLinesById } from '../db/requests.repository';
import { recordAudit } from './audit.service';
import { BadRequestError, ConflictError, NotFoundError } from './errors';

/** A flight as given for a batch; without destinations it may carry goods for anyone. */
export interface FlightInput {
  flightNo: string;
  kind: 'charter' | 'cargo';
  payloadKg: number;
  volumeM3: number;
  origin?: string | undefined;
  destinations?: string[] | null | undefined;
  departsOn?: string | null | undefined;
}

/** How to ship a batch: the flights, or the aircraft to charter per destination as needed. */
export interface ShippingPlan {
  flights?: FlightInput[] | undefined;
  aircraft?: { payloadKg: number; volumeM3: number } | undefined;
  origin?: string | undefined;
  departsOn?: string | null | undefined;
}

/** The aircraft chartered when no flights are given (a large freighter; figures illustrative). */
export const DEFAULT_AIRCRAFT = { payloadKg: 100_000, volumeM3: 650 } as const;

/** A consignment with its flight, lines, log and what the log says. */
export interface ConsignmentDetail extends Omit<ConsignmentRow, 'marks'> {
  recipientName: { en: string; zh: string };
  marks: Marks;
  flight: FlightRow | null;
  lines: (ConsignmentLineRow & { requestLineId: string | null })[];
  events: (ConsignmentEvent & { recordedAt: string })[];
  view: ConsignmentView;
}

function checkFlights(flights: readonly FlightInput[]): void {
  flights.forEach((f, i) => {
    if (!f.flightNo.trim())
      throw new BadRequestError(`flights.${i}.flightNo must not be empty`, `flights.${i}.flightNo`);
    for (const key of ['payloadKg', 'volumeM3'] as const) {
      if (!(Number.isFinite(f[key]) && f[key] > 0)) {
        throw new BadRequestError(
          `flights.${i}.${key} must be > 0, got ${f[key]}`,
          `flights.${i}.${key}`,
        );
      }
    }
    if (f.departsOn && !isIsoDate(f.departsOn)) {
      throw new BadRequestError(
        `flights.${i}.departsOn must be a YYYY-MM-DD date`,
        `flights.${i}.departsOn`,
      );
    }
  });
}

/** Packs an approved batch onto flights inside a transaction; returns the consignment ids. */
export async function planConsignmentsIn(
  tx: Db,
  batchId: string,
  plan: ShippingPlan = {},
): Promise<string[]> {
  const batch = await batchById(tx, batchId, true);
  if (!batch) throw new NotFoundError(`no batch with id "${batchId}"`, 'id', batchId);
  if (batch.status !== 'approved') {
    throw new ConflictError(
      `batch ${batchId} is ${batch.status}: only an approved batch is shipped`,
    );
  }
  if ((await listConsignments(tx, { batchId })).length > 0) {
    throw new ConflictError(`batch ${batchId} already has its consignments`);
  }
  checkFlights(plan.flights ?? []);
  const origin = plan.origin ?? 'Beijing';
  const lines = (await linesOfBatch(tx, batchId)).filter((l) => l.quantity > 0);
  const requestLines = await requestLinesById(
    tx,
    lines.map((l) => l.requestLineId),
  );
  const requests = await listRequests(tx, {
    ids: [...new Set(requestLines.map((l) => l.requestId))],
  });
  const viaOf = new Map(
    requestLines.map((l) => [l.id, requests.find((r) => r.id === l.requestId)?.via ?? null]),
  );
  const shipments = new Map<string, Shipment>();
  for (const l of lines) {
    const destination = viaOf.get(l.requestLineId) ?? l.recipient;
    const key = `${l.recipient}\u0000${destination}`;
    const item = itemById(l.item)!;
    const s = shipments.get(key) ?? { recipient: l.recipient, destination, lines: [] };
    s.lines.push({
      key: l.id,
      item: l.item,
      quantity: l.quantity,
      packSize: item.packSize,
      packWeightKg: item.packWeightKg,
      packVolumeM3: item.packVolumeM3,
    });
    shipments.set(key, s);
  }
  const given: FlightSpec[] = (plan.flights ?? []).map((f, i) => ({
    id: `${batchId}-F${i + 1}`,
    kind: f.kind,
    payloadKg: f.payloadKg,
    volumeM3: f.volumeM3,
    destinations: f.destinations ?? null,
  }));
  const aircraft = plan.aircraft ?? DEFAULT_AIRCRAFT;
  let opened = given.length;
  const packing = packFlights(
    [...shipments.values()],
    given,
    plan.flights
      ? undefined
      : (destination) => ({
          id: `${batchId}-F${++opened}`,
          kind: 'charter',
          ...aircraft,
          destinations: [destination],
        }),
  );
  if (packing.unplaced.length > 0) {
    const u = packing.unplaced[0]!;
    throw new ConflictError(
      `the flights have no room for ${u.quantity} units of batch line ${u.key} (for ${u.recipient})` +
        `${packing.unplaced.length > 1 ? ` and ${packing.unplaced.length - 1} more lines` : ''}: add a flight or a larger aircraft`,
    );
  }
  const used = new Set(packing.consignments.map((c) => c.flight));
  const flights: FlightRow[] = packing.flights
    .filter((f) => used.has(f.id))
    .map((f) => {
      const input = plan.flights?.[given.findIndex((g) => g.id === f.id)];
      return {
        id: f.id,
        batchId,
        flightNo: input?.flightNo.trim() ?? `CHARTER ${f.id.slice(batchId.length + 2)}`,
        kind: f.kind,
        payloadKg: f.payloadKg,
        volumeM3: f.volumeM3,
        origin: input?.origin ?? origin,
        destinations: f.destinations === null ? null : [...f.destinations],
        departsOn: input?.departsOn ?? plan.departsOn ?? null,
      };
    });
  const consignments = packing.consignments.map((c, i) => ({
    id: `${batchId}-C${i + 1}`,
    batchId,
    recipient: c.recipient,
    consignee: c.destination,
    flightId: c.flight,
    marks: marksFor(c.recipient) as unknown as Record<string, unknown>,
    weightKg: c.weightKg,
    volumeM3: c.volumeM3,
  }));
  const consignmentLines = packing.consignments.flatMap((c, i) =>
    c.lines.map((l, k) => ({
      id: `${batchId}-C${i + 1}-L${k + 1}`,
      consignmentId: `${batchId}-C${i + 1}`,
      batchLineId: l.key,
      item: l.item,
      packs: l.packs,
      quantity: l.quantity,
    })),
  );
  await insertShipping(tx, flights, consignments, consignmentLines);
  await recordAudit(tx, [
    ...flights.map((f) => ({
      action: 'flight.create',
      entity: 'flight',
      entityId: f.id,
      after: f,
    })),
    ...consignments.map((c) => ({
      action: 'consignment.create',
      entity: 'consignment',
      entityId: c.id,
      after: { ...c, lines: consignmentLines.filter((l) => l.consignmentId === c.id) },
    })),
  ]);
  return consignments.map((c) => c.id);
}

/** Packs an approved batch onto flights; returns its consignments. */
export async function planConsignments(
  database: Database,
  batchId: string,
  plan: ShippingPlan = {},
): Promise<ConsignmentDetail[]> {
  await database.transaction((tx) => planConsignmentsIn(tx, batchId, plan));
  return database.transaction((tx) => consignmentDetails(tx, { batchId }));
}

/** Consignments matching the filter, in full. */
export async function consignmentDetails(
  db: Db,
  filter: ConsignmentFilter,
): Promise<ConsignmentDetail[]> {
  const rows = await listConsignments(db, filter);
  const ids = rows.map((r) => r.id);
  const lines = await linesOfConsignments(db, ids);
  const events = await eventsOf(db, ids);
  const flights = new Map((await listFlights(db)).map((f) => [f.id, f]));
  const batchLines = new Map<string, string>();
  for (const batchId of new Set(rows.map((r) => r.batchId))) {
    for (const l of await linesOfBatch(db, batchId)) batchLines.set(l.id, l.requestLineId);
  }
  return rows.map((r) => {
    const recipient = recipientById(r.recipient);
    const mine = events.filter((e) => e.consignmentId === r.id);
    return {
      ...r,
      recipientName: { en: recipient?.nameEn ?? r.recipient, zh: recipient?.nameZh ?? r.recipient },
      marks: r.marks as unknown as Marks,
      flight: flights.get(r.flightId) ?? null,
      lines: lines
        .filter((l) => l.consignmentId === r.id)
        .map((l) => ({ ...l, requestLineId: batchLines.get(l.batchLineId) ?? null })),
      events: mine,
      view: consignmentView(mine),
    };
  });
}

/** Consignments for the board (by flight), optionally of one batch or status. */
export async function listConsignmentDetails(
  database: Database,
  filter: ConsignmentFilter = {},
): Promise<ConsignmentDetail[]> {
  return database.transaction((tx) => consignmentDetails(tx, filter));
}

/** One consignment; NotFoundError naming the id when there is none. */
export async function getConsignment(database: Database, id: string): Promise<ConsignmentDetail> {
  return database.transaction(async (tx) => {
    if (!(await consignmentById(tx, id)))
      throw new NotFoundError(`no consignment with id "${id}"`, 'id', id);
    return (await consignmentDetails(tx, { ids: [id] }))[0]!;
  });
}
