// What may be recorded next on a consignment: the steps in order, times that do not run backwards,
// complete payloads, and corrections (never edits) of earlier events.
import {
  STAGES,
  stageIndex,
  type ConsignmentEvent,
  type ConsignmentStatus,
  type EventKind,
  type EventPayload,
  type ReceiptLine,
  type Stage,
} from './events';
import { completeReceipt, type FieldProblem, type ShippedLine } from './receipt';

/** An event as submitted, before it is numbered and chained. */
export interface EventCandidate {
  kind: EventKind;
  at: string;
  payload: EventPayload;
}

/** Why an event cannot be recorded: out of order (a conflict with the log) or invalid in itself. */
export interface EventProblem extends FieldProblem {
  kind: 'order' | 'invalid';
}

/** What the rules need to know about the consignment. */
export interface ConsignmentFacts {
  id: string;
  lines: readonly ShippedLine[];
}

/** A consignment as its log says it is now, corrections applied. */
export interface ConsignmentView {
  status: ConsignmentStatus;
  /** When each step happened (corrections do not move times). */
  stages: Partial<Record<Stage, string>>;
  flight: string | null;
  handedOverTo: string | null;
  signedBy: string | null;
  receipt: ReceiptLine[] | null;
  corrections: number;
  notes: number;
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** An ISO 8601 timestamp in the one form events store (UTC, milliseconds), or null if it is not one. */
export function normalizeTimestamp(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) {
    return null;
  }
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return null;
  const ms = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (!Number.isFinite(ms)) return null;
  const iso = new Date(ms).toISOString();
  return ISO_UTC.test(iso) ? iso : null;
}

/** The payload each event counts, corrections applied (the latest correction of an event wins). */
export function effectivePayloads(events: readonly ConsignmentEvent[]): Map<string, EventPayload> {
  const out = new Map<string, EventPayload>();
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    if (e.kind === 'correction' && e.payload.corrects && e.payload.replacement) {
      out.set(e.payload.corrects, e.payload.replacement);
    } else if (!out.has(e.id)) {
      out.set(e.id, e.payload);
    }
  }
  return out;
}

/** Where the consignment is and what its log says, corrections applied. */
export function consignmentView(events: readonly ConsignmentEvent[]): ConsignmentView {
  const payloads = effectivePayloads(events);
  const view: ConsignmentView = {
    status: 'planned',
    stages: {},
    flight: null,
    handedOverTo: null,
    signedBy: null,
    receipt: null,
    corrections: 0,
    notes: 0,
  };
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    if (e.kind === 'correction') view.corrections++;
    else if (e.kind === 'note') view.notes++;
    else {
      const p = payloads.get(e.id) ?? e.payload;
      view.stages[e.kind] = e.at;
      if (stageIndex(e.kind) > stageIndex(view.status)) view.status = e.kind;
      if (e.kind === 'departed') view.flight = p.flight ?? null;
      if (e.kind === 'handed-over') view.handedOverTo = p.to ?? null;
      if (e.kind === 'received') {
        view.signedBy = p.signedBy ?? null;
        // Stored receipts are complete: checkPayload filled in damaged and missing.
        view.receipt = (p.lines as ReceiptLine[] | undefined) ?? null;
      }
    }
  }
  return view;
}

const invalid = (field: string, message: string): EventProblem => ({
  kind: 'invalid',
  field,
  message,
});

/** Checks the fields a kind needs, completing a receipt; returns the payload to store, or the problem. */
export function checkPayload(
  kind: Exclude<EventKind, 'correction'>,
  payload: EventPayload,
  facts: ConsignmentFacts,
  field = 'payload',
): { payload: EventPayload } | { problem: EventProblem } {
  const need = (key: 'flight' | 'to' | 'signedBy' | 'note', what: string) =>
    typeof payload[key] === 'string' && payload[key].trim() !== ''
      ? null
      : invalid(`${field}.${key}`, `a "${kind}" event needs ${what} (${field}.${key})`);
  let problem: EventProblem | null = null;
  if (kind === 'departed') problem = need('flight', 'the flight it left on');
  if (kind === 'handed-over') problem = need('to', 'who took the goods over');
  if (kind === 'note') problem = need('note', 'the note text');
  if (kind === 'received') {
    problem = need('signedBy', 'the name of whoever signed the receipt');
    if (!problem) {
      const receipt = completeReceipt(facts.lines, payload.lines ?? [], `${field}.lines`);
      if ('problem' in receipt) return { problem: { kind: 'invalid', ...receipt.problem } };
      return { payload: { ...payload, lines: receipt.lines } };
    }
  }
  return problem ? { problem } : { payload };
}

/**
 * Checks an event against the consignment's log. Steps come in the order of STAGES, each once; a step
 * cannot be dated before the step it follows; a correction names an earlier event of this consignment
 * and replaces its payload. Returns the payload to store (receipts completed), or the problem.
 */
export function checkEvent(
  history: readonly ConsignmentEvent[],
  next: EventCandidate,
  facts: ConsignmentFacts,
): { payload: EventPayload } | { problem: EventProblem } {
  if (next.kind === 'correction') return checkCorrection(history, next, facts);
  if (next.kind === 'note') return checkPayload('note', next.payload, facts);
  const view = consignmentView(history);
  const current = stageIndex(view.status);
  const wanted = stageIndex(next.kind);
  if (wanted <= current) {
    return {
      problem: {
        kind: 'order',
        field: 'kind',
        message: `consignment ${facts.id} is already "${next.kind}"${view.status !== next.kind ? ` (it is "${view.status}")` : ''}: a step is recorded once; post a "correction" to change it`,
      },
    };
  }
  if (wanted > current + 1) {
    const missing = STAGES[current]!;
    return {
      problem: {
        kind: 'order',
        field: 'kind',
        message: `"${next.kind}" cannot be recorded before "${missing}": consignment ${facts.id} is "${view.status}", and its next step is "${missing}"`,
      },
    };
  }
  const previousAt = view.status === 'planned' ? undefined : view.stages[view.status];
  if (previousAt !== undefined && next.at < previousAt) {
    return {
      problem: {
        kind: 'order',
        field: 'at',
        message: `"${next.kind}" at ${next.at} would come before "${view.status}" at ${previousAt}`,
      },
    };
  }
  return checkPayload(next.kind, next.payload, facts);
}

function checkCorrection(
  history: readonly ConsignmentEvent[],
  next: EventCandidate,
  facts: ConsignmentFacts,
): { payload: EventPayload } | { problem: EventProblem } {
  const { corrects, reason, replacement } = next.payload;
  if (!corrects)
    return {
      problem: invalid(
        'payload.corrects',
        'a correction names the id of the event it corrects (payload.corrects)',
      ),
    };
  if (!reason?.trim())
    return { problem: invalid('payload.reason', 'a correction says why (payload.reason)') };
  if (!replacement)
    return {
      problem: invalid(
        'payload.replacement',
        'a correction carries the corrected payload (payload.replacement)',
      ),
    };
  const target = history.find((e) => e.id === corrects);
  if (!target) {
    return {
      problem: invalid('payload.corrects', `event "${corrects}" is not on consignment ${facts.id}`),
    };
  }
  if (target.kind === 'correction') {
    return {
      problem: invalid(
        'payload.corrects',
        `event "${corrects}" is itself a correction: correct the original event`,
      ),
    };
  }
  const checked = checkPayload(target.kind, replacement, facts, 'payload.replacement');
  if ('problem' in checked) return checked;
  return { payload: { ...next.payload, replacement: checked.payload } };
}
