// Use cases: the expert roster and stationed teams, the team builder over the stored roster, deployments
// with their members and activity log. Core checks (ExpertInputError) become BadRequestError naming the field.
import {
  buildTeam,
  checkRoster,
  checkStationedTeams,
  conflictingDeployment,
  DEFAULT_REST_DAYS,
  ExpertInputError,
  ineligibility,
  type Expert,
  type ExpertId,
  type LanguageCode,
  type StationedTeam,
  type TeamProposal,
  type TeamRequest,
} from '../core/experts';
import { countryByIso3 } from '../core/reference/countries';
import type { IsoDate, Iso3 } from '../core/shared/brand';
import type { Database } from '../db/database';
import type { Db } from '../db/db.types';
import {
  deploymentsOfExpert,
  findExpert,
  insertExperts,
  listDeployments,
  listExperts,
  listMembers,
  listStationedTeams,
  upsertStationedTeams,
  type DeploymentRow,
  type ExpertRow,
  type StationedTeamRow,
} from '../db/experts.repository';
import type { RecordBasis } from '../db/schema';
import { recordAudit } from './audit.service';
import { BadRequestError, NotFoundError } from './errors';
import { newId } from './requests.service';

/** An expert as the API shows it: the core Expert plus where the record comes from. */
export interface ExpertView extends Expert {
  basis: RecordBasis;
}

/** An expert to add to the roster (id optional: one is made); checked by the core before it is stored. */
export interface NewExpert {
  id?: string | undefined;
  name: string;
  nameZh?: string | undefined;
  specialties: string[];
  languages: string[];
  institution: string;
  availability: { from: string; to: string }[];
  /** Deployments before Tongzhou recorded them. */
  deployments?: { country: string; from: string; to: string }[] | undefined;
  basis?: RecordBasis | undefined;
}

/** Runs `fn`, turning a core ExpertInputError into a BadRequestError naming its first field (renamed). */
export function asBadRequest<T>(fn: () => T, rename: (text: string) => string = (t) => t): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ExpertInputError) {
      throw new BadRequestError(rename(error.message), rename(error.field));
    }
    throw error;
  }
}

/** A known ISO3 country code in upper case; `field` names it in the error. */
export function checkCountry(code: string, field = 'country'): Iso3 {
  const country = countryByIso3(code);
  if (!country) throw new BadRequestError(`${field}: unknown country code "${code}"`, field);
  return country.iso3 as Iso3;
}

/** The roster as core experts: recorded history plus every planned or past deployment in Tongzhou. */
export async function rosterIn(db: Db): Promise<ExpertView[]> {
  const [rows, deployments, members] = await Promise.all([
    listExperts(db),
    listDeployments(db),
    listMembers(db),
  ]);
  const byId = new Map(deployments.map((d) => [d.id, d]));
  const of = new Map<string, DeploymentRow[]>();
  for (const m of members) {
    const d = byId.get(m.deploymentId);
    if (d && d.status !== 'requested') of.set(m.expertId, [...(of.get(m.expertId) ?? []), d]);
  }
  return rows.map((r) => toExpert(r, of.get(r.id) ?? []));
}

function toExpert(row: ExpertRow, deployments: readonly DeploymentRow[]): ExpertView {
  return {
    id: row.id as ExpertId,
    name: row.name,
    ...(row.nameZh ? { nameZh: row.nameZh } : {}),
    specialties: row.specialties as Expert['specialties'],
    languages: row.languages as Expert['languages'],
    institution: row.institution,
    availability: row.availability as Expert['availability'],
    deployments: [
      ...(row.history as Expert['deployments']),
      ...deployments.map((d) => ({
        country: d.country as Iso3,
        from: d.fromDate as IsoDate,
        to: d.toDate as IsoDate,
      })),
    ],
    basis: row.basis,
  };
}

/** The roster, optionally only experts with a specialty or language. */
export async function listRoster(
  database: Database,
  filter: { specialty?: string | undefined; language?: string | undefined } = {},
): Promise<ExpertView[]> {
  const roster = await rosterIn(database.db);
  return roster.filter(
    (e) =>
      (!filter.specialty || (e.specialties as string[]).includes(filter.specialty)) &&
      (!filter.language || (e.languages as string[]).includes(filter.language)),
  );
}

/** One expert with their deployments in Tongzhou; NotFoundError when absent. */
export async function getExpert(
  database: Database,
  id: string,
): Promise<ExpertView & { teams: DeploymentRow[] }> {
  return database.transaction(async (tx) => {
    const row = await findExpert(tx, id);
    if (!row) throw new NotFoundError(`no expert "${id}"`, 'id', id);
    const teams = await deploymentsOfExpert(tx, id);
    return {
      ...toExpert(
        row,
        teams.filter((d) => d.status !== 'requested'),
      ),
      teams,
    };
  });
}

/** Adds experts inside a transaction after the core checks; an existing id is a BadRequestError. */
export async function addExpertsIn(tx: Db, experts: readonly NewExpert[]): Promise<ExpertView[]> {
  const made = experts.map((e) => ({ ...e, id: (e.id ?? newId('exp')) as ExpertId }));
  const core = made.map((e) => ({
    id: e.id,
    name: e.name,
    ...(e.nameZh ? { nameZh: e.nameZh } : {}),
    specialties: e.specialties,
    languages: e.languages,
    institution: e.institution,
    availability: e.availability,
    deployments: (e.deployments ?? []).map((d) => ({ ...d, country: d.country.toUpperCase() })),
  })) as Expert[];
  const single = experts.length === 1;
  asBadRequest(
    () => checkRoster(core),
    (t) => t.replace(/roster\[(\d+)\]\./g, single ? '' : 'experts[$1].'),
  );
  made.forEach((e, i) =>
    (e.deployments ?? []).forEach((d, j) =>
      checkCountry(d.country, `experts[${i}].deployments[${j}].country`),
    ),
  );
  const written = await insertExperts(
    tx,
    made.map((e) => ({
      id: e.id,
      name: e.name,
      nameZh: e.nameZh ?? null,
      specialties: e.specialties,
      languages: e.languages,
      institution: e.institution,
      availability: e.availability,
      history: (e.deployments ?? []).map((d) => ({ ...d, country: d.country.toUpperCase() })),
      basis: e.basis ?? 'entered',
    })),
  );
  if (written !== made.length) throw new BadRequestError('an expert with this id exists', 'id');
  const stored = new Map((await listExperts(tx)).map((e) => [e.id, e]));
  await recordAudit(
    tx,
    made.map((e) => ({
      action: 'expert.create',
      entity: 'expert',
      entityId: e.id,
      after: stored.get(e.id),
    })),
  );
  return made.map((e) => ({ ...core.find((c) => c.id === e.id)!, basis: e.basis ?? 'entered' }));
}

/** Adds one expert to the roster. */
export async function addExpert(database: Database, input: NewExpert): Promise<ExpertView> {
  return database.transaction(async (tx) => (await addExpertsIn(tx, [input]))[0]!);
}

/** Stored stationed teams as core values. */
export function toStationed(row: StationedTeamRow): StationedTeam & { basis: RecordBasis } {
  return {
    id: row.id,
    country: row.country as Iso3,
    kind: row.kind,
    name: row.name,
    ...(row.nameZh ? { nameZh: row.nameZh } : {}),
    ...(row.sendingProvince ? { sendingProvince: row.sendingProvince } : {}),
    ...(row.hostFacility ? { hostFacility: row.hostFacility } : {}),
    members: row.members,
    specialties: row.specialties as StationedTeam['specialties'],
    since: row.since as IsoDate,
    until: row.until as IsoDate | null,
    basis: row.basis,
  };
}

/** Stationed long-term teams, of one country when given. */
export async function listStationed(
  database: Database,
  country?: string,
): Promise<(StationedTeam & { basis: RecordBasis })[]> {
  const code = country ? checkCountry(country) : undefined;
  return (await listStationedTeams(database.db, code)).map(toStationed);
}

/** Saves stationed teams after the core checks. */
export async function saveStationedIn(
  tx: Db,
  teams: readonly (StationedTeam & { basis: RecordBasis })[],
): Promise<void> {
  asBadRequest(() => checkStationedTeams(teams));
  const before = new Map((await listStationedTeams(tx)).map((t) => [t.id, t]));
  await upsertStationedTeams(
    tx,
    teams.map((t) => ({
      id: t.id,
      country: t.country.toUpperCase(),
      kind: t.kind,
      name: t.name,
      nameZh: t.nameZh ?? null,
      sendingProvince: t.sendingProvince ?? null,
      hostFacility: t.hostFacility ?? null,
      members: t.members,
      specialties: t.specialties,
      since: t.since,
      until: t.until,
      basis: t.basis,
    })),
  );
  const after = new Map((await listStationedTeams(tx)).map((t) => [t.id, t]));
  await recordAudit(
    tx,
    teams.map((t) => ({
      action: 'stationed-team.save',
      entity: 'stationed-team',
      entityId: t.id,
      before: before.get(t.id) ?? null,
      after: after.get(t.id),
    })),
  );
}

/** A team proposal with each member's name and institution, for people to read. */
export interface ProposalView extends TeamProposal {
  request: TeamRequest;
  restDays: number;
  names: Record<string, { name: string; institution: string }>;
}

/** A team request as callers send it: any-case country code, languages still to be checked by the core. */
export type TeamRequestInput = Omit<TeamRequest, 'country' | 'languages'> & {
  country: string;
  languages: string[];
};

/** Proposes a team for a request from the stored roster (see buildTeam). */
export async function proposeTeam(
  database: Database,
  request: TeamRequestInput,
  restDays: number = DEFAULT_REST_DAYS,
): Promise<ProposalView> {
  // The core checks every language code (checkTeamRequest) before it uses them.
  const normalised = {
    ...request,
    country: checkCountry(request.country),
    languages: request.languages as LanguageCode[],
  };
  const roster = await rosterIn(database.db);
  const proposal = asBadRequest(() => buildTeam(normalised, roster, { restDays }));
  const names: ProposalView['names'] = {};
  for (const m of proposal.members) {
    const e = roster.find((r) => r.id === m.expertId);
    if (e) names[m.expertId] = { name: e.name, institution: e.institution };
  }
  return { ...proposal, request: normalised, restDays, names };
}

/** Why each listed expert cannot go on a deployment for the window, or an empty list. */
export function memberProblems(
  roster: readonly Expert[],
  expertIds: readonly string[],
  window: { from: IsoDate; to: IsoDate },
  restDays: number,
): { field: string; message: string }[] {
  return expertIds.flatMap((id, i) => {
    const e = roster.find((r) => r.id === id);
    const field = `members[${i}].expertId`;
    if (!e) return [{ field, message: `no expert "${id}" on the roster` }];
    const reason = ineligibility(e, window, restDays);
    if (!reason) return [];
    const clash = conflictingDeployment(e, window, restDays);
    const detail = clash
      ? ` (deployment to ${clash.deployment.country} ${clash.deployment.from} to ${clash.deployment.to})`
      : '';
    return [{ field, message: `${id} is ${reason} from ${window.from} to ${window.to}${detail}` }];
  });
}
