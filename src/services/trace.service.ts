// Use case: one request line followed end to end: asked → agreed → allocated (batch, reason) → shipped
// (consignment, flight) → received (quantity, discrepancy), with a dated timeline.
import { consignmentView } from '../core/logistics';
import { itemById } from '../core/reference/catalogue';
import { recipientById } from '../core/reference/recipients';
import type { Database } from '../db/database';
import {
  allocationsOfLines,
  batchById,
  editsOfBatch,
  linesForRequestLines,
  type BatchLineEditRow,
} from '../db/batches.repository';
import {
  eventsOf,
  linesForBatchLines,
  listConsignments,
  listFlights,
} from '../db/consignments.repository';
import { requestById, requestLinesById } from '../db/requests.repository';
import { NotFoundError } from './errors';

/** One dated step of a line's journey. */
export interface TraceStep {
  at: string;
  step: string;
  detail: string;
  ref: string;
}

/** A request line from its request to its receipt. */
export interface Trace {
  line: {
    id: string;
    requestId: string;
    item: string;
    itemName: { en: string; zh: string };
    asked: number;
    agreed: number | null;
  };
  request: {
    id: string;
    recipient: string;
    recipientName: { en: string; zh: string };
    via: string | null;
    title: string;
    status: string;
    submittedOn: string;
    neededBy: string | null;
    agreedBy: string | null;
    agreedOn: string | null;
    basis: string;
    sourceNote: string | null;
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
    reason: { en: string; zh: string } | null;
    edits: BatchLineEditRow[];
    depots: { depot: string; quantity: number; dispatched: number }[];
  }[];
  drafts: { batchId: string; batchTitle: string; quantity: number }[];
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
    /** Units shipped on consignments whose receipt is signed, minus units received in good order. */
    discrepancy: number;
    /** Units that left and are not yet received. */
    inTransit: number;
  };
  timeline: TraceStep[];
}

/** A database timestamp as ISO 8601 UTC, so timeline entries sort by time whatever the driver's format. */
function isoTime(value: string | null): string {
  if (value === null) return '';
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : value;
}

/** Follows a request line end to end; NotFoundError naming the id when there is no such line. */
export async function traceRequestLine(database: Database, lineId: string): Promise<Trace> {
  return database.transaction(async (tx) => {
    const [line] = await requestLinesById(tx, [lineId]);
    if (!line)
      throw new NotFoundError(
        `no request line "${lineId}" (ids look like "req-pak-1.2")`,
        'requestLineId',
        lineId,
      );
    const request = (await requestById(tx, line.requestId))!;
    const batchLines = await linesForRequestLines(tx, [lineId]);
    const batches = new Map<string, NonNullable<Awaited<ReturnType<typeof batchById>>>>();
    for (const id of new Set(batchLines.map((l) => l.batchId)))
      batches.set(id, (await batchById(tx, id))!);
    const approvedLines = batchLines.filter((l) => batches.get(l.batchId)?.status === 'approved');
    const holdings = await allocationsOfLines(
      tx,
      approvedLines.map((l) => l.id),
    );
    const allocations = [];
    for (const l of approvedLines) {
      const b = batches.get(l.batchId)!;
      allocations.push({
        batchId: b.id,
        batchNumber: b.number,
        batchTitle: b.title,
        approvedAt: b.approvedAt,
        approvedBy: b.approvedBy,
        batchLineId: l.id,
        proposed: l.proposed,
        quantity: l.quantity,
        reason: l.reason,
        edits: (await editsOfBatch(tx, b.id)).filter((e) => e.batchLineId === l.id),
        depots: holdings
          .filter((h) => h.batchLineId === l.id)
          .map((h) => ({ depot: h.depotId, quantity: h.quantity, dispatched: h.dispatched })),
      });
    }
    const cLines = await linesForBatchLines(
      tx,
      approvedLines.map((l) => l.id),
    );
    const consignments = await listConsignments(tx, {
      ids: [...new Set(cLines.map((l) => l.consignmentId))],
    });
    const events = await eventsOf(
      tx,
      consignments.map((c) => c.id),
    );
    const flights = new Map((await listFlights(tx)).map((f) => [f.id, f]));
    const timeline: TraceStep[] = [
      {
        at: request.submittedOn,
        step: 'submitted',
        detail: `${line.asked} asked`,
        ref: request.id,
      },
    ];
    if (request.agreedOn) {
      timeline.push({
        at: request.agreedOn,
        step: 'agreed',
        detail: `${line.agreed ?? 0} agreed by ${request.agreedBy ?? '?'}`,
        ref: request.id,
      });
    }
    for (const a of allocations) {
      timeline.push({
        at: isoTime(a.approvedAt),
        step: 'allocated',
        detail: `${a.quantity} in ${a.batchTitle}`,
        ref: a.batchId,
      });
    }
    const shipments = cLines.map((cl) => {
      const c = consignments.find((x) => x.id === cl.consignmentId)!;
      const mine = events.filter((e) => e.consignmentId === c.id);
      const view = consignmentView(mine);
      const r = view.receipt?.find((x) => x.lineId === cl.id) ?? null;
      for (const e of mine) {
        if (e.kind === 'note') continue;
        timeline.push({
          at: e.at,
          step: e.kind,
          detail:
            e.kind === 'departed'
              ? `on ${e.payload.flight ?? '?'}`
              : e.kind === 'correction'
                ? (e.payload.reason ?? '')
                : (e.payload.to ?? e.payload.signedBy ?? e.payload.location ?? ''),
          ref: c.id,
        });
      }
      return {
        consignmentId: c.id,
        consignmentLineId: cl.id,
        consignee: c.consignee,
        flightNo: flights.get(c.flightId)?.flightNo ?? null,
        packs: cl.packs,
        quantity: cl.quantity,
        status: view.status,
        departedAt: view.stages.departed ?? null,
        receivedAt: view.stages.received ?? null,
        signedBy: view.signedBy,
        receipt: r ? { received: r.received, damaged: r.damaged, missing: r.missing } : null,
      };
    });
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const shipped = sum(shipments.filter((s) => s.departedAt !== null).map((s) => s.quantity));
    const receipted = shipments.filter((s) => s.receipt !== null);
    const received = sum(receipted.map((s) => s.receipt!.received));
    const item = itemById(line.item);
    const recipient = recipientById(request.recipient);
    return {
      line: {
        id: line.id,
        requestId: line.requestId,
        item: line.item,
        itemName: { en: item?.nameEn ?? line.item, zh: item?.nameZh ?? line.item },
        asked: line.asked,
        agreed: line.agreed,
      },
      request: {
        id: request.id,
        recipient: request.recipient,
        recipientName: {
          en: recipient?.nameEn ?? request.recipient,
          zh: recipient?.nameZh ?? request.recipient,
        },
        via: request.via,
        title: request.title,
        status: request.status,
        submittedOn: request.submittedOn,
        neededBy: request.neededBy,
        agreedBy: request.agreedBy,
        agreedOn: request.agreedOn,
        basis: request.basis,
        sourceNote: request.sourceNote,
      },
      allocations,
      drafts: batchLines
        .filter((l) => batches.get(l.batchId)?.status === 'draft')
        .map((l) => ({
          batchId: l.batchId,
          batchTitle: batches.get(l.batchId)!.title,
          quantity: l.quantity,
        })),
      shipments,
      totals: {
        asked: line.asked,
        agreed: line.agreed ?? 0,
        allocated: sum(allocations.map((a) => a.quantity)),
        shipped,
        received,
        damaged: sum(receipted.map((s) => s.receipt!.damaged)),
        missing: sum(receipted.map((s) => s.receipt!.missing)),
        discrepancy: sum(receipted.map((s) => s.quantity)) - received,
        inTransit: sum(
          shipments
            .filter((s) => s.departedAt !== null && s.receipt === null)
            .map((s) => s.quantity),
        ),
      },
      timeline: timeline.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
    };
  });
}
