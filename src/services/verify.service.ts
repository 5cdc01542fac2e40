// Use case: check every consignment's event chain (numbering, links, hashes) and report every break,
// and the audit trail's chain (reporting the first row that no longer holds).
import { verifyChain, type ChainBreak, type ConsignmentEvent } from '../core/logistics';
import type { Database } from '../db/database';
import { eventsOf, listConsignments } from '../db/consignments.repository';
import { verifyAudit, type AuditVerifyReport } from './audit.service';
import { nodeSha256 } from './consignment-events.service';

/** What verify found. */
export interface VerifyReport {
  consignments: number;
  events: number;
  breaks: ChainBreak[];
  /** The audit trail: how many rows, and the first break. */
  audit: AuditVerifyReport;
  /** True when every event chain and the audit chain hold. */
  ok: boolean;
}

/** Recomputes every chain; a changed, removed or reordered event or audit row shows as a break. */
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
    const audit = await verifyAudit(tx);
    return {
      consignments: consignments.length,
      events: events.length,
      breaks,
      audit,
      ok: breaks.length === 0 && audit.ok,
    };
  });
}
