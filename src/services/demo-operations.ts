// The demo scenario's operations (data/scenarios/<id>/operations.json): depots, stock and reserve,
// contributions, requests, and past batches with their flights and event logs. Read and validated here,
// then loaded through the same use cases an operator uses, so the demo obeys every rule the product does.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { REQUEST_KINDS, type EventKind } from '../core/logistics';
import type { Db } from '../db/db.types';
import { approveBatchIn } from './batch-approval.service';
import { draftBatchIn } from './batches.service';
import { postEventsIn, type EventInput } from './consignment-events.service';
import { consignmentDetails, planConsignmentsIn } from './logistics.service';
import { agreeRequestIn, createRequestIn, setRequestStatusIn } from './requests.service';
import { ScenarioFileError } from './scenario-files';
import { addContributionIn, changeStockIn, saveDepotIn, setItemSettingsIn } from './supply.service';

const basis = z.enum(['seed', 'illustrative', 'entered']);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const time = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/, 'must be an ISO UTC time');
const units = z.number().int().positive();

const journeySchema = z.object({
  packed: time,
  customsCleared: time,
  departed: time,
  arrived: time,
  handedOver: time,
  received: time.nullable(),
  /** Consignments (by recipient) whose log stops earlier. */
  stops: z.array(
    z.object({ recipient: z.string(), after: z.enum(['departed', 'arrived', 'handed-over']) }),
  ),
  /** Units received damaged or missing (by recipient and item). */
  discrepancies: z.array(
    z.object({
      recipient: z.string(),
      item: z.string(),
      damaged: z.number().int().nonnegative(),
      missing: z.number().int().nonnegative(),
    }),
  ),
});

/** The operations file. */
export const operationsSchema = z.object({
  asOf: date,
  notes: z.array(z.string()),
  summary: z.object({
    pastBatches: z.number().int(),
    countries: z.number().int(),
    organisations: z.array(z.string()),
    regions: z.record(z.string(), z.number().int()),
  }),
  depots: z.array(
    z.object({ id: z.string(), nameEn: z.string(), nameZh: z.string(), city: z.string() }),
  ),
  items: z.array(
    z.object({
      item: z.string(),
      reserve: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('fixed'), quantity: z.number().int().nonnegative() }),
        z.object({
          kind: z.literal('cover-days'),
          dailyConsumption: z.number().int().nonnegative(),
          days: z.number().int().nonnegative().optional(),
        }),
      ]),
      productionPerDay: z.number().int().nonnegative(),
      openingStock: z.record(z.string(), units),
      onHandAsOf: z.number().int().nonnegative(),
      note: z.string(),
    }),
  ),
  contributions: z.array(
    z.object({
      id: z.string(),
      donor: z.string(),
      donorKind: z.enum(['local-government', 'company', 'civil-society', 'individual']),
      depotId: z.string(),
      item: z.string(),
      quantity: units,
      receivedOn: date,
      basis,
      note: z.string(),
    }),
  ),
  requests: z.array(
    z.object({
      id: z.string(),
      recipient: z.string(),
      via: z.string().nullable(),
      kind: z.enum(REQUEST_KINDS),
      title: z.string(),
      description: z.string(),
      urgency: z.enum(['routine', 'urgent', 'critical']),
      neededBy: date.nullable(),
      amountUsd: z.number().nullable(),
      submittedOn: date,
      basis,
      sourceNote: z.string(),
      lines: z.array(
        z.object({ item: z.string(), asked: units, agreed: z.number().int().nonnegative() }),
      ),
      agreement: z.object({ agreedBy: z.string(), agreedOn: date }).nullable(),
      status: z.enum(['submitted', 'under-review', 'agreed', 'fulfilled', 'declined']),
      reason: z.string().nullable(),
    }),
  ),
  batches: z.array(
    z.object({
      id: z.string(),
      number: z.number().int().positive(),
      title: z.string(),
      approvedAt: time,
      approvedBy: z.string(),
      note: z.string(),
      lines: z.array(z.object({ requestLineId: z.string(), quantity: units })),
      departsOn: date,
      journey: journeySchema,
    }),
  ),
});

/** The operations of a demo scenario. */
export type DemoOperations = z.infer<typeof operationsSchema>;

/** Reads `<folder>/operations.json`, or null when the scenario has none; ScenarioFileError names the field. */
export function readOperations(folder: string): DemoOperations | null {
  const file = path.join(folder, 'operations.json');
  if (!fs.existsSync(file)) return null;
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ScenarioFileError(`${file}: ${(error as Error).message}`);
  }
  const parsed = operationsSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ScenarioFileError(
      `${file}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is invalid'}`,
    );
  }
  return parsed.data;
}

/** What loading the operations wrote. */
export interface OperationsLoaded {
  requests: number;
  batches: number;
  consignments: number;
  events: number;
}

const STEPS: [EventKind, keyof DemoOperations['batches'][number]['journey']][] = [
  ['packed', 'packed'],
  ['customs-cleared', 'customsCleared'],
  ['departed', 'departed'],
  ['arrived', 'arrived'],
  ['handed-over', 'handedOver'],
];

async function replayJourney(
  tx: Db,
  batch: DemoOperations['batches'][number],
): Promise<{ consignments: number; events: number }> {
  const { journey } = batch;
  const list = await consignmentDetails(tx, { batchId: batch.id });
  let events = 0;
  for (const c of list) {
    const stop = journey.stops.find((s) => s.recipient === c.recipient)?.after;
    const inputs: EventInput[] = [];
    const post = (kind: EventKind, at: string, payload: Record<string, unknown>) =>
      inputs.push({ id: `${c.id}-e${inputs.length + 1}`, kind, at, payload });
    for (const [kind, key] of STEPS) {
      const at = journey[key] as string;
      const place = c.consignee === c.recipient ? c.recipientName.en : c.consignee;
      if (kind === 'packed') post(kind, at, { by: 'Beijing aid depot', location: 'Beijing' });
      else if (kind === 'customs-cleared') post(kind, at, { by: 'Beijing customs' });
      else if (kind === 'departed') post(kind, at, {});
      else if (kind === 'arrived') post(kind, at, { location: place });
      else {
        post(kind, at, {
          to:
            c.consignee === c.recipient
              ? `health authorities of ${place}`
              : `${place}, for ${c.recipientName.en}`,
        });
      }
      if (stop === kind) break;
    }
    if (!stop && journey.received !== null) {
      const lines = c.lines.map((l) => {
        const d = journey.discrepancies.find(
          (x) => x.recipient === c.recipient && x.item === l.item,
        );
        const damaged = Math.min(d?.damaged ?? 0, l.quantity);
        const missing = Math.min(d?.missing ?? 0, l.quantity - damaged);
        return { lineId: l.id, received: l.quantity - damaged - missing, damaged, missing };
      });
      post('received', journey.received, {
        signedBy: `receiving officer for ${c.recipientName.en} (illustrative)`,
        lines,
      });
    }
    await postEventsIn(tx, c.id, inputs);
    events += inputs.length;
  }
  return { consignments: list.length, events };
}

/** Loads the operations inside the scenario's transaction, through the product's own use cases. */
export async function loadOperationsIn(tx: Db, ops: DemoOperations): Promise<OperationsLoaded> {
  for (const d of ops.depots) await saveDepotIn(tx, { ...d, basis: 'illustrative' });
  for (const i of ops.items) {
    await setItemSettingsIn(tx, {
      item: i.item,
      reserve: i.reserve,
      productionPerDay: i.productionPerDay,
      basis: 'illustrative',
      note: i.note,
    });
    for (const [depot, quantity] of Object.entries(i.openingStock)) {
      await changeStockIn(tx, {
        depot,
        item: i.item,
        quantity,
        note: 'opening stock before batch 1 (illustrative)',
      });
    }
  }
  for (const c of ops.contributions) await addContributionIn(tx, c);
  for (const r of ops.requests) {
    await createRequestIn(tx, {
      ...r,
      lines: r.lines.map((l) => ({ item: l.item, asked: l.asked })),
    });
    if (r.status === 'under-review') await setRequestStatusIn(tx, r.id, 'under-review');
    if (r.agreement) {
      await agreeRequestIn(tx, r.id, {
        ...r.agreement,
        lines: r.lines.map((l) => ({ line: l.item, agreed: l.agreed })),
      });
    }
    if (r.status === 'declined')
      await setRequestStatusIn(tx, r.id, 'declined', r.reason ?? 'declined');
    if (r.status === 'fulfilled' && r.kind !== 'supplies')
      await setRequestStatusIn(tx, r.id, 'fulfilled');
  }
  let consignments = 0;
  let events = 0;
  for (const b of [...ops.batches].sort((x, y) => x.number - y.number)) {
    await draftBatchIn(tx, {
      id: b.id,
      title: b.title,
      number: b.number,
      lines: b.lines,
      note: b.note,
      illustrative: true,
      recorded: true,
    });
    await approveBatchIn(tx, b.id, { by: b.approvedBy, at: b.approvedAt });
    await planConsignmentsIn(tx, b.id, { departsOn: b.departsOn });
    const done = await replayJourney(tx, b);
    consignments += done.consignments;
    events += done.events;
  }
  return { requests: ops.requests.length, batches: ops.batches.length, consignments, events };
}
