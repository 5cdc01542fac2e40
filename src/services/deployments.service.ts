// Use cases: deployments of expert teams (team, country, dates, objectives, roster members) and their
// activity log (meetings with the national command, trainings, hospital visits, advice), with the counts
// the report uses.
import { DEFAULT_REST_DAYS, summariseStationed, type StationedSummary } from '../core/experts';
import type { IsoDate } from '../core/shared/brand';
import type { Database } from '../db/database';
import type { Db } from '../db/db.types';
import {
  findDeployment,
  insertActivity,
  insertDeployment,
  listActivities,
  listDeployments,
  listExperts,
  listMembers,
  listStationedTeams,
  type ActivityRow,
  type DeploymentRow,
} from '../db/experts.repository';
import type { RecordBasis } from '../db/schema';
import { currentScenario } from '../db/scenario.repository';
import { recordAudit } from './audit.service';
import { BadRequestError, NotFoundError } from './errors';
import { checkCountry, memberProblems, rosterIn, toStationed } from './experts.service';
import { deliveryReport, listLibrary } from './guidance.service';
import { newId } from './requests.service';
import { listSessionViews, type SessionSummary } from './sessions.service';

/** A deployment with its members, activity log and the counts the report uses. */
export interface DeploymentView extends DeploymentRow {
  members: { expertId: string; role: string; name: string }[];
  activities: ActivityRow[];
  counts: {
    commandMeetings: number;
    trainings: number;
    trainees: number;
    hospitalVisits: number;
    advice: number;
  };
}

/** A deployment to record: team, country, dates, objectives and roster members. */
export interface NewDeployment {
  id?: string | undefined;
  name: string;
  country: string;
  from: IsoDate;
  to: IsoDate;
  objectives: string[];
  members: { expertId: string; role?: string | undefined }[];
  status?: DeploymentRow['status'] | undefined;
  unlistedMembers?: number | undefined;
  restDays?: number | undefined;
  basis?: RecordBasis | undefined;
  sourceNote?: string | null | undefined;
}

/** Records a deployment; members must be on the roster, available and rested (unless only requested). */
export async function createDeploymentIn(tx: Db, input: NewDeployment): Promise<string> {
  const country = checkCountry(input.country);
  if (input.to < input.from)
    throw new BadRequestError(`to: ${input.to} is before ${input.from}`, 'to');
  const ids = input.members.map((m) => m.expertId);
  const dup = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (dup >= 0) {
    throw new BadRequestError(
      `members[${dup}].expertId: "${ids[dup]}" is listed twice`,
      `members[${dup}].expertId`,
    );
  }
  const status = input.status ?? 'planned';
  const roster = await rosterIn(tx);
  const problems = memberProblems(roster, ids, input, input.restDays ?? DEFAULT_REST_DAYS).filter(
    (p) => status !== 'requested' || p.message.startsWith('no expert'),
  );
  const first = problems[0];
  if (first) throw new BadRequestError(`${first.field}: ${first.message}`, first.field);
  const id = input.id ?? newId('dep');
  if (await findDeployment(tx, id)) throw new BadRequestError(`a deployment "${id}" exists`, 'id');
  await insertDeployment(
    tx,
    {
      id,
      name: input.name,
      country,
      fromDate: input.from,
      toDate: input.to,
      objectives: input.objectives,
      status,
      unlistedMembers: input.unlistedMembers ?? 0,
      basis: input.basis ?? 'entered',
      sourceNote: input.sourceNote ?? null,
    },
    input.members.map((m) => {
      const e = roster.find((r) => r.id === m.expertId)!;
      return { expertId: m.expertId, role: m.role ?? e.specialties[0] ?? 'member' };
    }),
  );
  await recordAudit(tx, {
    action: 'deployment.create',
    entity: 'deployment',
    entityId: id,
    after: { ...(await findDeployment(tx, id)), members: await listMembers(tx, [id]) },
  });
  return id;
}

/** Records a deployment and returns it. */
export async function createDeployment(
  database: Database,
  input: NewDeployment,
): Promise<DeploymentView> {
  return database.transaction(async (tx) => {
    const id = await createDeploymentIn(tx, input);
    return (await deploymentViews(tx, id))[0]!;
  });
}

/** Deployments (one when `id` is given) with members, activities and counts. */
export async function deploymentViews(
  db: Db,
  id?: string,
  country?: string,
): Promise<DeploymentView[]> {
  const rows = id
    ? [await findDeployment(db, id)].filter((d) => d !== undefined)
    : await listDeployments(db, country);
  const ids = rows.map((d) => d.id);
  const [members, activities, experts] = await Promise.all([
    listMembers(db, ids),
    listActivities(db, ids),
    listExperts(db),
  ]);
  const names = new Map(experts.map((e) => [e.id, e.name]));
  return rows.map((d) => {
    const log = activities.filter((a) => a.deploymentId === d.id);
    const count = (kind: ActivityRow['kind']) => log.filter((a) => a.kind === kind).length;
    return {
      ...d,
      members: members
        .filter((m) => m.deploymentId === d.id)
        .map((m) => ({ expertId: m.expertId, role: m.role, name: names.get(m.expertId) ?? '' })),
      activities: log,
      counts: {
        commandMeetings: count('command-meeting'),
        trainings: count('training'),
        trainees: log.reduce((sum, a) => sum + (a.kind === 'training' ? (a.attendees ?? 0) : 0), 0),
        hospitalVisits: count('hospital-visit'),
        advice: count('advice'),
      },
    };
  });
}

/** Every deployment (of one country when given). */
export async function listDeploymentViews(
  database: Database,
  country?: string,
): Promise<DeploymentView[]> {
  return deploymentViews(database.db, undefined, country ? checkCountry(country) : undefined);
}

/** One deployment; NotFoundError when absent. */
export async function getDeployment(database: Database, id: string): Promise<DeploymentView> {
  const found = (await deploymentViews(database.db, id))[0];
  if (!found) throw new NotFoundError(`no deployment "${id}"`, 'id', id);
  return found;
}

/** An entry for a deployment's activity log. */
export type NewActivity = Omit<NewActivityInput, 'deploymentId'>;
type NewActivityInput = Omit<ActivityRow, 'id' | 'recordedAt' | 'attendees' | 'place' | 'note'> & {
  attendees?: number | null | undefined;
  place?: string | null | undefined;
  note?: string | null | undefined;
};

/** Appends an activity inside a transaction: the date must fall within the deployment, a training needs attendees. */
export async function addActivityIn(
  tx: Db,
  deploymentId: string,
  input: NewActivity,
): Promise<ActivityRow> {
  const d = await findDeployment(tx, deploymentId, true);
  if (!d) throw new NotFoundError(`no deployment "${deploymentId}"`, 'id', deploymentId);
  if (input.onDate < d.fromDate || input.onDate > d.toDate) {
    throw new BadRequestError(
      `on: ${input.onDate} is outside the deployment (${d.fromDate} to ${d.toDate})`,
      'on',
    );
  }
  if (input.kind === 'training' && (input.attendees === undefined || input.attendees === null)) {
    throw new BadRequestError('attendees: a training needs the number of attendees', 'attendees');
  }
  const activity = await insertActivity(tx, {
    deploymentId,
    kind: input.kind,
    onDate: input.onDate,
    title: input.title,
    attendees: input.attendees ?? null,
    place: input.place ?? null,
    note: input.note ?? null,
  });
  await recordAudit(tx, {
    action: 'deployment.activity',
    entity: 'deployment',
    entityId: deploymentId,
    after: activity,
  });
  return activity;
}

/** Appends an activity to a deployment's log. */
export async function addActivity(
  database: Database,
  deploymentId: string,
  input: NewActivity,
): Promise<ActivityRow> {
  return database.transaction((tx) => addActivityIn(tx, deploymentId, input));
}

/** The counts the open report shows for expert teams, stationed teams, sessions and guidance. */
export interface ExpertsSummary {
  asOf: string;
  teams: {
    sent: number;
    countries: number;
    requested: number;
    people: number;
    commandMeetings: number;
    trainings: number;
    trainees: number;
    hospitalVisits: number;
    advice: number;
  };
  stationed: StationedSummary;
  sessions: SessionSummary;
  guidance: { documents: number; versions: number; languages: number; recipients: number };
}

/** Counts on `asOf` (default: the loaded scenario's date, else today): teams, stationed, sessions, guidance. */
export async function expertsSummary(database: Database, asOf?: IsoDate): Promise<ExpertsSummary> {
  const day = asOf ?? ((await currentScenario(database.db))?.manifest.asOf as IsoDate | undefined);
  const on = day ?? (new Date().toISOString().slice(0, 10) as IsoDate);
  const all = await deploymentViews(database.db);
  const sent = all.filter((d) => d.status !== 'requested' && d.fromDate <= on);
  const sum = (f: (d: DeploymentView) => number) => sent.reduce((n, d) => n + f(d), 0);
  const stationed = (await listStationedTeams(database.db)).map(toStationed);
  const library = await listLibrary(database);
  const { deliveries } = await deliveryReport(database);
  return {
    asOf: on,
    teams: {
      sent: sent.length,
      countries: new Set(sent.map((d) => d.country)).size,
      requested: all.filter((d) => d.status === 'requested').length,
      people: sum((d) => d.members.length + d.unlistedMembers),
      commandMeetings: sum((d) => d.counts.commandMeetings),
      trainings: sum((d) => d.counts.trainings),
      trainees: sum((d) => d.counts.trainees),
      hospitalVisits: sum((d) => d.counts.hospitalVisits),
      advice: sum((d) => d.counts.advice),
    },
    stationed: summariseStationed(stationed, on),
    sessions: (await listSessionViews(database)).summary,
    guidance: {
      documents: library.length,
      versions: library.reduce((n, d) => n + d.versions.length, 0),
      languages: new Set(
        library.flatMap((d) => d.versions.flatMap((v) => v.translations.map((t) => t.language))),
      ).size,
      recipients: new Set(deliveries.map((d) => d.recipient)).size,
    },
  };
}
