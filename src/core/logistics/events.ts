// The consignment event log's vocabulary: the steps a consignment goes through, and what each event carries.

/** The steps of a consignment, in the only order they may happen. */
export const STAGES = [
  'packed',
  'customs-cleared',
  'departed',
  'arrived',
  'handed-over',
  'received',
] as const;

/** One step of a consignment's journey. */
export type Stage = (typeof STAGES)[number];

/** Every kind of event: the steps, a free note at any time, and a correction of an earlier event. */
export const EVENT_KINDS = [...STAGES, 'note', 'correction'] as const;

/** What an event records. */
export type EventKind = (typeof EVENT_KINDS)[number];

/** Where a consignment is: planned (no step yet) or the last step recorded. */
export type ConsignmentStatus = 'planned' | Stage;

/** One line of a receipt: of the units shipped on a consignment line, how many arrived good, damaged or not at all. */
export interface ReceiptLine {
  lineId: string;
  received: number;
  damaged: number;
  missing: number;
}

/** A receipt line as submitted: missing (and damaged) may be left out; the stored line is complete. */
export type ReceiptLineInput = Pick<ReceiptLine, 'lineId' | 'received'> &
  Partial<Pick<ReceiptLine, 'damaged' | 'missing'>>;

/** What a step or note carries; the fields a kind uses are checked by checkEvent. */
export interface EventPayload {
  /** Who recorded or performed the step (a person, an agency, a handler). */
  by?: string;
  /** Where it happened (airport, warehouse, city). */
  location?: string;
  note?: string;
  /** departed: the flight the consignment left on. */
  flight?: string;
  /** handed-over: who took the goods over. */
  to?: string;
  /** received: who signed the receipt. */
  signedBy?: string;
  /** received: quantities per consignment line (complete once stored). */
  lines?: ReceiptLineInput[];
  /** correction: the id of the event it corrects. */
  corrects?: string;
  /** correction: why. */
  reason?: string;
  /** correction: the corrected payload, which replaces the original's. */
  replacement?: EventPayload;
}

/** An event as it is hashed and stored (seq starts at 1 for each consignment). */
export interface ConsignmentEvent {
  /** The client-supplied id: a retried post with the same id is the same event. */
  id: string;
  consignmentId: string;
  seq: number;
  kind: EventKind;
  /** When it happened, as an ISO 8601 UTC timestamp (YYYY-MM-DDTHH:MM:SS.sssZ). */
  at: string;
  payload: EventPayload;
  /** The hash of the previous event of this consignment, or null for the first. */
  prevHash: string | null;
  hash: string;
}

/** Whether a string names an event kind. */
export function isEventKind(value: string): value is EventKind {
  return (EVENT_KINDS as readonly string[]).includes(value);
}

/** Position of a status in the journey: planned = 0, packed = 1 ... received = 6. */
export function stageIndex(status: ConsignmentStatus): number {
  return status === 'planned' ? 0 : STAGES.indexOf(status) + 1;
}
