// Use cases of the audit trail: record a change inside the transaction that makes it, page through the
// trail, and verify its hash chain. The actor comes from the request's context (currentActor()).
import { createHash } from 'node:crypto';
import { chainAudit, firstAuditBreak, type AuditBreak, type AuditEntry } from '../core/audit';
import type { Database } from '../db/database';
import type { Db } from '../db/db.types';
import {
  auditCount,
  auditHead,
  auditPage,
  auditRun,
  insertAuditRows,
  lockAuditChain,
  type AuditFilter,
} from '../db/audit.repository';
import { actorLabel, currentActor } from './actor-context';

const nodeSha256 = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');

/** One change as a service reports it. */
export interface AuditChange {
  /** What was done, `<entity>.<verb>`: `request.create`, `batch.approve`, `stock.change`, ... */
  action: string;
  entity: string;
  entityId: string;
  /** The state before (null or omitted for a creation). */
  before?: unknown;
  /** The state after (null or omitted for a removal). */
  after?: unknown;
}

/** A value as the database's jsonb will hand it back (Dates as strings, undefined fields dropped). */
function asStored(value: unknown): unknown {
  return value === undefined || value === null
    ? null
    : (JSON.parse(JSON.stringify(value)) as unknown);
}

/**
 * Records changes in the trail, inside `tx` (the transaction that makes them), as the current actor.
 * Takes the chain's lock until `tx` ends: call it after the change's other writes, so that the audit
 * lock is the last lock a transaction takes (no lock-order deadlocks) and is held only briefly.
 */
export async function recordAudit(
  tx: Db,
  changes: AuditChange | readonly AuditChange[],
): Promise<AuditEntry[]> {
  const list = Array.isArray(changes) ? changes : [changes as AuditChange];
  if (list.length === 0) return [];
  await lockAuditChain(tx);
  let previous = await auditHead(tx);
  const actor = actorLabel(currentActor());
  const at = new Date().toISOString();
  const rows: AuditEntry[] = [];
  for (const change of list) {
    const row = chainAudit(
      {
        at,
        actor,
        action: change.action,
        entity: change.entity,
        entityId: change.entityId,
        before: asStored(change.before),
        after: asStored(change.after),
      },
      previous,
      nodeSha256,
    );
    rows.push(row);
    previous = row;
  }
  await insertAuditRows(tx, rows);
  return rows;
}

/** A page of the trail, newest first, and the cursor of the next page (null on the last). */
export interface AuditPage {
  entries: AuditEntry[];
  nextBefore: number | null;
}

/** Reads one page of the trail (newest first; `beforeSeq` continues from a previous page). */
export async function listAudit(
  database: Database,
  filter: AuditFilter,
  limit: number,
): Promise<AuditPage> {
  const entries = await auditPage(database.db, filter, limit + 1);
  const more = entries.length > limit;
  const page = more ? entries.slice(0, limit) : entries;
  return { entries: page, nextBefore: more ? (page.at(-1)?.seq ?? null) : null };
}

/** What the audit check found: how many rows, and the first break if any. */
export interface AuditVerifyReport {
  rows: number;
  firstBreak: AuditBreak | null;
  ok: boolean;
}

const RUN = 5_000;

/** Recomputes the whole chain in runs of rows and reports the first break. */
export async function verifyAudit(db: Db): Promise<AuditVerifyReport> {
  let previous: Pick<AuditEntry, 'seq' | 'hash'> | null = null;
  let rows = 0;
  for (;;) {
    const run = await auditRun(db, previous?.seq ?? 0, RUN);
    if (run.length === 0) break;
    const found = firstAuditBreak(run, previous, nodeSha256);
    rows += run.length;
    if (found) return { rows: Math.max(rows, await auditCount(db)), firstBreak: found, ok: false };
    previous = run.at(-1)!;
  }
  return { rows, firstBreak: null, ok: true };
}
