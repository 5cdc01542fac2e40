import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from './policy';
import { parsePolicy } from './policy-parse';

const clone = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(DEFAULT_POLICY)) as Record<string, unknown>;

describe('parsePolicy', () => {
  it('accepts the default policy as JSON and returns it unchanged', () => {
    const parsed = parsePolicy(JSON.parse(JSON.stringify(DEFAULT_POLICY)));
    expect(parsed).toEqual({ ok: true, policy: DEFAULT_POLICY });
  });

  it('names every bad field', () => {
    const bad = clone();
    bad.baseline = 0;
    bad.needRule = 'forecast-only';
    const factors = bad.factors as Record<string, unknown>[];
    factors[0]!.weight = -1;
    (factors[1]!.components as Record<string, unknown>[])[0]!.reference = 'five';
    (factors[2]!.label as Record<string, unknown>).zh = '';
    const parsed = parsePolicy(bad);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([
      'baseline: must be a number > 0 and <= 1, got 0',
      'needRule: must be one of "request", "request-capped-by-forecast", got "forecast-only"',
      'factors[0].weight: must be a number >= 0 and <= 1000000, got -1',
      'factors[1].components[0].reference: must be a number > 0, got "five"',
      'factors[2].label.zh: must be a non-empty string, got ""',
    ]);
  });

  it('requires the four criteria, known components, and no duplicates', () => {
    const bad = clone();
    const factors = bad.factors as Record<string, unknown>[];
    bad.factors = [factors[0], factors[0], { ...factors[1], components: [] }, factors[2]];
    const parsed = parsePolicy(bad);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toContain('factors[1].id: factor "severity" appears twice');
    expect(parsed.errors).toContain('factors[2].components: "beds-per-1000" is missing');
    expect(parsed.errors).toContain('factors: the criterion "donor-capacity" is missing');
  });

  it('rejects what is not an object', () => {
    expect(parsePolicy(null)).toEqual({
      ok: false,
      errors: ['policy: must be an object, got null'],
    });
    expect(parsePolicy([1])).toEqual({
      ok: false,
      errors: ['policy: must be an object, got an array'],
    });
  });
});
