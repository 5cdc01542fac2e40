import {
  FACTOR_COMPONENTS,
  type ComponentId,
  type FactorId,
  type Policy,
  type PolicyComponent,
  type PolicyFactor,
  type Text,
  type Urgency,
} from './policy';

/** Outcome of parsePolicy: the policy, or every problem found, each naming its field. */
export type PolicyParse = { ok: true; policy: Policy } | { ok: false; errors: string[] };

const REQUIRED: readonly FactorId[] = ['severity', 'health-system', 'request', 'donor-capacity'];
const URGENCIES: readonly Urgency[] = ['routine', 'urgent', 'critical'];

/** Validate a policy read from JSON (a user's file, an API body) and name every bad field. */
export function parsePolicy(json: unknown): PolicyParse {
  const errors: string[] = [];
  const v = new Validator(errors);
  const root = v.object('policy', json);
  if (!root) return { ok: false, errors };
  const policy: Policy = {
    id: v.string('id', root.id),
    version: v.string('version', root.version),
    title: v.text('title', root.title),
    baseline: v.number('baseline', root.baseline, { min: 0, minExclusive: true, max: 1 }),
    missingScore: v.number('missingScore', root.missingScore, { min: 0, max: 1 }),
    needRule: v.oneOf('needRule', root.needRule, [
      'request',
      'request-capped-by-forecast',
    ] as const),
    reserveCoverDays: v.number('reserveCoverDays', root.reserveCoverDays, { min: 0, max: 3650 }),
    urgencyScores: { routine: 0, urgent: 0, critical: 0 },
    pendingRequestScore: v.number('pendingRequestScore', root.pendingRequestScore, {
      min: 0,
      max: 1,
    }),
    factors: [],
  };
  const scores = v.object('urgencyScores', root.urgencyScores);
  if (scores) {
    for (const u of URGENCIES)
      policy.urgencyScores[u] = v.number(`urgencyScores.${u}`, scores[u], { min: 0, max: 1 });
  }
  const factors = v.array('factors', root.factors);
  const seen = new Set<string>();
  factors?.forEach((raw, f) => {
    const path = `factors[${f}]`;
    const factor = parseFactor(v, path, raw);
    if (!factor) return;
    if (seen.has(factor.id)) errors.push(`${path}.id: factor "${factor.id}" appears twice`);
    seen.add(factor.id);
    policy.factors.push(factor);
  });
  if (factors) {
    for (const id of REQUIRED)
      if (!seen.has(id)) errors.push(`factors: the criterion "${id}" is missing`);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, policy };
}

function parseFactor(v: Validator, path: string, raw: unknown): PolicyFactor | null {
  const o = v.object(path, raw);
  if (!o) return null;
  const id = v.oneOf(`${path}.id`, o.id, Object.keys(FACTOR_COMPONENTS) as FactorId[]);
  const factor: PolicyFactor = {
    id,
    enabled: v.boolean(`${path}.enabled`, o.enabled),
    weight: v.number(`${path}.weight`, o.weight, { min: 0, max: 1e6 }),
    label: v.text(`${path}.label`, o.label),
    explain: v.text(`${path}.explain`, o.explain),
    components: [],
  };
  const allowed = FACTOR_COMPONENTS[id] ?? [];
  const seen = new Set<string>();
  v.array(`${path}.components`, o.components)?.forEach((rawC, c) => {
    const cp = `${path}.components[${c}]`;
    const co = v.object(cp, rawC);
    if (!co) return;
    const cid = v.oneOf(`${cp}.id`, co.id, allowed as ComponentId[]);
    if (seen.has(cid)) v.errors.push(`${cp}.id: component "${cid}" appears twice`);
    seen.add(cid);
    const component: PolicyComponent = {
      id: cid,
      weight: v.number(`${cp}.weight`, co.weight, { min: 0, max: 1e6 }),
      reference:
        co.reference === null
          ? null
          : v.number(`${cp}.reference`, co.reference, { min: 0, minExclusive: true }),
      label: v.text(`${cp}.label`, co.label),
      explain: v.text(`${cp}.explain`, co.explain),
    };
    factor.components.push(component);
  });
  for (const cid of allowed)
    if (!seen.has(cid) && id) v.errors.push(`${path}.components: "${cid}" is missing`);
  return factor;
}

/** A small validator that records one message per bad field and returns a placeholder to keep going. */
class Validator {
  constructor(readonly errors: string[]) {}

  object(path: string, x: unknown): Record<string, unknown> | null {
    if (typeof x === 'object' && x !== null && !Array.isArray(x))
      return x as Record<string, unknown>;
    this.errors.push(`${path}: must be an object, got ${describe(x)}`);
    return null;
  }

  array(path: string, x: unknown): unknown[] | null {
    if (Array.isArray(x)) return x;
    this.errors.push(`${path}: must be an array, got ${describe(x)}`);
    return null;
  }

  string(path: string, x: unknown): string {
    if (typeof x === 'string' && x.trim() !== '') return x;
    this.errors.push(`${path}: must be a non-empty string, got ${describe(x)}`);
    return '';
  }

  boolean(path: string, x: unknown): boolean {
    if (typeof x === 'boolean') return x;
    this.errors.push(`${path}: must be true or false, got ${describe(x)}`);
    return false;
  }

  number(
    path: string,
    x: unknown,
    range: { min?: number; max?: number; minExclusive?: boolean } = {},
  ): number {
    const { min = -Infinity, max = Infinity, minExclusive = false } = range;
    const ok =
      typeof x === 'number' &&
      Number.isFinite(x) &&
      (minExclusive ? x > min : x >= min) &&
      x <= max;
    if (ok) return x;
    const bounds = `${minExclusive ? '>' : '>='} ${min}${max < Infinity ? ` and <= ${max}` : ''}`;
    this.errors.push(`${path}: must be a number ${bounds}, got ${describe(x)}`);
    return typeof x === 'number' && Number.isFinite(x) ? x : 0;
  }

  oneOf<T extends string>(path: string, x: unknown, allowed: readonly T[]): T {
    if (typeof x === 'string' && (allowed as readonly string[]).includes(x)) return x as T;
    this.errors.push(
      `${path}: must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describe(x)}`,
    );
    return allowed[0]!;
  }

  text(path: string, x: unknown): Text {
    const o = this.object(path, x);
    if (!o) return { en: '', zh: '' };
    return { en: this.string(`${path}.en`, o.en), zh: this.string(`${path}.zh`, o.zh) };
  }
}

function describe(x: unknown): string {
  if (x === undefined) return 'nothing';
  if (typeof x === 'string') return JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x);
  if (Array.isArray(x)) return 'an array';
  if (typeof x === 'object' && x !== null) return 'an object';
  return String(x);
}
