import { describe, expect, it } from 'vitest';
import { lnGamma, studentTCdf, studentTQuantile } from './student-t';

describe('Student t', () => {
  it('ln Γ matches factorials and Γ(1/2) = √π', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 12);
    expect(lnGamma(6)).toBeCloseTo(Math.log(120), 12);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
  });

  it('97.5 % quantiles match published t tables', () => {
    // Values from any t table (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2).
    const table: [number, number][] = [
      [1, 12.706],
      [2, 4.303],
      [5, 2.571],
      [12, 2.179],
      [30, 2.042],
      [100, 1.984],
    ];
    for (const [df, t] of table) expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 3);
  });

  it('is symmetric and inverts its own CDF', () => {
    expect(studentTQuantile(0.025, 7)).toBeCloseTo(-studentTQuantile(0.975, 7), 10);
    for (const df of [1, 3, 12, 50]) {
      for (const p of [0.6, 0.9, 0.995])
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 9);
    }
    expect(studentTCdf(0, 4)).toBeCloseTo(0.5, 12);
  });

  it('approaches the normal quantile for many degrees of freedom', () => {
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.95996, 4);
  });

  it('rejects impossible arguments', () => {
    expect(() => studentTQuantile(1, 3)).toThrow(/probability/);
    expect(() => studentTQuantile(0.9, 0)).toThrow(/degrees of freedom/);
  });
});
