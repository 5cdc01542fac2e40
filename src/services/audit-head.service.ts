// Use case: the audit trail's head (latest row number, time and hash) as the one line an agency
// publishes daily, so that a later rewrite of the trail, even a consistent one, shows against it.
import type { Database } from '../db/database';
import { auditPage } from '../db/audit.repository';

/** The latest audit row: what to publish. */
export interface AuditHead {
  /** The row's number in the chain (1, 2, …). */
  seq: number;
  /** When it was written, ISO 8601 UTC with milliseconds. */
  at: string;
  /** Its SHA-256 chain hash (hex), which covers every row before it. */
  hash: string;
  /** The same three as one line of text. */
  line: string;
}

/** The one line to publish: row number, time and hash. */
export function auditHeadLine(head: Pick<AuditHead, 'seq' | 'at' | 'hash'>): string {
  return `tongzhou audit head: row ${head.seq} at ${head.at} sha256 ${head.hash}`;
}

/** The trail's latest row, or null while the trail is empty. */
export async function auditHeadOf(database: Database): Promise<AuditHead | null> {
  const [latest] = await auditPage(database.db, {}, 1);
  if (!latest) return null;
  const head = { seq: Number(latest.seq), at: latest.at, hash: latest.hash };
  return { ...head, line: auditHeadLine(head) };
}
