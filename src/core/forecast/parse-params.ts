import { DEFAULT_PARAMS, PARAM_INFO, SHARE_GROUPS, getParam } from './params';
import type { ParamKind } from './params';
import { isForecastItem } from './rates';
import type { ForecastParams, ItemRates, Role } from './types';

/** One problem with a forecast input: the field it concerns and what is wrong, in words. */
export interface ForecastIssue {
  field: string;
  message: string;
}

/** Thrown when parameters or inputs are invalid; `issues` names every bad field. */
export class ForecastInputError extends Error {
  readonly issues: ForecastIssue[];
  constructor(issues: ForecastIssue[]) {
    super(issues.map((i) => i.message).join('; '));
    this.name = 'ForecastInputError';
    this.issues = issues;
  }
  /** The first bad field (what an API puts in its error's `field`). */
  get field(): string {
    return this.issues[0]?.field ?? '';
  }
}

/** Every role a rate may be given for. */
export const ROLES: readonly Role[] = [
  'inpatientHcw',
  'screeningHcw',
  'labTechnician',
  'inpatientBed',
  'criticalBed',
  'isolatedPatient',
  'screenedPerson',
  'pcrTest',
  'antigenTest',
];

/** A deep copy of the ESFT defaults, safe to change. */
export function defaultParams(): ForecastParams {
  return structuredClone(DEFAULT_PARAMS);
}

/**
 * Validates a JSON override object (same shape as ForecastParams, any part of it) and returns the
 * defaults with the overrides applied. Throws ForecastInputError naming each bad field.
 */
export function parseForecastParams(overrides: unknown): ForecastParams {
  const params = defaultParams();
  if (overrides === undefined || overrides === null) return params;
  const issues: ForecastIssue[] = [];
  if (!isPlainObject(overrides)) {
    throw new ForecastInputError([{ field: '', message: 'parameters must be a JSON object' }]);
  }
  for (const [group, section] of Object.entries(overrides)) {
    if (group === 'rates') {
      applyRates(params, section, issues);
      continue;
    }
    if (!Object.hasOwn(params, group)) {
      issues.push({ field: group, message: `unknown parameter '${group}'` });
      continue;
    }
    if (!isPlainObject(section)) {
      issues.push({ field: group, message: `${group} must be an object` });
      continue;
    }
    const target = (params as unknown as Record<string, Record<string, number>>)[group];
    for (const [key, value] of Object.entries(section)) {
      const path = `${group}.${key}`;
      const paramInfo = Object.hasOwn(PARAM_INFO, path) ? PARAM_INFO[path] : undefined;
      if (!paramInfo || !target) {
        issues.push({ field: path, message: `unknown parameter '${path}'` });
        continue;
      }
      const problem = checkValue(path, value, paramInfo.kind);
      if (problem) issues.push({ field: path, message: problem });
      else target[key] = value as number;
    }
  }
  if (issues.length === 0) checkShareGroups(params, issues);
  if (issues.length > 0) throw new ForecastInputError(issues);
  return params;
}

function applyRates(params: ForecastParams, section: unknown, issues: ForecastIssue[]): void {
  if (!isPlainObject(section)) {
    issues.push({ field: 'rates', message: 'rates must be an object of items' });
    return;
  }
  for (const [item, roles] of Object.entries(section)) {
    if (!isForecastItem(item)) {
      issues.push({ field: `rates.${item}`, message: `unknown item '${item}'` });
      continue;
    }
    if (!isPlainObject(roles)) {
      issues.push({ field: `rates.${item}`, message: `rates.${item} must be an object of roles` });
      continue;
    }
    const target: ItemRates = params.rates[item] ?? {};
    params.rates[item] = target;
    for (const [role, value] of Object.entries(roles)) {
      const path = `rates.${item}.${role}`;
      if (!(ROLES as readonly string[]).includes(role)) {
        issues.push({
          field: path,
          message: `unknown role '${role}' for item '${item}' (known: ${ROLES.join(', ')})`,
        });
        continue;
      }
      const problem = checkValue(path, value, 'nonNegative');
      if (problem) issues.push({ field: path, message: problem });
      else target[role as Role] = value as number;
    }
  }
}

function checkValue(path: string, value: unknown, kind: ParamKind): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return `${path} must be a number (got ${JSON.stringify(value) ?? String(value)})`;
  }
  switch (kind) {
    case 'share':
      return value >= 0 && value <= 1 ? null : `${path} must be between 0 and 1 (got ${value})`;
    case 'weeks':
      return Number.isInteger(value) && value >= 1 && value <= 12
        ? null
        : `${path} must be a whole number of weeks from 1 to 12 (got ${value})`;
    case 'nonNegative':
      return value >= 0 ? null : `${path} must not be negative (got ${value})`;
    case 'positive':
      return value > 0 ? null : `${path} must be greater than 0 (got ${value})`;
  }
}

function checkShareGroups(params: ForecastParams, issues: ForecastIssue[]): void {
  for (const group of SHARE_GROUPS) {
    const sum = group.paths.reduce((s, p) => s + (getParam(params, p) ?? 0), 0);
    if (Math.abs(sum - 1) > 1e-6) {
      issues.push({
        field: group.paths[0]?.split('.')[0] ?? '',
        message: `${group.name} (${group.paths.join(', ')}) must add up to 1 (they add up to ${round(sum)})`,
      });
    }
  }
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
