// SQL of the audit trail: the chain lock, the head, appends, pages and runs for the verifier.
import { asc, desc, eq, gt, and, lt, sql, type SQL } from 'drizzle-orm';
import type { AuditEntry } from '../core/audit';
import type { Db } from './db.types';
import { auditLog } from './schema';

// Any constant shared by every Tongzhou process (not the migration lock's): serialises audit appends.
const AUDIT_LOCK_KEY = 7_042_021;

/** Takes the audit chain's lock until the transaction ends: one appender at a time, so no fork. */
export async function lockAuditChain(tx: Db): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
}

// `at` is read back exactly as it was hashed: ISO 8601 UTC with milliseconds.
const atIso = sql<string>`to_char(${auditLog.at} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const columns = {
  seq: auditLog.seq,
  at: atIso,
  actor: auditLog.actor,
  action: auditLog.action,
  entity: auditLog.entity,
  entityId: auditLog.entityId,
  before: auditLog.before,
  after: auditLog.after,
  prevHash: auditLog.prevHash,
  hash: auditLog.hash,
};

/** The last row of the chain (null when the trail is empty). */
export async function auditHead(db: Db): Promise<Pick<AuditEntry, 'seq' | 'hash'> | null> {
  const rows = await db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return rows[0] ?? null;
}

/** Appends rows (already chained) in one statement. */
export async function insertAuditRows(tx: Db, rows: readonly AuditEntry[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(auditLog).values(rows.map((r) => ({ ...r, before: r.before, after: r.after })));
}

/** What a page of the trail may be narrowed to. */
export interface AuditFilter {
  entity?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  /** Only rows with a seq below this (the next page when reading newest first). */
  beforeSeq?: number | undefined;
}

/** A page of the trail, newest first. */
export async function auditPage(db: Db, filter: AuditFilter, limit: number): Promise<AuditEntry[]> {
  const where: SQL[] = [];
  if (filter.entity) where.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId) where.push(eq(auditLog.entityId, filter.entityId));
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.beforeSeq !== undefined) where.push(lt(auditLog.seq, filter.beforeSeq));
  return (await db
    .select(columns)
    .from(auditLog)
    .where(where.length > 0 ? and(...where) : undefined)
    .orderBy(desc(auditLog.seq))
    .limit(limit)) as AuditEntry[];
}

/** Up to `limit` rows after `afterSeq`, oldest first (the verifier reads the chain in runs). */
export async function auditRun(db: Db, afterSeq: number, limit: number): Promise<AuditEntry[]> {
  return (await db
    .select(columns)
    .from(auditLog)
    .where(gt(auditLog.seq, afterSeq))
    .orderBy(asc(auditLog.seq))
    .limit(limit)) as AuditEntry[];
}

/** How many rows the trail holds. */
export async function auditCount(db: Db): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  return rows[0]?.n ?? 0;
}
