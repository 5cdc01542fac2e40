import { describe, expect, it } from 'vitest';
import type { ItemId } from '../shared/brand';
import { arrivalsByWeek, ceilUnits, dailyAmount, netByWeek } from './items';

describe('ceilUnits', () => {
  it('rounds up to whole units but ignores floating-point dust', () => {
    expect(ceilUnits(21.000000000000004)).toBe(21);
    expect(ceilUnits(21.01)).toBe(22);
    expect(ceilUnits(0)).toBe(0);
    expect(ceilUnits(0.3)).toBe(1);
  });
});

describe('dailyAmount', () => {
  it('adds rate times count over the roles the item has a rate for', () => {
    const roles = {
      inpatientHcw: 10,
      screeningHcw: 5,
      labTechnician: 2,
      inpatientBed: 0,
      criticalBed: 0,
      isolatedPatient: 0,
      screenedPerson: 0,
      pcrTest: 0,
      antigenTest: 0,
    };
    expect(dailyAmount({ inpatientHcw: 1, screeningHcw: 2, labTechnician: 2 }, roles)).toBe(24);
  });
});

describe('netByWeek', () => {
  it('uses stock and deliveries first, a delivery covering only its own week and later', () => {
    // stock 100 covers week 1 (60) and 40 of week 2; week 2 lacks 20; the 50 arriving in
    // week 3 covers 50 of its 60: net [0, 20, 10]
    expect(netByWeek([60, 60, 60], false, 100, [0, 0, 50])).toEqual([0, 20, 10]);
    // a large late delivery does not reduce an earlier shortfall
    expect(netByWeek([60, 60], false, 0, [0, 1000])).toEqual([60, 0]);
  });

  it('treats reusables as units in service minus units on hand', () => {
    // on hand: 10, then 10 + 5; needed in service 8, 20, 12
    expect(netByWeek([8, 20, 12], true, 10, [0, 5, 0])).toEqual([0, 5, 0]);
  });
});

describe('arrivalsByWeek', () => {
  it('sums deliveries of the item per week and ignores those beyond the horizon', () => {
    const gown = 'gown' as ItemId;
    const pipeline = [
      { item: gown, quantity: 5, arrivalWeek: 2 },
      { item: gown, quantity: 7, arrivalWeek: 2 },
      { item: 'goggles' as ItemId, quantity: 9, arrivalWeek: 1 },
      { item: gown, quantity: 100, arrivalWeek: 4 },
    ];
    expect(arrivalsByWeek(gown, pipeline, 3)).toEqual([0, 12, 0]);
  });
});
