import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from './params';
import { ForecastInputError, parseForecastParams } from './parse-params';

function errorOf(overrides: unknown): ForecastInputError {
  try {
    parseForecastParams(overrides);
  } catch (e) {
    if (e instanceof ForecastInputError) return e;
    throw e;
  }
  throw new Error('expected a ForecastInputError');
}

describe('parseForecastParams', () => {
  it('returns the ESFT defaults when nothing is overridden, as a copy', () => {
    const params = parseForecastParams(undefined);
    expect(params).toEqual(DEFAULT_PARAMS);
    expect(params).not.toBe(DEFAULT_PARAMS);
    params.severity.mild = 0.9;
    expect(DEFAULT_PARAMS.severity.mild).toBe(0.4);
  });

  it('applies overrides and keeps the other defaults', () => {
    const params = parseForecastParams({
      stayWeeks: { critical: 3 },
      severity: { mild: 0.5, moderate: 0.3 },
      rates: { 'respirator-n95': { inpatientHcw: 2 }, 'shoe-covers': { inpatientHcw: 2 } },
    });
    expect(params.stayWeeks).toEqual({ mild: 2, moderate: 2, severe: 1, critical: 3 });
    expect(params.severity.mild).toBe(0.5);
    expect(params.rates['respirator-n95']).toEqual({ inpatientHcw: 2 });
    expect(params.rates['shoe-covers']).toEqual({ inpatientHcw: 2 });
    expect(params.rates['gown']).toEqual(DEFAULT_PARAMS.rates['gown']);
  });

  it('names the field that is out of range', () => {
    const e = errorOf({ severity: { mild: 1.4 } });
    expect(e.message).toContain('severity.mild must be between 0 and 1');
    expect(e.field).toBe('severity.mild');
  });

  it('rejects unknown parameters and items by name', () => {
    expect(errorOf({ foo: 1 }).message).toContain("unknown parameter 'foo'");
    expect(errorOf({ testing: { bar: 1 } }).message).toContain("unknown parameter 'testing.bar'");
    expect(errorOf({ rates: { bar: { inpatientHcw: 1 } } }).message).toContain(
      "unknown item 'bar'",
    );
    expect(errorOf({ rates: { gown: { nurse: 1 } } }).message).toContain("unknown role 'nurse'");
    expect(errorOf({ constructor: { x: 1 } }).message).toContain("unknown parameter 'constructor'");
  });

  it('checks kinds: whole weeks, non-negative counts, numbers', () => {
    expect(errorOf({ stayWeeks: { severe: 1.5 } }).message).toContain(
      'stayWeeks.severe must be a whole number of weeks from 1 to 12',
    );
    expect(errorOf({ testing: { contactsPerCase: -1 } }).message).toContain(
      'testing.contactsPerCase must not be negative',
    );
    expect(errorOf({ staffing: { shiftHours: 0 } }).message).toContain(
      'staffing.shiftHours must be greater than 0',
    );
    expect(errorOf({ beds: { nonCovidShare: '0.4' } }).message).toContain(
      'beds.nonCovidShare must be a number',
    );
    expect(errorOf({ rates: { gown: { inpatientHcw: -2 } } }).field).toBe(
      'rates.gown.inpatientHcw',
    );
    expect(errorOf([1, 2]).message).toBe('parameters must be a JSON object');
  });

  it('requires shares that add up to 1', () => {
    expect(errorOf({ severity: { mild: 0.5 } }).message).toContain(
      'severity shares (severity.mild, severity.moderate, severity.severe, severity.critical) must add up to 1 (they add up to 1.1)',
    );
    expect(errorOf({ healthWorkers: { nonCovidShare: 0.5 } }).field).toBe('healthWorkers');
  });

  it('reports every bad field at once', () => {
    const e = errorOf({ foo: 1, severity: { mild: -1 }, rates: { bar: {} } });
    expect(e.issues.map((i) => i.field)).toEqual(['foo', 'severity.mild', 'rates.bar']);
  });
});
