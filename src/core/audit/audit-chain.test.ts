import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../logistics/sha256';
import { auditHash, chainAudit, firstAuditBreak, type AuditEntry } from './audit-chain';

const base = {
  at: '2020-03-26T09:00:00.000Z',
  actor: 'user:ana',
  action: 'request.agree',
  entity: 'request',
  entityId: 'R1',
  before: { status: 'open', lines: [{ item: 'masks', quantity: 10 }] },
  after: { status: 'agreed', lines: [{ item: 'masks', quantity: 8 }] },
};

function chainOf(n: number): AuditEntry[] {
  const rows: AuditEntry[] = [];
  for (let i = 0; i < n; i++) {
    rows.push(chainAudit({ ...base, entityId: `R${i}` }, rows.at(-1) ?? null));
  }
  return rows;
}

describe('audit chain', () => {
  it('hashes the previous hash followed by the canonical row, whatever the key order', () => {
    const [first, second] = chainOf(2);
    expect(first!.prevHash).toBeNull();
    expect(second!.prevHash).toBe(first!.hash);
    expect(second!.seq).toBe(2);
    const reordered = { ...second!, after: { lines: base.after.lines, status: 'agreed' } };
    expect(auditHash(reordered)).toBe(second!.hash);
    expect(second!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first!.hash).not.toBe(sha256Hex(JSON.stringify(first)));
  });

  it('verifies an intact chain, also from the middle', () => {
    const rows = chainOf(5);
    expect(firstAuditBreak(rows, null)).toBeNull();
    expect(firstAuditBreak(rows.slice(2), rows[1]!)).toBeNull();
  });

  it('reports the first changed row', () => {
    const rows = chainOf(5);
    rows[2] = {
      ...rows[2]!,
      after: { status: 'agreed', lines: [{ item: 'masks', quantity: 80 }] },
    };
    const found = firstAuditBreak(rows, null);
    expect(found).toMatchObject({ seq: 3, problem: 'hash' });
    expect(found!.message).toContain('request R2');
  });

  it('reports a removed row and a row rehashed without relinking', () => {
    const rows = chainOf(5);
    expect(firstAuditBreak([...rows.slice(0, 1), ...rows.slice(2)], null)).toMatchObject({
      seq: 3,
      problem: 'sequence',
    });
    const forged = { ...rows[3]!, actor: 'user:mallory' };
    const rehashed = { ...forged, hash: auditHash(forged) };
    const found = firstAuditBreak([...rows.slice(0, 3), rehashed, rows[4]!], null);
    expect(found).toMatchObject({ seq: 5, problem: 'previous-hash' });
  });
});
