import type { RecipientId } from '../shared/brand';
import type { ComponentId, FactorId, Policy, PolicyComponent, Urgency } from './policy';

/** What the policy factors read about one recipient (null = no data, scored as missing). */
export interface RecipientProfile {
  id: RecipientId;
  name: string;
  kind: 'country' | 'organisation';
  /** Population, for the pro-rata baseline; null for organisations. */
  population: number | null;
  /** Confirmed cases per million people as of the plan date. */
  casesPerMillion: number | null;
  /** Daily growth rate of new cases (log-linear fit), per day. */
  growthRate: number | null;
  bedsPer1000: number | null;
  /** Doctors and nurses per 1,000 people. */
  healthWorkersPer1000: number | null;
  /** Share (0..1) of forecast need for the requested items not covered by stock and pipeline: see supplyShortage(). */
  supplyShortage: number | null;
  urgency: Urgency;
  /** Whether the requested quantities are agreed through official channels. */
  agreed: boolean;
  /** Share (0..1) of the request the donor can cover after its reserve; planAllocation fills it in. */
  coverableShare: number | null;
  /** Whether the recipient helped the donor earlier (read only when the reciprocity factor is on). */
  helpedEarlier: boolean;
}

/** One component's contribution to a recipient's factor score. */
export interface ComponentScore {
  id: ComponentId;
  /** The raw value read from the profile (null when missing). */
  value: number | string | boolean | null;
  /** Score 0..1 (policy.missingScore when missing). */
  score: number;
  missing: boolean;
}

/** One factor's part of a recipient's weight. */
export interface FactorScore {
  id: FactorId;
  /** The factor's share of the non-baseline weight (its weight / sum of enabled weights). */
  share: number;
  /** Score 0..1: weighted mean of its components. */
  score: number;
  /** What it adds to the weight: (1 − baseline) × share × score. */
  contribution: number;
  components: ComponentScore[];
}

/** A recipient's policy weight and where it comes from. */
export interface RecipientScore {
  id: RecipientId;
  /** baseline + Σ contributions, between baseline and 1. */
  weight: number;
  baseline: number;
  factors: FactorScore[];
}

/** Share of forecast need not covered by stock and supplies on the way, averaged over items with a need. */
export function supplyShortage(
  positions: readonly { forecastNeed: number; stock: number; pipeline: number }[],
): number | null {
  const shares = positions
    .filter((p) => p.forecastNeed > 0)
    .map((p) => Math.min(1, Math.max(0, p.forecastNeed - p.stock - p.pipeline) / p.forecastNeed));
  return shares.length === 0 ? null : shares.reduce((a, b) => a + b, 0) / shares.length;
}

/** Weight per recipient with its factor breakdown: baseline + (1 − baseline) × Σ share_f × score_f. */
export function scoreRecipients(
  policy: Policy,
  profiles: readonly RecipientProfile[],
): RecipientScore[] {
  const enabled = policy.factors.filter((f) => f.enabled && f.weight > 0);
  const total = enabled.reduce((s, f) => s + f.weight, 0);
  return profiles.map((profile) => {
    const factors: FactorScore[] = enabled.map((factor) => {
      const components = factor.components.map((c) => scoreComponent(policy, c, profile));
      const cw = factor.components.reduce((s, c) => s + c.weight, 0);
      const score =
        cw > 0
          ? components.reduce((s, c, j) => s + c.score * factor.components[j]!.weight, 0) / cw
          : 0;
      const share = factor.weight / total;
      return {
        id: factor.id,
        share,
        score,
        contribution: (1 - policy.baseline) * share * score,
        components,
      };
    });
    const weight =
      total > 0 ? policy.baseline + factors.reduce((s, f) => s + f.contribution, 0) : 1;
    return { id: profile.id, weight, baseline: policy.baseline, factors };
  });
}

function scoreComponent(policy: Policy, c: PolicyComponent, p: RecipientProfile): ComponentScore {
  const missing = (value: null): ComponentScore => ({
    id: c.id,
    value,
    score: policy.missingScore,
    missing: true,
  });
  const got = (value: ComponentScore['value'], score: number): ComponentScore => ({
    id: c.id,
    value,
    score: Math.min(1, Math.max(0, score)),
    missing: false,
  });
  const ref = c.reference ?? 1;
  switch (c.id) {
    case 'cases-per-million':
      if (p.casesPerMillion === null) return missing(null);
      return got(
        p.casesPerMillion,
        Math.log10(1 + Math.max(0, p.casesPerMillion)) / Math.log10(1 + ref),
      );
    case 'growth':
      return p.growthRate === null ? missing(null) : got(p.growthRate, p.growthRate / ref);
    case 'beds-per-1000':
      return p.bedsPer1000 === null ? missing(null) : got(p.bedsPer1000, 1 - p.bedsPer1000 / ref);
    case 'health-workers-per-1000':
      if (p.healthWorkersPer1000 === null) return missing(null);
      return got(p.healthWorkersPer1000, 1 - p.healthWorkersPer1000 / ref);
    case 'supply-shortage':
      return p.supplyShortage === null ? missing(null) : got(p.supplyShortage, p.supplyShortage);
    case 'urgency':
      return got(p.urgency, policy.urgencyScores[p.urgency]);
    case 'agreed':
      return got(p.agreed, p.agreed ? 1 : policy.pendingRequestScore);
    case 'coverable-share':
      return p.coverableShare === null ? missing(null) : got(p.coverableShare, p.coverableShare);
    case 'help-received':
      return got(p.helpedEarlier, p.helpedEarlier ? 1 : 0);
  }
}
