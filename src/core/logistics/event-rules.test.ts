import { describe, expect, it } from 'vitest';
import { chainEvent } from './event-chain';
import {
  checkEvent,
  consignmentView,
  normalizeTimestamp,
  type EventCandidate,
} from './event-rules';
import type { ConsignmentEvent, EventPayload } from './events';

const facts = {
  id: 'c1',
  lines: [
    { id: 'l1', quantity: 2000 },
    { id: 'l2', quantity: 10 },
  ],
};

/** Records candidates one by one through checkEvent, throwing on the first problem. */
function record(candidates: EventCandidate[]): ConsignmentEvent[] {
  const log: ConsignmentEvent[] = [];
  candidates.forEach((c, i) => {
    const checked = checkEvent(log, c, facts);
    if ('problem' in checked) throw new Error(checked.problem.message);
    log.push(
      chainEvent(
        { id: `e${i + 1}`, consignmentId: 'c1', ...c, payload: checked.payload },
        log.at(-1) ?? null,
      ),
    );
  });
  return log;
}

const step = (kind: EventCandidate['kind'], day: number, payload: EventPayload = {}) => ({
  kind,
  at: `2020-03-${String(day).padStart(2, '0')}T10:00:00.000Z`,
  payload,
});

const journey = [
  step('packed', 10),
  step('customs-cleared', 11),
  step('departed', 12, { flight: 'CA1001' }),
  step('arrived', 12),
  step('handed-over', 13, { to: 'Ministry of Health' }),
];

describe('consignment event order', () => {
  it('accepts the steps in order and reports the status after each', () => {
    const log = record(journey);
    expect(consignmentView(log)).toMatchObject({
      status: 'handed-over',
      flight: 'CA1001',
      handedOverTo: 'Ministry of Health',
    });
  });

  it('refuses "received" before "departed", naming the next step', () => {
    const log = record(journey.slice(0, 1));
    const out = checkEvent(log, step('received', 14, { signedBy: 'x', lines: [] }), facts);
    expect(out).toEqual({
      problem: {
        kind: 'order',
        field: 'kind',
        message: expect.stringMatching(
          /"received" cannot be recorded before "customs-cleared": consignment c1 is "packed"/,
        ) as unknown,
      },
    });
  });

  it('refuses a step twice and a step dated before the one it follows', () => {
    const log = record(journey.slice(0, 3));
    const twice = checkEvent(log, step('departed', 12, { flight: 'CA1002' }), facts);
    expect('problem' in twice && twice.problem.message).toMatch(/already "departed".*correction/);
    const early = checkEvent(log, step('arrived', 11), facts);
    expect('problem' in early && early.problem).toMatchObject({ kind: 'order', field: 'at' });
  });

  it('needs a flight to depart and a signer to receive', () => {
    const log = record(journey.slice(0, 2));
    const out = checkEvent(log, step('departed', 12), facts);
    expect('problem' in out && out.problem).toMatchObject({
      kind: 'invalid',
      field: 'payload.flight',
    });
  });
});

describe('receipts', () => {
  it('completes missing units and records the receipt', () => {
    const log = record([
      ...journey,
      step('received', 14, {
        signedBy: 'Dr A',
        lines: [
          { lineId: 'l1', received: 1990, damaged: 6 },
          { lineId: 'l2', received: 10 },
        ],
      }),
    ]);
    expect(consignmentView(log).receipt).toEqual([
      { lineId: 'l1', received: 1990, damaged: 6, missing: 4 },
      { lineId: 'l2', received: 10, damaged: 0, missing: 0 },
    ]);
  });

  it('names the line that does not add up, a missing line and an unknown one', () => {
    const log = record(journey);
    const check = (lines: unknown[]) => {
      const out = checkEvent(
        log,
        step('received', 14, { signedBy: 'x', lines } as EventPayload),
        facts,
      );
      return 'problem' in out ? out.problem : null;
    };
    expect(
      check([
        { lineId: 'l1', received: 2000, missing: 5 },
        { lineId: 'l2', received: 10 },
      ]),
    ).toMatchObject({
      field: 'payload.lines',
      message: expect.stringMatching(/line "l1".*2000 units shipped/) as unknown,
    });
    expect(check([{ lineId: 'l1', received: 2000 }])?.message).toMatch(
      /line "l2".*missing from the receipt/,
    );
    expect(check([{ lineId: 'l9', received: 1 }])?.field).toBe('payload.lines.0.lineId');
    expect(
      check([
        { lineId: 'l1', received: -1 },
        { lineId: 'l2', received: 10 },
      ])?.field,
    ).toBe('payload.lines.0.received');
    expect(
      check([
        { lineId: 'l1', received: 2.5 },
        { lineId: 'l2', received: 10 },
      ])?.message,
    ).toMatch(/whole number/);
  });
});

describe('corrections', () => {
  it('replace the payload of an earlier event without touching it', () => {
    const log = record([
      ...journey,
      step('received', 14, {
        signedBy: 'Dr A',
        lines: [
          { lineId: 'l1', received: 2000 },
          { lineId: 'l2', received: 10 },
        ],
      }),
      step('correction', 15, {
        corrects: 'e6',
        reason: 'recount found 20 masks damaged',
        replacement: {
          signedBy: 'Dr A',
          lines: [
            { lineId: 'l1', received: 1980, damaged: 20 },
            { lineId: 'l2', received: 10 },
          ],
        },
      }),
    ]);
    expect(log[5]!.payload.lines?.[0]?.received).toBe(2000);
    const view = consignmentView(log);
    expect(view.receipt?.[0]).toEqual({ lineId: 'l1', received: 1980, damaged: 20, missing: 0 });
    expect(view.corrections).toBe(1);
  });

  it('must name an event of this consignment, say why, and carry a valid replacement', () => {
    const log = record(journey.slice(0, 3));
    const fix = (payload: EventPayload) => {
      const out = checkEvent(log, step('correction', 13, payload), facts);
      return 'problem' in out ? out.problem.field : 'ok';
    };
    expect(fix({ corrects: 'e9', reason: 'x', replacement: {} })).toBe('payload.corrects');
    expect(fix({ corrects: 'e3', replacement: { flight: 'CA1' } })).toBe('payload.reason');
    expect(fix({ corrects: 'e3', reason: 'wrong flight', replacement: {} })).toBe(
      'payload.replacement.flight',
    );
    expect(fix({ corrects: 'e3', reason: 'wrong flight', replacement: { flight: 'CA1003' } })).toBe(
      'ok',
    );
  });
});

describe('normalizeTimestamp', () => {
  it('stores one UTC form and refuses what is not a timestamp', () => {
    expect(normalizeTimestamp('2020-03-20T10:00:00+08:00')).toBe('2020-03-20T02:00:00.000Z');
    expect(normalizeTimestamp('2020-03-20')).toBe('2020-03-20T00:00:00.000Z');
    expect(normalizeTimestamp('2020-02-30T00:00:00Z')).toBeNull();
    expect(normalizeTimestamp('yesterday')).toBeNull();
    expect(normalizeTimestamp('2020-13-01T00:00:00Z')).toBeNull();
  });
});
