import { describe, expect, it } from 'vitest';
import type { RecipientId } from '../shared/brand';
import { DEFAULT_POLICY, type Policy } from './policy';
import { scoreRecipients, supplyShortage, type RecipientProfile } from './score';

const base: RecipientProfile = {
  id: 'ITA' as RecipientId,
  name: 'Italy',
  kind: 'country',
  population: 60_000_000,
  casesPerMillion: 1230,
  growthRate: 0.231,
  bedsPer1000: 3.2,
  healthWorkersPer1000: 10,
  supplyShortage: 0.8,
  urgency: 'critical',
  agreed: true,
  coverableShare: 1,
  helpedEarlier: false,
};

describe('scoreRecipients', () => {
  it('builds the weight from the baseline and the factor contributions, each explained', () => {
    const [s] = scoreRecipients(DEFAULT_POLICY, [base]);
    const byId = Object.fromEntries(s!.factors.map((f) => [f.id, f]));
    expect(Object.keys(byId)).toEqual(['severity', 'health-system', 'request', 'donor-capacity']);
    expect(byId.severity!.score).toBeCloseTo(1, 12); // >= 1,000 cases per million and doubling every 3 days
    // beds 1 − 3.2/4.82, workers above threshold → 0, shortage 0.8; weights 0.3/0.3/0.4
    expect(byId['health-system']!.score).toBeCloseTo(
      (0.3 * (1 - 3.2 / 4.82) + 0 + 0.4 * 0.8) / 1,
      12,
    );
    expect(byId.request!.score).toBeCloseTo(1, 12);
    const total = 0.25 + s!.factors.reduce((a, f) => a + f.contribution, 0);
    expect(s!.weight).toBeCloseTo(total, 12);
    expect(s!.factors.reduce((a, f) => a + f.share, 0)).toBeCloseTo(1, 12);
  });

  it('keeps every weight between the baseline and 1, and ranks a harder-hit recipient higher', () => {
    const calm = {
      ...base,
      id: 'KHM' as RecipientId,
      casesPerMillion: 5,
      growthRate: -0.1,
      supplyShortage: 0,
      urgency: 'routine' as const,
    };
    const [hard, soft] = scoreRecipients(DEFAULT_POLICY, [base, calm]);
    expect(soft!.weight).toBeGreaterThanOrEqual(0.25);
    expect(hard!.weight).toBeLessThanOrEqual(1);
    expect(hard!.weight).toBeGreaterThan(soft!.weight);
  });

  it('scores missing data as missing, with the policy’s neutral score', () => {
    const who = {
      ...base,
      id: 'WHO' as RecipientId,
      kind: 'organisation' as const,
      casesPerMillion: null,
      growthRate: null,
    };
    const [s] = scoreRecipients(DEFAULT_POLICY, [who]);
    const severity = s!.factors.find((f) => f.id === 'severity')!;
    expect(severity.components.every((c) => c.missing && c.score === 0.5)).toBe(true);
    expect(severity.score).toBe(0.5);
  });

  it('counts reciprocity only when the policy turns it on', () => {
    const helper = { ...base, helpedEarlier: true };
    const on: Policy = {
      ...DEFAULT_POLICY,
      factors: DEFAULT_POLICY.factors.map((f) =>
        f.id === 'reciprocity' ? { ...f, enabled: true } : f,
      ),
    };
    const [off] = scoreRecipients(DEFAULT_POLICY, [helper]);
    const [withIt] = scoreRecipients(on, [helper]);
    expect(off!.factors.some((f) => f.id === 'reciprocity')).toBe(false);
    expect(withIt!.factors.find((f) => f.id === 'reciprocity')!.score).toBe(1);
  });
});

describe('supplyShortage', () => {
  it('averages the uncovered share of forecast need over items with a need', () => {
    expect(
      supplyShortage([
        { forecastNeed: 100, stock: 20, pipeline: 30 },
        { forecastNeed: 10, stock: 50, pipeline: 0 },
        { forecastNeed: 0, stock: 0, pipeline: 0 },
      ]),
    ).toBeCloseTo(0.25, 12);
    expect(supplyShortage([])).toBeNull();
  });
});
