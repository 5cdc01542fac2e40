// Corrections of consignment events as the board shows and posts them: what each event counts once
// corrected (the latest correction wins, as on the server), the correction form's starting values taken
// from what the event counts now, and the body that posts a correction (a new event, never an edit).
import { eventPayload, type EventDraft, type FormKind } from './event-draft';
import type { Consignment, ConsignmentEvent } from './ops.types';

/** An event's payload, as the API stores it. */
export type Payload = Record<string, unknown>;

/** The payload each event counts, corrections applied (the latest correction of an event wins). */
export function effectivePayloads(events: readonly ConsignmentEvent[]): Map<string, Payload> {
  const out = new Map<string, Payload>();
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    const { corrects, replacement } = e.payload;
    if (e.kind === 'correction' && typeof corrects === 'string' && isPayload(replacement)) {
      out.set(corrects, replacement);
    } else if (!out.has(e.id)) {
      out.set(e.id, e.payload);
    }
  }
  return out;
}

function isPayload(value: unknown): value is Payload {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The kind of event a correction may target: any but a correction itself. */
export function correctable(e: ConsignmentEvent): e is ConsignmentEvent & { kind: FormKind } {
  return e.kind !== 'correction';
}

/** The correction form as typed: the reason and the target's fields (its kind's fields only are sent). */
export interface CorrectionDraft {
  target: string;
  reason: string;
  fields: Omit<EventDraft, 'at'>;
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const num = (value: unknown) => (typeof value === 'number' ? String(value) : '');

/** A fresh correction of `target`: its fields as it counts now; a receipt's missing left blank (the server fills it). */
export function correctionDraft(
  c: Consignment,
  target: ConsignmentEvent & { kind: FormKind },
): CorrectionDraft {
  const p = effectivePayloads(c.events).get(target.id) ?? target.payload;
  const receipt = new Map(
    (Array.isArray(p['lines']) ? (p['lines'] as Payload[]) : []).map((l) => [str(l['lineId']), l]),
  );
  return {
    target: target.id,
    reason: '',
    fields: {
      kind: target.kind,
      by: str(p['by']),
      location: str(p['location']),
      flight: str(p['flight']),
      to: str(p['to']),
      signedBy: str(p['signedBy']),
      note: str(p['note']),
      lines: Object.fromEntries(
        c.lines.map((l) => {
          const r = receipt.get(l.id);
          return [
            l.id,
            {
              received: r ? num(r['received']) : String(l.quantity),
              damaged: r ? num(r['damaged']) : '0',
              missing: '',
            },
          ];
        }),
      ),
    },
  };
}

/** The body of POST /api/consignments/{id}/events for a correction, with its id and the time it is made. */
export function correctionBody(
  draft: CorrectionDraft,
  id: string,
  at: string,
): { id: string; kind: 'correction'; at: string; payload: Payload } {
  return {
    id,
    kind: 'correction',
    at,
    payload: {
      corrects: draft.target,
      reason: draft.reason,
      replacement: eventPayload(draft.fields),
    },
  };
}

/** A receipt's totals over its lines (what the log shows for a received event). */
export function receiptTotals(
  payload: Payload,
): { received: number; damaged: number; missing: number } | null {
  if (!Array.isArray(payload['lines'])) return null;
  const lines = payload['lines'] as Payload[];
  const total = (key: string) =>
    lines.reduce((s, l) => s + (typeof l[key] === 'number' ? (l[key] as number) : 0), 0);
  return { received: total('received'), damaged: total('damaged'), missing: total('missing') };
}
