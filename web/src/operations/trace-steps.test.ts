import { describe, expect, it } from 'vitest';
import type { ConsignmentEvent } from './ops.types';
import { testTrace } from './test-ops-data';
import { correctedEvent, traceSteps } from './trace-steps';

function event(
  seq: number,
  kind: ConsignmentEvent['kind'],
  at: string,
  payload = {},
): ConsignmentEvent {
  return { id: `e${seq}`, consignmentId: 'b5-PAK', seq, kind, at, payload, hash: `h${seq}` };
}

describe('trace timeline', () => {
  it('runs from asked to received, with the receipt and its discrepancy', () => {
    const steps = traceSteps(testTrace(true));
    expect(steps.map((s) => s.step)).toEqual([
      'asked',
      'agreed',
      'allocated',
      'shipped',
      'received',
    ]);
    expect(steps[2]).toMatchObject({ quantity: 62, proposed: 63, batch: 'Batch 5' });
    expect(steps[3]).toMatchObject({ flightNo: 'CHARTER 1', consignmentId: 'b5-PAK' });
    expect(steps[4]).toMatchObject({
      shipped: 62,
      received: 61,
      damaged: 1,
      missing: 0,
      signedBy: 'NDMA',
    });
  });

  it('marks the steps not reached yet as pending', () => {
    const planned = traceSteps(testTrace(false));
    expect(planned.at(-1)).toEqual({ step: 'pending', what: 'received' });
    const bare = testTrace(false);
    bare.line.agreed = null;
    bare.allocations = [];
    bare.shipments = [];
    expect(traceSteps(bare).map((s) => (s.step === 'pending' ? `(${s.what})` : s.step))).toEqual([
      'asked',
      '(agreed)',
      '(allocated)',
      '(shipped)',
      '(received)',
    ]);
  });

  it('shows each correction as its own step, oldest first, with its consignment and reason', () => {
    const trace = testTrace(true);
    trace.timeline.push(
      { at: '2020-03-30T09:00:00.000Z', step: 'correction', detail: 'Second fix', ref: 'b5-PAK' },
      {
        at: '2020-03-29T09:00:00.000Z',
        step: 'correction',
        detail: 'Deputy signed',
        ref: 'b5-PAK',
      },
      { at: '2020-03-29T10:00:00.000Z', step: 'note', detail: '', ref: 'b5-PAK' },
    );
    const steps = traceSteps(trace);
    expect(steps.map((s) => s.step)).toEqual([
      'asked',
      'agreed',
      'allocated',
      'shipped',
      'received',
      'correction',
      'correction',
    ]);
    expect(steps.slice(5)).toEqual([
      {
        step: 'correction',
        at: '2020-03-29T09:00:00.000Z',
        consignmentId: 'b5-PAK',
        reason: 'Deputy signed',
      },
      {
        step: 'correction',
        at: '2020-03-30T09:00:00.000Z',
        consignmentId: 'b5-PAK',
        reason: 'Second fix',
      },
    ]);
  });

  it('keeps the pending receipt last when a correction comes before any receipt', () => {
    const trace = testTrace(false);
    trace.timeline.push({
      at: '2020-03-27T09:00:00.000Z',
      step: 'correction',
      detail: 'Wrong flight',
      ref: 'b5-PAK',
    });
    expect(traceSteps(trace).slice(-2)).toEqual([
      {
        step: 'correction',
        at: '2020-03-27T09:00:00.000Z',
        consignmentId: 'b5-PAK',
        reason: 'Wrong flight',
      },
      { step: 'pending', what: 'received' },
    ]);
  });

  it("finds the event a correction corrects in its consignment's log", () => {
    const events = [
      event(1, 'departed', '2020-03-27T08:00:00.000Z'),
      event(2, 'received', '2020-03-28T08:00:00.000Z', { signedBy: 'NDMA' }),
      event(3, 'correction', '2020-03-29T09:00:00Z', { corrects: 'e1', reason: 'Wrong flight' }),
      event(4, 'correction', '2020-03-29T09:00:00Z', { corrects: 'e2', reason: 'Deputy signed' }),
    ];
    // Same time, told apart by the reason; the time matches whatever its ISO spelling.
    expect(
      correctedEvent({ at: '2020-03-29T09:00:00.000Z', reason: 'Deputy signed' }, events),
    ).toBe(events[1]);
    expect(
      correctedEvent({ at: '2020-03-29T09:00:00.000Z', reason: 'Wrong flight' }, events)?.kind,
    ).toBe('departed');
    expect(
      correctedEvent({ at: '2020-03-30T09:00:00.000Z', reason: 'Deputy signed' }, events),
    ).toBeNull();
    expect(correctedEvent({ at: '2020-03-29T09:00:00.000Z', reason: 'Other' }, events)).toBeNull();
    const dangling = [
      event(5, 'correction', '2020-03-29T09:00:00Z', { corrects: 'gone', reason: 'x' }),
    ];
    expect(correctedEvent({ at: '2020-03-29T09:00:00Z', reason: 'x' }, dangling)).toBeNull();
  });
});
