import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, planAllocation } from '../../../src/core/allocation';
import {
  ALL_FACTORS,
  applyKnobs,
  factorShares,
  knobsFromParam,
  knobsOf,
  knobsToParam,
  sameKnobs,
  withWeight,
} from './policy-knobs';
import { testPlanInput } from './test-plan-input';

describe('policy knobs', () => {
  it("read the published policy's weights as percent points, reciprocity off", () => {
    const knobs = knobsOf(DEFAULT_POLICY);
    expect(knobs.weights).toEqual({
      severity: 35,
      'health-system': 30,
      request: 20,
      'donor-capacity': 15,
      reciprocity: 10,
    });
    expect(knobs.reciprocity).toBe(false);
  });

  it('leave the policy untouched when nothing moved', () => {
    expect(applyKnobs(DEFAULT_POLICY, knobsOf(DEFAULT_POLICY))).toBe(DEFAULT_POLICY);
  });

  it('replace the weights, switch reciprocity and mark the version as adjusted', () => {
    const knobs = { ...withWeight(knobsOf(DEFAULT_POLICY), 'severity', 80), reciprocity: true };
    const policy = applyKnobs(DEFAULT_POLICY, knobs);
    expect(policy.version).toBe(`${DEFAULT_POLICY.version}+adjusted`);
    expect(policy.factors.find((f) => f.id === 'severity')?.weight).toBe(0.8);
    expect(policy.factors.find((f) => f.id === 'reciprocity')?.enabled).toBe(true);
    expect(policy.factors.find((f) => f.id === 'request')?.weight).toBe(0.2);
    // The published policy itself is not changed.
    expect(DEFAULT_POLICY.factors.find((f) => f.id === 'severity')?.weight).toBe(0.35);
  });

  it('clamp slider values to whole points between 0 and 100', () => {
    const k = knobsOf(DEFAULT_POLICY);
    expect(withWeight(k, 'request', 140).weights.request).toBe(100);
    expect(withWeight(k, 'request', -3).weights.request).toBe(0);
    expect(withWeight(k, 'request', 12.6).weights.request).toBe(13);
  });

  it('give each enabled factor its normalised share, as the engine does', () => {
    const shares = factorShares(knobsOf(DEFAULT_POLICY));
    expect(shares.severity).toBeCloseTo(0.35, 12);
    expect(shares.reciprocity).toBe(0);
    const on = factorShares({ ...knobsOf(DEFAULT_POLICY), reciprocity: true });
    expect(on.reciprocity).toBeCloseTo(10 / 110, 12);
    expect(ALL_FACTORS.reduce((s, id) => s + on[id], 0)).toBeCloseTo(1, 12);
    const zero = factorShares({
      weights: { severity: 0, 'health-system': 0, request: 0, 'donor-capacity': 0, reciprocity: 0 },
      reciprocity: false,
    });
    expect(Object.values(zero)).toEqual([0, 0, 0, 0, 0]);
  });

  it('change the plan when a weight moves', () => {
    const input = testPlanInput();
    const before = planAllocation(input);
    const policy = applyKnobs(input.policy, withWeight(knobsOf(input.policy), 'severity', 100));
    const after = planAllocation({ ...input, policy });
    const ita = (p: typeof before) => p.lines.find((l) => l.recipient === 'ITA')!.quantity;
    expect(ita(after)).toBeGreaterThan(ita(before));
  });

  it('round-trip through the URL and reject what is not theirs', () => {
    const k = { ...withWeight(knobsOf(DEFAULT_POLICY), 'request', 0), reciprocity: true };
    expect(knobsToParam(k)).toBe('35.30.0.15.10.r');
    const back = knobsFromParam(knobsToParam(k));
    expect(back && sameKnobs(back, k)).toBe(true);
    expect(knobsFromParam('35.30.20.15.10')?.reciprocity).toBe(false);
    for (const bad of [null, '', '1.2.3', '35.30.20.15.101', '35.30.x.15.10', '35.30.20.15.10.q']) {
      expect(knobsFromParam(bad)).toBeNull();
    }
  });
});
