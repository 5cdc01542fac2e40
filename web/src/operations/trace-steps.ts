// A request line's trace as the steps of a vertical timeline: asked, agreed, allocated per batch,
// shipped per consignment (planned onto a flight, or departed), received per receipt, each correction of a
// consignment event (why, and which event it corrects once the consignment's log is known), with the steps
// not reached yet shown as pending.
import type { Bilingual, BatchEdit, ConsignmentEvent, Trace } from './ops.types';

/** One step of the timeline. */
export type TimelineStep =
  | { step: 'asked'; at: string; quantity: number; ref: string }
  | { step: 'agreed'; at: string | null; quantity: number; by: string | null; ref: string }
  | {
      step: 'allocated';
      at: string | null;
      quantity: number;
      proposed: number | null;
      batchId: string;
      batch: string;
      reason: Bilingual | null;
      edits: BatchEdit[];
      by: string | null;
    }
  | {
      step: 'shipped';
      at: string | null;
      quantity: number;
      packs: number;
      consignmentId: string;
      flightNo: string | null;
      status: string;
    }
  | {
      step: 'received';
      at: string | null;
      consignmentId: string;
      shipped: number;
      received: number;
      damaged: number;
      missing: number;
      signedBy: string | null;
    }
  | { step: 'correction'; at: string; consignmentId: string; reason: string }
  | { step: 'pending'; what: 'agreed' | 'allocated' | 'shipped' | 'received' };

/** The steps of a trace in the order aid moves, each allocation, shipment and receipt its own step. */
export function traceSteps(trace: Trace): TimelineStep[] {
  const steps: TimelineStep[] = [
    {
      step: 'asked',
      at: trace.request.submittedOn,
      quantity: trace.line.asked,
      ref: trace.request.id,
    },
  ];
  if (trace.line.agreed === null) steps.push({ step: 'pending', what: 'agreed' });
  else {
    steps.push({
      step: 'agreed',
      at: trace.request.agreedOn,
      quantity: trace.line.agreed,
      by: trace.request.agreedBy,
      ref: trace.request.id,
    });
  }
  for (const a of trace.allocations) {
    steps.push({
      step: 'allocated',
      at: a.approvedAt,
      quantity: a.quantity,
      proposed: a.proposed,
      batchId: a.batchId,
      batch: a.batchTitle,
      reason: a.reason,
      edits: a.edits,
      by: a.approvedBy,
    });
  }
  if (trace.allocations.length === 0) steps.push({ step: 'pending', what: 'allocated' });
  for (const s of trace.shipments) {
    steps.push({
      step: 'shipped',
      at: s.departedAt,
      quantity: s.quantity,
      packs: s.packs,
      consignmentId: s.consignmentId,
      flightNo: s.flightNo,
      status: s.status,
    });
  }
  if (trace.shipments.length === 0) steps.push({ step: 'pending', what: 'shipped' });
  const received = trace.shipments.filter((s) => s.receipt !== null);
  for (const s of received) {
    steps.push({
      step: 'received',
      at: s.receivedAt,
      consignmentId: s.consignmentId,
      shipped: s.quantity,
      received: s.receipt?.received ?? 0,
      damaged: s.receipt?.damaged ?? 0,
      missing: s.receipt?.missing ?? 0,
      signedBy: s.signedBy,
    });
  }
  const corrections = trace.timeline
    .filter((e) => e.step === 'correction')
    .sort((a, b) => time(a.at) - time(b.at));
  for (const e of corrections) {
    steps.push({ step: 'correction', at: e.at, consignmentId: e.ref, reason: e.detail });
  }
  if (received.length === 0) steps.push({ step: 'pending', what: 'received' });
  return steps;
}

function time(at: string): number {
  const ms = Date.parse(at);
  return Number.isFinite(ms) ? ms : 0;
}

/** The event a correction step corrects, found in its consignment's log (the correction posted at that time for that reason); null when the log does not show it. */
export function correctedEvent(
  step: { at: string; reason: string },
  events: readonly ConsignmentEvent[],
): ConsignmentEvent | null {
  const correction = events.find(
    (e) =>
      e.kind === 'correction' &&
      time(e.at) === time(step.at) &&
      (e.payload['reason'] ?? '') === step.reason,
  );
  const target = correction?.payload['corrects'];
  return (typeof target === 'string' && events.find((e) => e.id === target)) || null;
}
