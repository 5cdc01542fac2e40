import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chainEvent, eventHash, hashedContent, verifyChain } from './event-chain';
import type { ConsignmentEvent, EventKind } from './events';

const nodeSha = (t: string) => createHash('sha256').update(t).digest('hex');

function chain(kinds: EventKind[]): ConsignmentEvent[] {
  const out: ConsignmentEvent[] = [];
  kinds.forEach((kind, i) => {
    out.push(
      chainEvent(
        {
          id: `e${i + 1}`,
          consignmentId: 'c1',
          kind,
          at: `2020-03-2${i}T08:00:00.000Z`,
          payload: kind === 'departed' ? { flight: 'CA1001' } : { by: 'depot' },
        },
        out.at(-1) ?? null,
      ),
    );
  });
  return out;
}

describe('the event hash chain', () => {
  it('numbers events from 1 and links each to the hash before it', () => {
    const events = chain(['packed', 'customs-cleared', 'departed']);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(events[0]!.prevHash).toBeNull();
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
    expect(events[2]!.prevHash).toBe(events[1]!.hash);
    expect(events[2]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyChain(events)).toEqual([]);
  });

  it('hashes the same with the pure SHA-256 and node:crypto, whatever the payload key order', () => {
    const [e] = chain(['packed']);
    expect(eventHash(e!, nodeSha)).toBe(e!.hash);
    const reordered = { ...e!, payload: JSON.parse('{"by":"depot"}') as { by: string } };
    expect(eventHash(reordered)).toBe(e!.hash);
    expect(hashedContent(e!)).toContain('"prevHash":null');
  });

  it('finds a changed payload, and the link it breaks is reported only where it is', () => {
    const events = chain(['packed', 'customs-cleared', 'departed', 'arrived']);
    const tampered = events.map((e) => (e.seq === 3 ? { ...e, payload: { flight: 'CA9999' } } : e));
    const breaks = verifyChain(tampered);
    expect(breaks).toHaveLength(1);
    expect(breaks[0]).toMatchObject({ seq: 3, eventId: 'e3', problem: 'hash' });
    expect(breaks[0]!.message).toMatch(/changed after it was recorded/);
  });

  it('finds a removed event and a re-hashed forgery that no longer links', () => {
    const events = chain(['packed', 'customs-cleared', 'departed', 'arrived']);
    const removed = events.filter((e) => e.seq !== 2);
    const problems = verifyChain(removed).map((b) => `${b.seq}:${b.problem}`);
    expect(problems).toEqual(['3:sequence', '3:previous-hash', '4:sequence']);
    // A forger who rewrites event 2 and recomputes its hash still breaks the link from event 3.
    const forged = { ...events[1]!, at: '2020-03-21T09:00:00.000Z' };
    forged.hash = eventHash(forged);
    const withForgery = [events[0]!, forged, events[2]!, events[3]!];
    expect(verifyChain(withForgery).map((b) => `${b.seq}:${b.problem}`)).toEqual([
      '3:previous-hash',
    ]);
  });
});
