import { countryByIso3 } from '../reference/countries';
import { dayNumber, isIsoDate } from '../situation/dates';
import { ExpertInputError, type ExpertIssue } from './input-error';
import {
  SPECIALTIES,
  type Expert,
  type LanguageCode,
  type Specialty,
  type TeamOptions,
  type TeamRequest,
} from './types';

const LANGUAGE = /^[a-z]{2}$/;
const specialtySet = new Set<string>(SPECIALTIES);

/** Whether a value is an ISO 639-1 code written in two lower-case letters. */
export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && LANGUAGE.test(value);
}

/** Whether a value is one of SPECIALTIES. */
export function isSpecialty(value: unknown): value is Specialty {
  return typeof value === 'string' && specialtySet.has(value);
}

function checkWindow(window: unknown, prefix: string, issues: ExpertIssue[]): void {
  const at = (key: string): string => (prefix === '' ? key : `${prefix}.${key}`);
  const w = window as { from?: unknown; to?: unknown } | null;
  const from = w?.from;
  const to = w?.to;
  if (typeof from !== 'string' || !isIsoDate(from)) {
    issues.push({ field: at('from'), message: `not a YYYY-MM-DD date: ${JSON.stringify(from)}` });
  }
  if (typeof to !== 'string' || !isIsoDate(to)) {
    issues.push({ field: at('to'), message: `not a YYYY-MM-DD date: ${JSON.stringify(to)}` });
  }
  if (typeof from === 'string' && typeof to === 'string' && isIsoDate(from) && isIsoDate(to)) {
    if (dayNumber(to) < dayNumber(from)) {
      issues.push({ field: at('to'), message: `${to} is before ${from}` });
    }
  }
}

function checkLanguages(languages: unknown, field: string, issues: ExpertIssue[]): void {
  if (!Array.isArray(languages)) {
    issues.push({ field, message: 'must be a list of ISO 639-1 codes' });
    return;
  }
  languages.forEach((l: unknown, i) => {
    if (!isLanguageCode(l)) {
      issues.push({
        field: `${field}[${i}]`,
        message: `not an ISO 639-1 code in lower case: ${JSON.stringify(l)}`,
      });
    }
  });
}

function asList(value: unknown, field: string, issues: ExpertIssue[]): readonly unknown[] {
  if (Array.isArray(value)) return value;
  issues.push({ field, message: 'must be a list' });
  return [];
}

function checkExpert(e: Expert, field: string, issues: ExpertIssue[]): void {
  if (typeof e.id !== 'string' || e.id.trim() === '') {
    issues.push({ field: `${field}.id`, message: 'an expert needs an id' });
  }
  if (typeof e.name !== 'string' || e.name.trim() === '') {
    issues.push({ field: `${field}.name`, message: 'an expert needs a name' });
  }
  asList(e.specialties, `${field}.specialties`, issues).forEach((s, i) => {
    if (!isSpecialty(s)) {
      issues.push({
        field: `${field}.specialties[${i}]`,
        message: `unknown specialty ${JSON.stringify(s)} (known: ${SPECIALTIES.join(', ')})`,
      });
    }
  });
  checkLanguages(e.languages, `${field}.languages`, issues);
  asList(e.availability, `${field}.availability`, issues).forEach((w, i) =>
    checkWindow(w, `${field}.availability[${i}]`, issues),
  );
  asList(e.deployments, `${field}.deployments`, issues).forEach((d, i) => {
    checkWindow(d, `${field}.deployments[${i}]`, issues);
    const country = (d as { country?: unknown } | null)?.country;
    if (typeof country !== 'string' || !countryByIso3(country)) {
      issues.push({
        field: `${field}.deployments[${i}].country`,
        message: `unknown ISO3 country code ${JSON.stringify(country)}`,
      });
    }
  });
}

/** Throws ExpertInputError naming every bad field of a roster (bad dates, codes, duplicate ids). */
export function checkRoster(roster: readonly Expert[]): void {
  const issues: ExpertIssue[] = [];
  const seen = new Set<string>();
  roster.forEach((e, i) => {
    checkExpert(e, `roster[${i}]`, issues);
    if (seen.has(e.id)) {
      issues.push({ field: `roster[${i}].id`, message: `duplicate expert id "${e.id}"` });
    }
    seen.add(e.id);
  });
  if (issues.length > 0) throw new ExpertInputError(issues);
}

/** Throws ExpertInputError naming every bad field of a team request or of the builder options. */
export function checkTeamRequest(request: TeamRequest, options: TeamOptions = {}): void {
  const issues: ExpertIssue[] = [];
  if (!countryByIso3(String(request.country))) {
    issues.push({
      field: 'country',
      message: `unknown ISO3 country code ${JSON.stringify(request.country)}`,
    });
  }
  checkWindow(request, '', issues);
  checkLanguages(request.languages, 'languages', issues);
  if (!Array.isArray(request.specialties) || request.specialties.length === 0) {
    issues.push({ field: 'specialties', message: 'name at least one specialty with a count' });
  } else {
    const seen = new Set<string>();
    request.specialties.forEach((need, i) => {
      if (!isSpecialty(need.specialty)) {
        issues.push({
          field: `specialties[${i}].specialty`,
          message: `unknown specialty ${JSON.stringify(need.specialty)} (known: ${SPECIALTIES.join(', ')})`,
        });
      } else if (seen.has(need.specialty)) {
        issues.push({
          field: `specialties[${i}].specialty`,
          message: `"${need.specialty}" is listed twice; give one count`,
        });
      }
      seen.add(need.specialty);
      if (!Number.isInteger(need.count) || need.count < 1 || need.count > 100) {
        issues.push({
          field: `specialties[${i}].count`,
          message: `must be a whole number from 1 to 100, got ${JSON.stringify(need.count)}`,
        });
      }
    });
  }
  const rest = options.restDays;
  if (rest !== undefined && (!Number.isInteger(rest) || rest < 0 || rest > 365)) {
    issues.push({
      field: 'restDays',
      message: `must be a whole number of days from 0 to 365, got ${JSON.stringify(rest)}`,
    });
  }
  if (issues.length > 0) throw new ExpertInputError(issues);
}
