// Use case: the audit trail's head (latest row number, time and hash) as the one line an agency
// publishes daily, so that a later rewrite of the trail, even a consistent one, shows against it.
import type { Database } from '../db/database';
import { auditPage, auditRun } from '../db/audit.repository';
import { BadRequestError } from './errors';

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

/** What checking a published head found. */
export interface PublishedHeadCheck {
  ok: boolean;
  message: string;
}

/** The row number and hash in a published line (or in "SEQ HASH"); BadRequestError when there are none. */
export function parsePublishedHead(text: string): { seq: number; hash: string } {
  const found =
    /row (\d+) at \S+ sha256 ([0-9a-f]{64})/.exec(text) ??
    /^\s*(\d+)[\s:]+([0-9a-f]{64})\s*$/.exec(text);
  if (!found) {
    throw new BadRequestError(
      `published head: expected "tongzhou audit head: row N at TIME sha256 HASH" or "N HASH", got "${text}"`,
      'head',
    );
  }
  return { seq: Number(found[1]), hash: found[2]! };
}

/**
 * Whether the trail still holds a published head: its row is there with the same hash. With `tongzhou
 * verify` passing, that proves no row up to it was changed, removed or rebuilt since it was published.
 */
export async function checkPublishedHead(
  database: Database,
  text: string,
): Promise<PublishedHeadCheck> {
  const published = parsePublishedHead(text);
  const [row] = await auditRun(database.db, published.seq - 1, 1);
  if (!row || Number(row.seq) !== published.seq) {
    return { ok: false, message: `MISMATCH: the trail has no row ${published.seq} any more.` };
  }
  if (row.hash !== published.hash) {
    return {
      ok: false,
      message: `MISMATCH: row ${published.seq} now has hash ${row.hash}, published ${published.hash}: the trail was rewritten.`,
    };
  }
  return { ok: true, message: `Row ${published.seq} still has the published hash.` };
}
