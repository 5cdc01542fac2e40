// Running totals the aggregation keeps per recipient, item, batch and week while it reads the rows.
import { itemById } from '../reference/catalogue';
import type { AidForm, Pipeline, PipelineValue } from './report.types';

/** Units along the pipeline, all zero. */
export const emptyPipeline = (): Pipeline => ({
  requested: 0,
  agreed: 0,
  allocated: 0,
  shipped: 0,
  received: 0,
  damaged: 0,
  missing: 0,
});

/** Reference values of the pipeline, all zero. */
export const emptyValue = (): PipelineValue => ({
  agreed: 0,
  allocated: 0,
  shipped: 0,
  received: 0,
});

/** The catalogue's reference price per unit in USD, or 0 for an item it does not hold. */
export function priceOf(item: string): number {
  return itemById(item)?.referencePriceUsd ?? 0;
}

/** What the report keeps for one recipient. */
export interface RecipientTally {
  batches: Set<string>;
  forms: Set<AidForm>;
  via: Set<string>;
  allocated: number;
  shipped: number;
  received: number;
  valueUsd: number;
}

/** What the report keeps for one batch. */
export interface BatchTally {
  recipients: Set<string>;
  partners: Set<string>;
  lines: number;
  allocated: number;
  shipped: number;
  received: number;
  valueUsd: number;
}

/** What the report keeps for one week. */
export interface WeekTally {
  batchesApproved: number;
  unitsAllocated: number;
  unitsShipped: number;
  unitsReceived: number;
  consignmentsShipped: number;
  consignmentsReceived: number;
  valueAllocatedUsd: number;
  valueReceivedUsd: number;
}

/** The entry of a map for a key, created by `make` the first time. */
export function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

/** A new, empty recipient tally. */
export const newRecipient = (): RecipientTally => ({
  batches: new Set(),
  forms: new Set(),
  via: new Set(),
  allocated: 0,
  shipped: 0,
  received: 0,
  valueUsd: 0,
});

/** A new, empty batch tally. */
export const newBatch = (): BatchTally => ({
  recipients: new Set(),
  partners: new Set(),
  lines: 0,
  allocated: 0,
  shipped: 0,
  received: 0,
  valueUsd: 0,
});

/** A new, empty week tally. */
export const newWeek = (): WeekTally => ({
  batchesApproved: 0,
  unitsAllocated: 0,
  unitsShipped: 0,
  unitsReceived: 0,
  consignmentsShipped: 0,
  consignmentsReceived: 0,
  valueAllocatedUsd: 0,
  valueReceivedUsd: 0,
});

/** Rounds a USD amount to cents (sums of many products drift otherwise). */
export const cents = (usd: number): number => Math.round(usd * 100) / 100;
