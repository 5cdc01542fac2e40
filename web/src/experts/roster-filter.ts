// The roster page's filters and groupings: experts by specialty, language and a day they can be sent;
// stationed teams by country.
import type { Expert, StationedTeam } from './experts.types';

/** The roster filters (null = any). */
export interface RosterFilter {
  specialty: string | null;
  language: string | null;
  availableOn: string | null;
}

/** Whether an expert's availability covers `day` and no deployment of theirs runs on it. */
export function availableOn(expert: Expert, day: string): boolean {
  const within = (w: { from: string; to: string }) => w.from <= day && day <= w.to;
  return expert.availability.some(within) && !expert.deployments.some(within);
}

/** The experts that pass every filter that is set, in roster order. */
export function filterRoster(experts: readonly Expert[], filter: RosterFilter): Expert[] {
  return experts.filter(
    (e) =>
      (filter.specialty === null || e.specialties.includes(filter.specialty)) &&
      (filter.language === null || e.languages.includes(filter.language)) &&
      (filter.availableOn === null || availableOn(e, filter.availableOn)),
  );
}

/** Every language the roster speaks, most speakers first, then alphabetically. */
export function rosterLanguages(experts: readonly Expert[]): string[] {
  const count = new Map<string, number>();
  for (const e of experts) for (const l of e.languages) count.set(l, (count.get(l) ?? 0) + 1);
  return [...count.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([l]) => l);
}

/** Stationed teams grouped by country (countries alphabetically), with the people in place per country. */
export function stationedByCountry(
  teams: readonly StationedTeam[],
): { country: string; members: number; teams: StationedTeam[] }[] {
  const groups = new Map<string, StationedTeam[]>();
  for (const t of teams) groups.set(t.country, [...(groups.get(t.country) ?? []), t]);
  return [...groups.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([country, list]) => ({
      country,
      members: list.reduce((s, t) => s + t.members, 0),
      teams: list,
    }));
}
