import { describe, expect, it } from 'vitest';
import {
  correctable,
  correctionBody,
  correctionDraft,
  effectivePayloads,
  receiptTotals,
} from './corrections';
import type { ConsignmentEvent } from './ops.types';
import { testConsignment, testFlight } from './test-ops-data';

const flight = testFlight('CHARTER 1');
const at = '2020-03-28T08:00:00.000Z';
const event = <K extends ConsignmentEvent['kind']>(
  seq: number,
  kind: K,
  payload: Record<string, unknown>,
) => ({
  id: `e${seq}`,
  consignmentId: 'b5-PAK',
  seq,
  kind,
  at,
  payload,
  hash: `h${seq}`,
});
const receipt = [
  { lineId: 'b5-PAK-L1', received: 59, damaged: 1, missing: 0 },
  { lineId: 'b5-PAK-L2', received: 500, damaged: 0, missing: 0 },
];

function consignment(events: ConsignmentEvent[]) {
  return { ...testConsignment('PAK', flight, 1, 1), events };
}

describe('corrections on the board', () => {
  const handed = event(5, 'handed-over', { to: 'NDMA', by: 'crew' });
  const received = event(6, 'received', { signedBy: 'NDMA officer', lines: receipt });
  const first = event(7, 'correction', {
    corrects: 'e5',
    reason: 'wrong agency',
    replacement: { to: 'Ministry of Health' },
  });
  const second = event(8, 'correction', {
    corrects: 'e5',
    reason: 'full name',
    replacement: { to: 'Ministry of National Health Services' },
  });

  it('counts the latest correction of an event, and the others as posted', () => {
    const payloads = effectivePayloads([second, handed, first, received]);
    expect(payloads.get('e5')).toEqual({ to: 'Ministry of National Health Services' });
    expect(payloads.get('e6')).toEqual(received.payload);
    expect(payloads.has('e7')).toBe(false);
    expect(correctable(handed)).toBe(true);
    expect(correctable(first)).toBe(false);
  });

  it('starts from what the event counts now, a receipt with missing left for the server', () => {
    const c = consignment([handed, received, first]);
    expect(correctionDraft(c, handed).fields).toMatchObject({
      kind: 'handed-over',
      to: 'Ministry of Health',
      by: '',
    });
    const draft = correctionDraft(c, received);
    expect(draft.fields.signedBy).toBe('NDMA officer');
    expect(draft.fields.lines).toEqual({
      'b5-PAK-L1': { received: '59', damaged: '1', missing: '' },
      'b5-PAK-L2': { received: '500', damaged: '0', missing: '' },
    });
  });

  it("posts a new event naming the corrected one, its reason and only the kind's fields", () => {
    const c = consignment([handed, received]);
    const draft = correctionDraft(c, received);
    draft.reason = 'one more unit damaged';
    draft.fields.lines['b5-PAK-L1'] = { received: '58', damaged: '2', missing: '' };
    draft.fields.to = 'ignored for a receipt';
    expect(correctionBody(draft, 'uuid-1', at)).toEqual({
      id: 'uuid-1',
      kind: 'correction',
      at,
      payload: {
        corrects: 'e6',
        reason: 'one more unit damaged',
        replacement: {
          signedBy: 'NDMA officer',
          lines: [
            { lineId: 'b5-PAK-L1', received: 58, damaged: 2 },
            { lineId: 'b5-PAK-L2', received: 500, damaged: 0 },
          ],
        },
      },
    });
  });

  it('sums a receipt for the log', () => {
    expect(receiptTotals(received.payload)).toEqual({ received: 559, damaged: 1, missing: 0 });
    expect(receiptTotals(handed.payload)).toBeNull();
  });
});
