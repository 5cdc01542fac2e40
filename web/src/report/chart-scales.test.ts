import { describe, expect, it } from 'vitest';
import { band, linearAxis, stageShares } from './chart-scales';

describe('linear axis', () => {
  it('rounds the top up to a nice value and maps 0 and the top to the ends', () => {
    const axis = linearAxis(89, 0, 200);
    expect(axis.top).toBe(100);
    expect(axis.ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(axis.at(0)).toBe(0);
    expect(axis.at(100)).toBe(200);
    expect(axis.at(50)).toBe(100);
  });

  it('runs upwards for vertical charts and clamps values outside', () => {
    const axis = linearAxis(7_383_255, 180, 10);
    expect(axis.top).toBeGreaterThanOrEqual(7_383_255);
    expect(axis.at(0)).toBe(180);
    expect(axis.at(axis.top)).toBe(10);
    expect(axis.at(-5)).toBe(180);
    expect(axis.at(axis.top * 2)).toBe(10);
  });

  it('still draws an axis when everything is zero', () => {
    const axis = linearAxis(0, 0, 100);
    expect(axis.top).toBeGreaterThan(0);
    expect(Number.isFinite(axis.at(0))).toBe(true);
  });
});

describe('bands', () => {
  it('splits the width into equal steps with a gap', () => {
    const first = band(0, 4, 400, 20);
    const last = band(3, 4, 400, 20);
    expect(first.width).toBe(75);
    expect(first.x).toBe(32.5);
    expect(last.x + last.width).toBe(20 + 400 - 12.5);
  });
});

describe('stage shares', () => {
  it('scales every stage against the largest one', () => {
    const shares = stageShares({
      requested: 200,
      agreed: 150,
      allocated: 100,
      shipped: 100,
      received: 50,
    });
    expect(shares).toEqual({
      requested: 1,
      agreed: 0.75,
      allocated: 0.5,
      shipped: 0.5,
      received: 0.25,
    });
  });

  it('gives zero shares for an item nobody asked for', () => {
    const zero = { requested: 0, agreed: 0, allocated: 0, shipped: 0, received: 0 };
    expect(Object.values(stageShares(zero))).toEqual([0, 0, 0, 0, 0]);
  });
});
