import { describe, expect, it } from 'vitest';
import { eventBody, impliedMissing, initialDraft, newEventId } from './event-draft';
import { testConsignment, testFlight } from './test-ops-data';

const flight = testFlight('CHARTER 1');

describe('event form', () => {
  it("starts at the consignment's next step with its flight and every unit received", () => {
    const c = testConsignment('PAK', flight, 1, 1, [
      { kind: 'packed', at: '2020-03-26T01:00:00.000Z' },
      { kind: 'customs-cleared', at: '2020-03-26T03:00:00.000Z' },
    ]);
    const draft = initialDraft(c, '2020-03-27T10:00');
    expect(draft.kind).toBe('departed');
    expect(draft.flight).toBe('CHARTER 1');
    expect(draft.lines['b5-PAK-L1']).toEqual({ received: '60', damaged: '0', missing: '' });
  });

  it('posts only the fields the step uses, with the id it was given', () => {
    const c = testConsignment('PAK', flight, 1, 1);
    const draft = {
      ...initialDraft(c, '2020-03-27T10:00'),
      kind: 'departed' as const,
      by: ' crew ',
      to: 'x',
    };
    const body = eventBody(draft, 'f3b0c1d2-0000-4000-8000-000000000001');
    expect(body.id).toBe('f3b0c1d2-0000-4000-8000-000000000001');
    expect(body.kind).toBe('departed');
    expect(body.at).toMatch(/^2020-03-27T\d{2}:00:00\.000Z$/);
    expect(body.payload).toEqual({ by: 'crew', flight: 'CHARTER 1' });
  });

  it('sends a receipt per line as numbers, leaving a blank missing to the server', () => {
    const c = testConsignment('PAK', flight, 1, 1);
    const draft = initialDraft(c, '2020-03-28T10:00');
    draft.kind = 'received';
    draft.signedBy = 'NDMA';
    draft.lines['b5-PAK-L1'] = { received: '59', damaged: '1', missing: '' };
    draft.lines['b5-PAK-L2'] = { received: 'lots', damaged: '', missing: '2' };
    expect(eventBody(draft, 'id-12345678').payload).toEqual({
      signedBy: 'NDMA',
      lines: [
        { lineId: 'b5-PAK-L1', received: 59, damaged: 1, missing: undefined },
        { lineId: 'b5-PAK-L2', received: 'lots', damaged: undefined, missing: 2 },
      ],
    });
  });

  it('shows the units a receipt leaves missing', () => {
    expect(impliedMissing(60, { received: '59', damaged: '1' })).toBe(0);
    expect(impliedMissing(60, { received: '50', damaged: '' })).toBe(10);
    expect(impliedMissing(60, { received: '', damaged: '0' })).toBeNull();
  });
});

describe('event ids', () => {
  it('are UUIDs, fresh each time, also where randomUUID is missing', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const a = newEventId();
    expect(a).toMatch(uuid);
    expect(newEventId()).not.toBe(a);
    const plain: Pick<Crypto, 'getRandomValues'> = {
      getRandomValues: crypto.getRandomValues.bind(crypto),
    };
    expect(newEventId(plain)).toMatch(uuid);
  });
});
