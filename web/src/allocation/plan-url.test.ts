import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/core/allocation';
import { parsePlanUrl, parseView, serializePlanUrl, withView } from './plan-url';
import { knobsOf, withWeight } from './policy-knobs';
import { planInputUrl } from './use-plan-input';

describe('planning URL state', () => {
  it('knows the planning view and keeps other parameters when switching', () => {
    expect(parseView('?view=plan&lang=zh')).toBe('plan');
    expect(parseView('?view=other')).toBe('situation');
    expect(parseView('?view=report&lang=zh')).toBe('report');
    expect(withView('?view=plan&pick=ITA&lang=zh', 'ops')).toBe('?view=ops&lang=zh');
    expect(parseView('')).toBe('situation');
    expect(withView('?lang=zh', 'plan')).toBe('?lang=zh&view=plan');
    expect(withView('?lang=zh&view=plan&pick=ITA&w=1.2.3.4.5', 'situation')).toBe('?lang=zh');
  });

  it('round-trips item, recipient and moved sliders', () => {
    const knobs = withWeight(knobsOf(DEFAULT_POLICY), 'severity', 70);
    const search = serializePlanUrl(
      { item: 'ventilator', pick: 'PAK', knobs, ship: null },
      '?view=plan&lang=en',
    );
    expect(search).toBe('?view=plan&lang=en&item=ventilator&pick=PAK&w=70.30.20.15.10');
    expect(parsePlanUrl(search)).toEqual({ item: 'ventilator', pick: 'PAK', knobs, ship: null });
  });

  it('drops what is unset and ignores values that are not ids', () => {
    expect(
      serializePlanUrl({ item: null, pick: null, knobs: null, ship: null }, '?view=plan&pick=ITA'),
    ).toBe('?view=plan');
    expect(parsePlanUrl('?pick=<script>&item=&w=9.9')).toEqual({
      item: null,
      pick: null,
      knobs: null,
      ship: null,
    });
  });
});

describe('ship date', () => {
  it('is read as whole days after the plan date, and written back', () => {
    expect(parsePlanUrl('?ship=0').ship).toBe(0);
    expect(parsePlanUrl('?ship=14').ship).toBe(14);
    expect(parsePlanUrl('?ship=-1').ship).toBeNull();
    expect(parsePlanUrl('?ship=400').ship).toBeNull();
    expect(serializePlanUrl({ item: null, pick: null, knobs: null, ship: 0 }, '?view=plan')).toBe(
      '?view=plan&ship=0',
    );
  });

  it('asks the API for the ship date once the plan date is known', () => {
    expect(planInputUrl(null, 0)).toBe('/api/allocations/input');
    expect(planInputUrl('2020-03-26', null)).toBe('/api/allocations/input');
    expect(planInputUrl('2020-03-26', 0)).toBe(
      '/api/allocations/input?date=2020-03-26&shipDate=2020-03-26',
    );
    expect(planInputUrl('2020-03-26', 14)).toBe(
      '/api/allocations/input?date=2020-03-26&shipDate=2020-04-09',
    );
  });
});
