// Schemas of the trace endpoint.
import { z } from 'zod';

const text = z.object({ en: z.string(), zh: z.string() });

/** GET /api/trace/:requestLineId path. */
export const traceParams = z.object({ requestLineId: z.string().min(1).max(120) });

/** A request line from request to receipt. */
export const traceSchema = z.object({
  line: z.object({
    id: z.string(),
    requestId: z.string(),
    item: z.string(),
    itemName: text,
    asked: z.number(),
    agreed: z.number().nullable(),
  }),
  request: z.object({
    id: z.string(),
    recipient: z.string(),
    recipientName: text,
    via: z.string().nullable(),
    title: z.string(),
    status: z.string(),
    submittedOn: z.string(),
    neededBy: z.string().nullable(),
    agreedBy: z.string().nullable(),
    agreedOn: z.string().nullable(),
    basis: z.string(),
    sourceNote: z.string().nullable(),
  }),
  allocations: z.array(
    z.object({
      batchId: z.string(),
      batchNumber: z.number().nullable(),
      batchTitle: z.string(),
      approvedAt: z.string().nullable(),
      approvedBy: z.string().nullable(),
      batchLineId: z.string(),
      proposed: z.number().nullable(),
      quantity: z.number(),
      reason: text.nullable(),
      edits: z.array(
        z.object({
          id: z.number(),
          batchLineId: z.string(),
          fromQuantity: z.number(),
          toQuantity: z.number(),
          reason: z.string(),
          editedBy: z.string().nullable(),
          at: z.string(),
        }),
      ),
      depots: z.array(
        z.object({ depot: z.string(), quantity: z.number(), dispatched: z.number() }),
      ),
    }),
  ),
  drafts: z.array(z.object({ batchId: z.string(), batchTitle: z.string(), quantity: z.number() })),
  shipments: z.array(
    z.object({
      consignmentId: z.string(),
      consignmentLineId: z.string(),
      consignee: z.string(),
      flightNo: z.string().nullable(),
      packs: z.number(),
      quantity: z.number(),
      status: z.string(),
      departedAt: z.string().nullable(),
      receivedAt: z.string().nullable(),
      signedBy: z.string().nullable(),
      receipt: z
        .object({ received: z.number(), damaged: z.number(), missing: z.number() })
        .nullable(),
    }),
  ),
  totals: z.object({
    asked: z.number(),
    agreed: z.number(),
    allocated: z.number(),
    shipped: z.number(),
    received: z.number(),
    damaged: z.number(),
    missing: z.number(),
    discrepancy: z.number(),
    inTransit: z.number(),
  }),
  timeline: z.array(
    z.object({ at: z.string(), step: z.string(), detail: z.string(), ref: z.string() }),
  ),
});
