import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocatedStatus,
  assignDepots,
  compareDrafts,
  lineQuantityProblem,
  spreadOverLines,
  staleness,
} from './batch-rules';

describe('lineQuantityProblem', () => {
  const n95 = { item: 'respirator-n95', packSize: 240, remaining: 1500 };
  it('accepts whole packs up to what remains, and exactly what remains', () => {
    expect(lineQuantityProblem(0, n95)).toBeNull();
    expect(lineQuantityProblem(1440, n95)).toBeNull();
    expect(lineQuantityProblem(1500, n95)).toBeNull();
  });
  it('names a negative, fractional, part-pack or excessive quantity', () => {
    expect(lineQuantityProblem(-240, n95)).toMatch(/must not be negative, got -240/);
    expect(lineQuantityProblem(2.5, n95)).toMatch(/whole number of units, got 2.5/);
    expect(lineQuantityProblem(1000, n95)).toMatch(
      /not a whole number of packs of 240 \(4\.17 packs\)/,
    );
    expect(lineQuantityProblem(1680, n95)).toMatch(/more than the 1500 units still agreed/);
  });
});

describe('spreadOverLines', () => {
  it('serves the earliest needed-by first, whole packs first, then completes a line', () => {
    const out = spreadOverLines(
      720,
      [
        { id: 'b', remaining: 500, neededBy: '2020-04-10' },
        { id: 'a', remaining: 300, neededBy: '2020-04-01' },
      ],
      240,
    );
    // Whole packs: a 240, b 480 = 720; nothing left to complete a (needs 60 more).
    expect(Object.fromEntries(out)).toEqual({ a: 240, b: 480 });
    const completing = spreadOverLines(
      780,
      [
        { id: 'a', remaining: 300, neededBy: null },
        { id: 'b', remaining: 480, neededBy: null },
      ],
      240,
    );
    expect(Object.fromEntries(completing)).toEqual({ a: 300, b: 480 });
  });

  it('never gives a line more than remains or more than allocated in total (random)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 5 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (pack, remaining, share) => {
          const lines = remaining.map((r, i) => ({ id: `l${i}`, remaining: r, neededBy: null }));
          const total = remaining.reduce((s, r) => s + r, 0);
          const allocated = Math.floor((total * share) / pack) * pack;
          const out = spreadOverLines(allocated, lines, pack);
          let sum = 0;
          for (const l of lines) {
            const q = out.get(l.id)!;
            expect(q).toBeLessThanOrEqual(l.remaining);
            expect(q % pack === 0 || q === l.remaining).toBe(true);
            sum += q;
          }
          expect(sum).toBeLessThanOrEqual(allocated);
          expect(allocated - sum).toBeLessThan(pack * lines.length);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('assignDepots', () => {
  it('draws on the depot with most free stock first, and refuses what is not there', () => {
    expect(
      assignDepots(150, [
        { depot: 'SHA', free: 100 },
        { depot: 'PEK', free: 100 },
        { depot: 'CAN', free: 20 },
      ]),
    ).toEqual([
      { depot: 'PEK', quantity: 100 },
      { depot: 'SHA', quantity: 50 },
    ]);
    expect(
      assignDepots(221, [
        { depot: 'PEK', free: 100 },
        { depot: 'SHA', free: 120 },
      ]),
    ).toBeNull();
  });
});

describe('staleness and status', () => {
  it('lists what changed since the draft', () => {
    const basis = { items: { 'mask-surgical': 3, ventilator: 1 }, requests: { r1: 2, r2: 1 } };
    expect(staleness(basis, basis)).toEqual([]);
    expect(
      staleness(basis, { items: { 'mask-surgical': 4, ventilator: 1 }, requests: { r1: 2 } }),
    ).toEqual(['stock or reserve of mask-surgical changed', 'request r2 is gone']);
  });
  it('derives a request status from what is allocated', () => {
    expect(allocatedStatus([{ agreed: 10, allocated: 0 }])).toBe('agreed');
    expect(
      allocatedStatus([
        { agreed: 10, allocated: 10 },
        { agreed: 5, allocated: 1 },
      ]),
    ).toBe('partly-allocated');
    expect(
      allocatedStatus([
        { agreed: 10, allocated: 10 },
        { agreed: 0, allocated: 0 },
      ]),
    ).toBe('fulfilled');
  });
});

describe('compareDrafts', () => {
  it('lines up two drafts by request line with totals per recipient and item', () => {
    const c = compareDrafts(
      [
        { requestLineId: 'r1.1', recipient: 'PAK', item: 'ventilator', quantity: 10 },
        { requestLineId: 'r2.1', recipient: 'ITA', item: 'ventilator', quantity: 5 },
      ],
      [
        { requestLineId: 'r1.1', recipient: 'PAK', item: 'ventilator', quantity: 8 },
        { requestLineId: 'r3.1', recipient: 'SRB', item: 'mask-surgical', quantity: 2000 },
      ],
    );
    expect(c.lines.map((l) => [l.requestLineId, l.a, l.b, l.diff])).toEqual([
      ['r2.1', 5, 0, -5],
      ['r1.1', 10, 8, -2],
      ['r3.1', 0, 2000, 2000],
    ]);
    expect(c.items).toEqual([
      { item: 'mask-surgical', a: 0, b: 2000, diff: 2000 },
      { item: 'ventilator', a: 15, b: 8, diff: -7 },
    ]);
    expect(c.changed).toBe(3);
  });
});
