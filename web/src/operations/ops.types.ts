// The shapes the operations pages read from the API (mirrors src/api/{requests,batches,consignments,trace}.schema.ts).

/** A name in English and Chinese. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** A request's status (see src/core/logistics/request-rules.ts). */
export type RequestStatus =
  'submitted' | 'under-review' | 'agreed' | 'partly-allocated' | 'fulfilled' | 'declined';

/** The forms of aid a request may ask for. */
export type RequestKind = 'supplies' | 'expert-team' | 'cash' | 'works';

/** Every request status, in the order of the inbox filter. */
export const REQUEST_STATUSES: readonly RequestStatus[] = [
  'submitted',
  'under-review',
  'agreed',
  'partly-allocated',
  'fulfilled',
  'declined',
];

/** Every form of aid, in the order of the inbox filter. */
export const REQUEST_KINDS: readonly RequestKind[] = ['supplies', 'expert-team', 'cash', 'works'];

/** One line of a request: asked, agreed, allocated so far and what remains. */
export interface RequestLine {
  id: string;
  requestId: string;
  lineNo: number;
  item: string;
  asked: number;
  agreed: number | null;
  note: string | null;
  allocated: number;
  remaining: number;
}

/** A request as GET /api/requests returns it. */
export interface AidRequest {
  id: string;
  recipient: string;
  recipientName: Bilingual;
  via: string | null;
  kind: RequestKind;
  title: string;
  description: string;
  status: RequestStatus;
  declineReason: string | null;
  urgency: 'routine' | 'urgent' | 'critical';
  neededBy: string | null;
  amountUsd: number | null;
  submittedOn: string;
  agreedBy: string | null;
  agreedOn: string | null;
  basis: 'seed' | 'illustrative' | 'entered';
  sourceNote: string | null;
  lines: RequestLine[];
}

/** A hand edit of a batch line, with its reason. */
export interface BatchEdit {
  id: number;
  batchLineId: string;
  fromQuantity: number;
  toQuantity: number;
  reason: string;
  editedBy: string | null;
  at: string;
}

/** A batch line: the engine's original beside the quantity now planned. */
export interface BatchLine {
  id: string;
  batchId: string;
  requestLineId: string;
  requestId: string;
  recipient: string;
  item: string;
  proposed: number | null;
  quantity: number;
  packSize: number;
  packs: number;
  reason: Bilingual | null;
  edits: BatchEdit[];
}

/** A batch's status. */
export type BatchStatus = 'draft' | 'approved' | 'discarded';

/** A batch without its lines (GET /api/batches). */
export interface BatchRow {
  id: string;
  number: number | null;
  title: string;
  status: BatchStatus;
  origin: 'engine' | 'manual' | 'recorded';
  note: string | null;
  illustrative: boolean;
  createdAt: string;
  approvedAt: string | null;
  approvedBy: string | null;
}

/** A batch with lines, totals and what changed since it was drafted. */
export interface Batch extends BatchRow {
  lines: BatchLine[];
  totals: { items: { item: string; quantity: number }[]; recipients: number; units: number };
  stale: string[];
}

/** Two batches side by side (diff = b − a). */
export interface BatchComparison {
  a: { id: string; title: string; status: string };
  b: { id: string; title: string; status: string };
  lines: {
    requestLineId: string;
    recipient: string;
    item: string;
    a: number;
    b: number;
    diff: number;
  }[];
  recipients: { recipient: string; a: number; b: number; diff: number }[];
  items: { item: string; a: number; b: number; diff: number }[];
  changed: number;
}

/** The steps of a consignment in order (src/core/logistics/events.ts). */
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

/** Where a consignment is: planned, or its latest step. */
export type ConsignmentStatus = 'planned' | Stage;

/** A receipt line: of the units shipped, how many arrived good, damaged or not at all. */
export interface ReceiptLine {
  lineId: string;
  received: number;
  damaged: number;
  missing: number;
}

/** A stored consignment event. */
export interface ConsignmentEvent {
  id: string;
  consignmentId: string;
  seq: number;
  kind: Stage | 'note' | 'correction';
  at: string;
  payload: Record<string, unknown>;
  hash: string;
}

/** A flight that consignments are packed onto. */
export interface Flight {
  id: string;
  batchId: string;
  flightNo: string;
  kind: 'charter' | 'cargo';
  payloadKg: number;
  volumeM3: number;
  origin: string;
  destinations: string[] | null;
  departsOn: string | null;
}

/** The quotation printed on a consignment, in the recipient's language with translations. */
export interface Quotation {
  id: string;
  language: string;
  text: string;
  author: string;
  source: string;
  translationEn: string;
  translationZh: string;
  basis: 'seed-words' | 'seed-author' | 'illustrative';
}

/** A consignment in full (GET /api/consignments). */
export interface Consignment {
  id: string;
  batchId: string;
  recipient: string;
  recipientName: Bilingual;
  consignee: string;
  flightId: string;
  flight: Flight | null;
  marks: { label: Bilingual; quotation: Quotation; fallback: boolean };
  weightKg: number;
  volumeM3: number;
  status: string;
  lines: {
    id: string;
    batchLineId: string;
    requestLineId: string | null;
    item: string;
    packs: number;
    quantity: number;
  }[];
  events: ConsignmentEvent[];
  view: {
    status: string;
    stages: Partial<Record<Stage, string>>;
    flight: string | null;
    handedOverTo: string | null;
    signedBy: string | null;
    receipt: ReceiptLine[] | null;
  };
}

/** One dated entry of the server's timeline of a trace: submitted, agreed, allocated or a consignment event (a correction's detail is its reason, its ref the consignment). */
export interface TraceEntry {
  at: string;
  step: string;
  detail: string;
  ref: string;
}

/** A request line from request to receipt (GET /api/trace/:requestLineId). */
export interface Trace {
  line: {
    id: string;
    requestId: string;
    item: string;
    itemName: Bilingual;
    asked: number;
    agreed: number | null;
  };
  request: {
    id: string;
    recipient: string;
    recipientName: Bilingual;
    via: string | null;
    title: string;
    status: string;
    submittedOn: string;
    neededBy: string | null;
    agreedBy: string | null;
    agreedOn: string | null;
    basis: string;
  };
  allocations: {
    batchId: string;
    batchNumber: number | null;
    batchTitle: string;
    approvedAt: string | null;
    approvedBy: string | null;
    batchLineId: string;
    proposed: number | null;
    quantity: number;
    reason: Bilingual | null;
    edits: BatchEdit[];
  }[];
  shipments: {
    consignmentId: string;
    consignmentLineId: string;
    consignee: string;
    flightNo: string | null;
    packs: number;
    quantity: number;
    status: string;
    departedAt: string | null;
    receivedAt: string | null;
    signedBy: string | null;
    receipt: { received: number; damaged: number; missing: number } | null;
  }[];
  totals: {
    asked: number;
    agreed: number;
    allocated: number;
    shipped: number;
    received: number;
    damaged: number;
    missing: number;
    discrepancy: number;
    inTransit: number;
  };
  timeline: TraceEntry[];
}
