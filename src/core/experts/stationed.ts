import type { IsoDate, Iso3 } from '../shared/brand';
import { countryByIso3 } from '../reference/countries';
import { dayNumber, isIsoDate } from '../situation/dates';
import { ExpertInputError, type ExpertIssue } from './input-error';
import { STATIONED_KINDS, type Specialty, type StationedTeam } from './types';
import { isSpecialty } from './validate';

/** Throws ExpertInputError naming every bad field of a list of stationed teams. */
export function checkStationedTeams(teams: readonly StationedTeam[]): void {
  const issues: ExpertIssue[] = [];
  const ids = new Set<string>();
  teams.forEach((t, i) => {
    const at = `stationedTeams[${i}]`;
    if (ids.has(t.id)) issues.push({ field: `${at}.id`, message: `duplicate team id "${t.id}"` });
    ids.add(t.id);
    if (!countryByIso3(String(t.country))) {
      issues.push({
        field: `${at}.country`,
        message: `unknown ISO3 country code ${JSON.stringify(t.country)}`,
      });
    }
    if (!(STATIONED_KINDS as readonly string[]).includes(t.kind)) {
      issues.push({ field: `${at}.kind`, message: `must be one of ${STATIONED_KINDS.join(', ')}` });
    }
    if (!Number.isInteger(t.members) || t.members < 1) {
      issues.push({
        field: `${at}.members`,
        message: `must be a whole number of at least 1, got ${JSON.stringify(t.members)}`,
      });
    }
    t.specialties.forEach((s, j) => {
      if (!isSpecialty(s))
        issues.push({
          field: `${at}.specialties[${j}]`,
          message: `unknown specialty ${JSON.stringify(s)}`,
        });
    });
    if (!isIsoDate(t.since))
      issues.push({
        field: `${at}.since`,
        message: `not a YYYY-MM-DD date: ${JSON.stringify(t.since)}`,
      });
    if (t.until !== null && !isIsoDate(t.until)) {
      issues.push({
        field: `${at}.until`,
        message: `not a YYYY-MM-DD date or null: ${JSON.stringify(t.until)}`,
      });
    } else if (t.until !== null && isIsoDate(t.since) && dayNumber(t.until) < dayNumber(t.since)) {
      issues.push({ field: `${at}.until`, message: `${t.until} is before ${t.since}` });
    }
  });
  if (issues.length > 0) throw new ExpertInputError(issues);
}

/** Whether a stationed team is in its host country on a given day. */
export function isStationedOn(team: StationedTeam, asOf: IsoDate): boolean {
  const day = dayNumber(asOf);
  return dayNumber(team.since) <= day && (team.until === null || day <= dayNumber(team.until));
}

/** The teams in place on `asOf`, optionally in one country, sorted by country then id. */
export function activeStationedTeams(
  teams: readonly StationedTeam[],
  asOf: IsoDate,
  country?: Iso3,
): StationedTeam[] {
  return teams
    .filter((t) => isStationedOn(t, asOf) && (country === undefined || t.country === country))
    .sort((a, b) => a.country.localeCompare(b.country) || a.id.localeCompare(b.id));
}

/** Standing resources on `asOf`: countries with a team, teams, people, and people by specialty. */
export interface StationedSummary {
  countries: number;
  teams: number;
  members: number;
  bySpecialty: Partial<Record<Specialty, number>>;
}

/** Counts the standing resources on `asOf` (what the report's "long-term medical teams in N countries" line shows). */
export function summariseStationed(
  teams: readonly StationedTeam[],
  asOf: IsoDate,
): StationedSummary {
  const active = activeStationedTeams(teams, asOf);
  const bySpecialty: Partial<Record<Specialty, number>> = {};
  for (const t of active) {
    for (const s of t.specialties) bySpecialty[s] = (bySpecialty[s] ?? 0) + 1;
  }
  return {
    countries: new Set(active.map((t) => t.country)).size,
    teams: active.length,
    members: active.reduce((sum, t) => sum + t.members, 0),
    bySpecialty,
  };
}

/** The specialties a country's stationed teams offer on `asOf`: what a request there may not need to fly in. */
export function stationedSpecialties(
  teams: readonly StationedTeam[],
  country: Iso3,
  asOf: IsoDate,
): Specialty[] {
  const found = new Set(activeStationedTeams(teams, asOf, country).flatMap((t) => t.specialties));
  return [...found].sort();
}
