// Use case: check every consignment's event chain (numbering, links, hashes) and report every break.
import { verifyChain, type ChainBreak, type ConsignmentEvent } from '../core/logistics';
import type { Database } from '../db/database';
import { eventsOf, listConsignments } from '../db/consignments.repository';
import { nodeSha256 } from './consignment-events.service';

/** What verify found. */
export interface VerifyReport {
  consignments: number;
  events: number;
  breaks: ChainBreak[];
  ok: boolean;
}

/** Recomputes every chain; a changed, removed or reordered event shows as a break. */
export async function verifyEvents(database: Database): Promise<VerifyReport> {
  return database.transaction(async (tx) => {
    const consignments = await listConsignments(tx);
    const events = await eventsOf(tx);
    const byConsignment = new Map<string, ConsignmentEvent[]>();
    for (const e of events) {
      const list = byConsignment.get(e.consignmentId) ?? [];
      list.push(e);
      byConsignment.set(e.consignmentId, list);
    }
    const breaks = [...byConsignment.values()].flatMap((list) => verifyChain(list, nodeSha256));
    return {
      consignments: consignments.length,
      events: events.length,
      breaks,
      ok: breaks.length === 0,
    };
  });
}
