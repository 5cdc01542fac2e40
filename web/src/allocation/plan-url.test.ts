import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/core/allocation';
import { parsePlanUrl, parseView, serializePlanUrl, withView } from './plan-url';
import { knobsOf, withWeight } from './policy-knobs';

describe('planning URL state', () => {
  it('knows the planning view and keeps other parameters when switching', () => {
    expect(parseView('?view=plan&lang=zh')).toBe('plan');
    expect(parseView('?view=other')).toBe('situation');
    expect(parseView('')).toBe('situation');
    expect(withView('?lang=zh', 'plan')).toBe('?lang=zh&view=plan');
    expect(withView('?lang=zh&view=plan&pick=ITA&w=1.2.3.4.5', 'situation')).toBe('?lang=zh');
  });

  it('round-trips item, recipient and moved sliders', () => {
    const knobs = withWeight(knobsOf(DEFAULT_POLICY), 'severity', 70);
    const search = serializePlanUrl(
      { item: 'ventilator', pick: 'PAK', knobs },
      '?view=plan&lang=en',
    );
    expect(search).toBe('?view=plan&lang=en&item=ventilator&pick=PAK&w=70.30.20.15.10');
    expect(parsePlanUrl(search)).toEqual({ item: 'ventilator', pick: 'PAK', knobs });
  });

  it('drops what is unset and ignores values that are not ids', () => {
    expect(serializePlanUrl({ item: null, pick: null, knobs: null }, '?view=plan&pick=ITA')).toBe(
      '?view=plan',
    );
    expect(parsePlanUrl('?pick=<script>&item=&w=9.9')).toEqual({
      item: null,
      pick: null,
      knobs: null,
    });
  });
});
