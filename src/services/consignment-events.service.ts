// Use case: record an event on a consignment. Idempotent by the client's id (a retry returns the stored
// event), checked against the order rules, chained to the previous event's hash, appended (never
// updated). "departed" moves the goods out of the depots: held units leave stock in the ledger.
import { createHash } from 'node:crypto';
import {
  canonicalJson,
  chainEvent,
  checkEvent,
  checkPayload,
  consignmentView,
  normalizeTimestamp,
  type ConsignmentEvent,
  type ConsignmentFacts,
  type EventKind,
  type EventPayload,
} from '../core/logistics';
import type { Database } from '../db/database';
import type { Db } from '../db/db.types';
import { allocationsOfLines, markDispatched } from '../db/batches.repository';
import {
  consignmentById,
  eventsByIds,
  eventsOf,
  insertEvents,
  linesOfConsignments,
  listFlights,
  setConsignmentStatus,
  type ConsignmentRow,
} from '../db/consignments.repository';
import { applyMovement, lockSupplyItems } from '../db/supply.repository';
import { recordAudit } from './audit.service';
import { BadRequestError, ConflictError, NotFoundError } from './errors';

/** An event as a client posts it. */
export interface EventInput {
  id: string;
  kind: EventKind;
  at: string;
  payload?: EventPayload | undefined;
}

/** What posting an event did: the stored event, whether it was already there, the consignment's status. */
export interface PostedEvent {
  event: ConsignmentEvent;
  replayed: boolean;
  status: string;
}

/** SHA-256 hex through Node (the same function as core's pure sha256Hex, faster). */
export const nodeSha256 = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');

/** The payload as it would be stored: defaults filled in (the consignment's flight, receipt's missing). */
function storedForm(
  history: readonly ConsignmentEvent[],
  kind: EventKind,
  payload: EventPayload,
  facts: ConsignmentFacts,
): EventPayload | null {
  if (kind !== 'correction') {
    const checked = checkPayload(kind, payload, facts);
    return 'problem' in checked ? null : checked.payload;
  }
  const target = history.find((e) => e.id === payload.corrects);
  if (!target || target.kind === 'correction' || !payload.replacement) return payload;
  const checked = checkPayload(target.kind, payload.replacement, facts, 'payload.replacement');
  return 'problem' in checked ? null : { ...payload, replacement: checked.payload };
}

async function dispatch(tx: Db, c: ConsignmentRow): Promise<void> {
  const lines = await linesOfConsignments(tx, [c.id]);
  await lockSupplyItems(tx, [...new Set(lines.map((l) => l.item))].sort());
  for (const line of lines) {
    let left = line.quantity;
    for (const h of await allocationsOfLines(tx, [line.batchLineId], true)) {
      const take = Math.min(left, h.quantity - h.dispatched);
      if (take <= 0) continue;
      await markDispatched(tx, h.batchLineId, h.depotId, take);
      await applyMovement(tx, {
        item: line.item,
        depotId: h.depotId,
        kind: 'dispatch',
        onHandDelta: -take,
        allocatedDelta: -take,
        batchId: c.batchId,
        consignmentId: c.id,
        note: `left on ${c.flightId}`,
      });
      left -= take;
    }
  }
}

/**
 * Records events on one consignment, in order, inside a transaction (see postEvent): one lock, one read
 * of the log, every event checked against the log as it grows, then appended in one statement.
 */
export async function postEventsIn(
  tx: Db,
  consignmentId: string,
  inputs: readonly EventInput[],
): Promise<PostedEvent[]> {
  const times = inputs.map((input) => {
    const at = normalizeTimestamp(input.at);
    if (at === null) {
      throw new BadRequestError(`at must be an ISO 8601 date and time, got "${input.at}"`, 'at');
    }
    return at;
  });
  const c = await consignmentById(tx, consignmentId, true);
  if (!c) throw new NotFoundError(`no consignment with id "${consignmentId}"`, 'id', consignmentId);
  const history: ConsignmentEvent[] = await eventsOf(tx, [consignmentId]);
  const lines = await linesOfConsignments(tx, [consignmentId]);
  const facts: ConsignmentFacts = {
    id: consignmentId,
    lines: lines.map((l) => ({ id: l.id, quantity: l.quantity })),
  };
  const existing = new Map(
    (
      await eventsByIds(
        tx,
        inputs.map((i) => i.id),
      )
    ).map((e) => [e.id, e]),
  );
  let flightNo: string | null | undefined;
  const added: ConsignmentEvent[] = [];
  const out: PostedEvent[] = [];
  for (const [i, input] of inputs.entries()) {
    const at = times[i]!;
    let payload: EventPayload = { ...(input.payload ?? {}) };
    if (input.kind === 'departed' && !payload.flight) {
      flightNo ??=
        (await listFlights(tx, c.batchId)).find((f) => f.id === c.flightId)?.flightNo ?? null;
      if (flightNo) payload = { ...payload, flight: flightNo };
    }
    const stored = existing.get(input.id) ?? added.find((e) => e.id === input.id);
    if (stored) {
      const same =
        stored.consignmentId === consignmentId &&
        stored.kind === input.kind &&
        stored.at === at &&
        canonicalJson(storedForm(history, input.kind, payload, facts)) ===
          canonicalJson(stored.payload);
      if (!same) {
        throw new ConflictError(
          `event id "${input.id}" is already used by a different event (${stored.kind} #${stored.seq} on ${stored.consignmentId}); use a new id`,
        );
      }
      out.push({ event: stored, replayed: true, status: consignmentView(history).status });
      continue;
    }
    const checked = checkEvent(history, { kind: input.kind, at, payload }, facts);
    if ('problem' in checked) {
      const { kind, field, message } = checked.problem;
      if (kind === 'order') throw new ConflictError(message);
      throw new BadRequestError(message, field);
    }
    const event = chainEvent(
      { id: input.id, consignmentId, kind: input.kind, at, payload: checked.payload },
      history.at(-1) ?? null,
      nodeSha256,
    );
    history.push(event);
    added.push(event);
    out.push({ event, replayed: false, status: consignmentView(history).status });
  }
  if (added.length === 0) return out;
  try {
    await insertEvents(tx, added);
  } catch (error) {
    const code =
      (error as { cause?: { code?: string }; code?: string }).cause?.code ??
      (error as { code?: string }).code;
    if (code === '23505') {
      throw new ConflictError(
        'an event id was recorded by another request at the same moment; retry',
      );
    }
    throw error;
  }
  const status = consignmentView(history).status;
  if (status !== c.status) await setConsignmentStatus(tx, consignmentId, status);
  if (added.some((e) => e.kind === 'departed')) await dispatch(tx, c);
  let previousStatus = c.status;
  await recordAudit(
    tx,
    added.map((event) => {
      const after = out.find((o) => o.event === event)!.status;
      const change = {
        action: `consignment.event.${event.kind}`,
        entity: 'consignment',
        entityId: consignmentId,
        before: { status: previousStatus },
        after: { status: after, event },
      };
      previousStatus = after;
      return change;
    }),
  );
  return out;
}

/** Records one event inside a transaction (see postEvent). */
export async function postEventIn(
  tx: Db,
  consignmentId: string,
  input: EventInput,
): Promise<PostedEvent> {
  return (await postEventsIn(tx, consignmentId, [input]))[0]!;
}

/**
 * Records an event: 400 for an invalid one (field named), 409 for one out of order or an id reused for a
 * different event; a retry of the same event returns it with replayed = true and adds nothing.
 */
export async function postEvent(
  database: Database,
  consignmentId: string,
  input: EventInput,
): Promise<PostedEvent> {
  return database.transaction((tx) => postEventIn(tx, consignmentId, input));
}
