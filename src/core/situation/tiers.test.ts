import { describe, expect, it } from 'vitest';
import { TIERS, tierOf } from './tiers';

describe('tiers', () => {
  it('start at 0 and rise strictly, with unique ids and both labels', () => {
    expect(TIERS[0]?.minCasesPerMillion).toBe(0);
    for (let i = 1; i < TIERS.length; i++) {
      expect(TIERS[i]!.minCasesPerMillion).toBeGreaterThan(TIERS[i - 1]!.minCasesPerMillion);
    }
    expect(new Set(TIERS.map((t) => t.id)).size).toBe(TIERS.length);
    for (const t of TIERS) expect(t.labelEn && t.labelZh).toBeTruthy();
  });

  it('puts a value in the tier whose lower bound is inclusive', () => {
    expect(tierOf(0).id).toBe('minimal');
    expect(tierOf(0.99).id).toBe('minimal');
    expect(tierOf(1).id).toBe('low');
    expect(tierOf(57).id).toBe('moderate');
    expect(tierOf(999.9).id).toBe('high');
    expect(tierOf(1000).id).toBe('very-high');
    expect(tierOf(6e5).id).toBe('very-high');
  });

  it('rejects negative and non-numeric values, naming them', () => {
    expect(() => tierOf(-1)).toThrow(/-1/);
    expect(() => tierOf(Number.NaN)).toThrow(/NaN/);
  });
});
