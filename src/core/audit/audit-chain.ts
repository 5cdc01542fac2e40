// The hash chain of the audit trail: each row's hash covers the previous row's hash and the row's own
// content, so changing, removing or reordering any row breaks the chain from that row on.
import { canonicalJson } from '../logistics/canonical-json';
import type { HashFn } from '../logistics/event-chain';
import { sha256Hex } from '../logistics/sha256';

/** One audit row as stored. */
export interface AuditEntry {
  seq: number;
  /** When, as ISO 8601 UTC with milliseconds (e.g. 2020-03-26T09:00:00.000Z). */
  at: string;
  /** Who: `user:<name>`, `user:<name> (token <id>)` or `system:<name>`. */
  actor: string;
  /** What was done, e.g. `request.create`, `batch.approve`. */
  action: string;
  /** The kind of thing changed, e.g. `request`, `batch`, `consignment`. */
  entity: string;
  entityId: string;
  /** The state before the change (null for a creation). */
  before: unknown;
  /** The state after the change (null for a removal). */
  after: unknown;
  prevHash: string | null;
  hash: string;
}

/** Version of the hashed content layout, part of the hash. */
export const AUDIT_CHAIN_VERSION = 1;

/** The canonical text of a row's content: every field but the hashes. */
export function auditContent(entry: Omit<AuditEntry, 'hash' | 'prevHash'>): string {
  return canonicalJson({
    v: AUDIT_CHAIN_VERSION,
    seq: entry.seq,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

/** hash = SHA-256(previous hash + canonical JSON of the row); the first row has no previous hash. */
export function auditHash(entry: Omit<AuditEntry, 'hash'>, hash: HashFn = sha256Hex): string {
  return hash((entry.prevHash ?? '') + auditContent(entry));
}

/** Completes a row after `previous` (null for the first): seq, prevHash and hash. */
export function chainAudit(
  entry: Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>,
  previous: Pick<AuditEntry, 'seq' | 'hash'> | null,
  hash: HashFn = sha256Hex,
): AuditEntry {
  const linked = { ...entry, seq: (previous?.seq ?? 0) + 1, prevHash: previous?.hash ?? null };
  return { ...linked, hash: auditHash(linked, hash) };
}

/** Where the stored audit chain first fails to hold. */
export interface AuditBreak {
  seq: number;
  problem: 'sequence' | 'previous-hash' | 'hash';
  message: string;
}

/**
 * Checks a run of rows in seq order, starting after `previous` (null: from the first row), and returns
 * the first break, or null when every number, link and hash holds.
 */
export function firstAuditBreak(
  rows: readonly AuditEntry[],
  previous: Pick<AuditEntry, 'seq' | 'hash'> | null,
  hash: HashFn = sha256Hex,
): AuditBreak | null {
  let prev = previous;
  for (const row of rows) {
    const expectedSeq = (prev?.seq ?? 0) + 1;
    if (row.seq !== expectedSeq) {
      return {
        seq: row.seq,
        problem: 'sequence',
        message: `audit row ${row.seq} follows row ${prev?.seq ?? 0} (row ${expectedSeq} is missing)`,
      };
    }
    const expectedPrev = prev?.hash ?? null;
    if (row.prevHash !== expectedPrev) {
      return {
        seq: row.seq,
        problem: 'previous-hash',
        message: `audit row ${row.seq} does not link to the row before it (stored ${short(row.prevHash)}, expected ${short(expectedPrev)})`,
      };
    }
    const recomputed = auditHash(row, hash);
    if (recomputed !== row.hash) {
      return {
        seq: row.seq,
        problem: 'hash',
        message: `audit row ${row.seq} (${row.action} ${row.entity} ${row.entityId}) was changed after it was recorded (stored hash ${short(row.hash)}, content hashes to ${short(recomputed)})`,
      };
    }
    prev = row;
  }
  return null;
}

function short(hash: string | null): string {
  return hash === null ? 'none' : hash.slice(0, 12);
}
