// The planning page's sliders as data: the factor weights of a policy and whether reciprocity is on.
import type { FactorId, Policy } from '../../../src/core/allocation';

/** The four criteria of the seed, in the order the sliders show them, then the optional fifth. */
export const CRITERIA: readonly FactorId[] = [
  'severity',
  'health-system',
  'request',
  'donor-capacity',
];

/** Every factor a slider controls, reciprocity last. */
export const ALL_FACTORS: readonly FactorId[] = [...CRITERIA, 'reciprocity'];

/** Slider positions are whole percent points: 0 to this. */
export const SLIDER_MAX = 100;

/** What the user can change on the planning page: a weight per factor (0..100) and reciprocity on or off. */
export interface PolicyKnobs {
  weights: Record<FactorId, number>;
  reciprocity: boolean;
}

const clampWeight = (x: number) => Math.min(SLIDER_MAX, Math.max(0, Math.round(x)));

/** The knobs of a policy: its factor weights as percent points (rounded), reciprocity as enabled there. */
export function knobsOf(policy: Policy): PolicyKnobs {
  const weights = Object.fromEntries(ALL_FACTORS.map((id) => [id, 0])) as Record<FactorId, number>;
  let reciprocity = false;
  for (const f of policy.factors) {
    weights[f.id] = clampWeight(f.weight * 100);
    if (f.id === 'reciprocity') reciprocity = f.enabled;
  }
  return { weights, reciprocity };
}

/**
 * The policy with the knobs applied: factor weights replaced (percent points ÷ 100), reciprocity
 * switched on or off, and the version marked as adjusted so no plan passes for the published policy.
 */
export function applyKnobs(policy: Policy, knobs: PolicyKnobs): Policy {
  if (sameKnobs(knobs, knobsOf(policy))) return policy;
  return {
    ...policy,
    version: `${policy.version}+adjusted`,
    factors: policy.factors.map((f) => ({
      ...f,
      weight: knobs.weights[f.id] / 100,
      enabled: f.id === 'reciprocity' ? knobs.reciprocity : f.enabled,
    })),
  };
}

/** Whether two settings of the knobs are the same. */
export function sameKnobs(a: PolicyKnobs, b: PolicyKnobs): boolean {
  return (
    a.reciprocity === b.reciprocity && ALL_FACTORS.every((id) => a.weights[id] === b.weights[id])
  );
}

/** The knobs with one factor's weight moved (clamped to 0..100 whole points). */
export function withWeight(knobs: PolicyKnobs, id: FactorId, weight: number): PolicyKnobs {
  return { ...knobs, weights: { ...knobs.weights, [id]: clampWeight(weight) } };
}

/** Each factor's share of the weight above the baseline (0 for factors that are off), as the engine normalises it. */
export function factorShares(knobs: PolicyKnobs): Record<FactorId, number> {
  const on = (id: FactorId) => (id === 'reciprocity' ? knobs.reciprocity : true);
  const total = ALL_FACTORS.reduce((s, id) => s + (on(id) ? knobs.weights[id] : 0), 0);
  return Object.fromEntries(
    ALL_FACTORS.map((id) => [id, on(id) && total > 0 ? knobs.weights[id] / total : 0]),
  ) as Record<FactorId, number>;
}

/** The knobs as a compact URL value ("35.30.20.15.10.r" with ".r" when reciprocity is on). */
export function knobsToParam(knobs: PolicyKnobs): string {
  const text = ALL_FACTORS.map((id) => knobs.weights[id]).join('.');
  return knobs.reciprocity ? `${text}.r` : text;
}

/** Reads knobsToParam's value back; null when it is not one (the page then starts from the policy). */
export function knobsFromParam(value: string | null): PolicyKnobs | null {
  if (!value) return null;
  const parts = value.split('.');
  const reciprocity = parts[parts.length - 1] === 'r';
  const numbers = reciprocity ? parts.slice(0, -1) : parts;
  if (numbers.length !== ALL_FACTORS.length) return null;
  const weights = {} as Record<FactorId, number>;
  for (const [i, id] of ALL_FACTORS.entries()) {
    const text = numbers[i] ?? '';
    if (!/^\d{1,3}$/.test(text) || Number(text) > SLIDER_MAX) return null;
    weights[id] = Number(text);
  }
  return { weights, reciprocity };
}
