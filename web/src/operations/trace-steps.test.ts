import { describe, expect, it } from 'vitest';
import { testTrace } from './test-ops-data';
import { traceSteps } from './trace-steps';

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
});
