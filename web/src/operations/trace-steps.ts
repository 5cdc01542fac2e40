// A request line's trace as the steps of a vertical timeline: asked, agreed, allocated per batch,
// shipped per consignment (planned onto a flight, or departed), received per receipt, with the steps not reached yet shown as pending.
import type { Bilingual, BatchEdit, Trace } from './ops.types';

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
  if (received.length === 0) steps.push({ step: 'pending', what: 'received' });
  return steps;
}
