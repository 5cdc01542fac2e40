// The event form's state and the body it posts: only the fields the chosen step uses, receipt lines
// as numbers, and the client-generated id that makes a retried post harmless.
import { nextStage } from './ops-board';
import { fromLocalInput } from './ops-format';
import type { Consignment, Stage } from './ops.types';

/** The kinds of event the board's form records. */
export type FormKind = Stage | 'note';

/** What the form holds: text as typed, receipt lines by consignment line id. */
export interface EventDraft {
  kind: FormKind;
  /** datetime-local value (local time). */
  at: string;
  by: string;
  location: string;
  flight: string;
  to: string;
  signedBy: string;
  note: string;
  lines: Record<string, { received: string; damaged: string; missing: string }>;
}

/** The body of POST /api/consignments/{id}/events. */
export interface EventBody {
  id: string;
  kind: FormKind;
  at: string;
  payload: Record<string, unknown>;
}

/** A fresh form for a consignment: its next step, now, its flight, every unit received in good order. */
export function initialDraft(c: Consignment, at: string): EventDraft {
  return {
    kind: nextStage(c.view.status) ?? 'note',
    at,
    by: '',
    location: '',
    flight: c.flight?.flightNo ?? '',
    to: '',
    signedBy: '',
    note: '',
    lines: Object.fromEntries(
      c.lines.map((l) => [l.id, { received: String(l.quantity), damaged: '0', missing: '' }]),
    ),
  };
}

/** Units the receipt leaves unaccounted for on a line, as the server will fill in when missing is blank. */
export function impliedMissing(
  quantity: number,
  line: { received: string; damaged: string },
): number | null {
  const received = Number(line.received);
  const damaged = line.damaged.trim() === '' ? 0 : Number(line.damaged);
  if (line.received.trim() === '' || !Number.isFinite(received) || !Number.isFinite(damaged))
    return null;
  return quantity - received - damaged;
}

const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
/** Typed text as a number for the server to check; blank stays out, non-numbers go as text so it names them. */
const count = (value: string): number | string | undefined => {
  if (value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : value;
};

/** The body to post for a draft, with `id` (a UUID generated when the form opened). */
export function eventBody(draft: EventDraft, id: string): EventBody {
  return { id, kind: draft.kind, at: fromLocalInput(draft.at), payload: eventPayload(draft) };
}

/** The payload of a draft: only the fields its kind uses, blanks left out (a correction's replacement too). */
export function eventPayload(draft: Omit<EventDraft, 'at'>): Record<string, unknown> {
  const payload: Record<string, unknown> = {
    by: text(draft.by),
    location: text(draft.location),
  };
  if (draft.kind === 'departed') payload['flight'] = text(draft.flight);
  if (draft.kind === 'handed-over') payload['to'] = text(draft.to);
  if (draft.kind === 'note') payload['note'] = text(draft.note);
  if (draft.kind === 'received') {
    payload['signedBy'] = text(draft.signedBy);
    payload['lines'] = Object.entries(draft.lines).map(([lineId, l]) => ({
      lineId,
      received: count(l.received) ?? null,
      damaged: count(l.damaged),
      missing: count(l.missing),
    }));
  }
  for (const key of Object.keys(payload)) if (payload[key] === undefined) delete payload[key];
  return payload;
}

/** A fresh idempotency id for an event: crypto.randomUUID(), or a v4 UUID from getRandomValues where it is missing (plain http). */
export function newEventId(
  source: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = crypto,
): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
