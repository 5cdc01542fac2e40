// The hash chain of a consignment's events: each event's hash covers its content and the previous hash,
// so changing, removing or reordering any stored event breaks every hash after it.
import { canonicalJson } from './canonical-json';
import type { ConsignmentEvent } from './events';
import { sha256Hex } from './sha256';

/** A hash function over text (SHA-256 hex by default; the caller may pass Node's for speed). */
export type HashFn = (text: string) => string;

/** Version of the hashed content layout, part of the hash. */
export const CHAIN_VERSION = 1;

/** The text an event's hash is computed over: every field but the hash itself, canonically. */
export function hashedContent(event: Omit<ConsignmentEvent, 'hash'>): string {
  return canonicalJson({
    v: CHAIN_VERSION,
    id: event.id,
    consignmentId: event.consignmentId,
    seq: event.seq,
    kind: event.kind,
    at: event.at,
    payload: event.payload,
    prevHash: event.prevHash,
  });
}

/** The hash of an event, chained to the previous one through `prevHash`. */
export function eventHash(event: Omit<ConsignmentEvent, 'hash'>, hash: HashFn = sha256Hex): string {
  return hash(hashedContent(event));
}

/** Completes an event after `previous` (null for the first): seq, prevHash and hash. */
export function chainEvent(
  event: Omit<ConsignmentEvent, 'seq' | 'prevHash' | 'hash'>,
  previous: Pick<ConsignmentEvent, 'seq' | 'hash'> | null,
  hash: HashFn = sha256Hex,
): ConsignmentEvent {
  const linked = { ...event, seq: (previous?.seq ?? 0) + 1, prevHash: previous?.hash ?? null };
  return { ...linked, hash: eventHash(linked, hash) };
}

/** A place where a stored chain does not hold. */
export interface ChainBreak {
  consignmentId: string;
  seq: number;
  eventId: string;
  problem: 'sequence' | 'previous-hash' | 'hash';
  message: string;
}

/** Checks one consignment's events (any order in, checked by seq): numbering, links and hashes. */
export function verifyChain(
  events: readonly ConsignmentEvent[],
  hash: HashFn = sha256Hex,
): ChainBreak[] {
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  const breaks: ChainBreak[] = [];
  let previous: ConsignmentEvent | null = null;
  sorted.forEach((event, i) => {
    const where = { consignmentId: event.consignmentId, seq: event.seq, eventId: event.id };
    if (event.seq !== i + 1) {
      breaks.push({
        ...where,
        problem: 'sequence',
        message: `event ${event.id} has number ${event.seq} where ${i + 1} was expected (an event is missing or duplicated)`,
      });
    }
    const expectedPrev = previous?.hash ?? null;
    if (event.prevHash !== expectedPrev) {
      breaks.push({
        ...where,
        problem: 'previous-hash',
        message: `event ${event.id} does not link to the event before it (stored ${short(event.prevHash)}, expected ${short(expectedPrev)})`,
      });
    }
    const recomputed = eventHash(event, hash);
    if (recomputed !== event.hash) {
      breaks.push({
        ...where,
        problem: 'hash',
        message: `event ${event.id} was changed after it was recorded (stored hash ${short(event.hash)}, content hashes to ${short(recomputed)})`,
      });
    }
    previous = event;
  });
  return breaks;
}

function short(hash: string | null): string {
  return hash === null ? 'none' : hash.slice(0, 12);
}
