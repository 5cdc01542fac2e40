// Use cases: video exchange sessions (topic, host experts, participating countries and organisations,
// time in UTC), the slot finder inside everyone's working hours, attendance, and the counts the report uses.
import { findSlots, type SessionSlot, type SlotQuery } from '../core/experts';
import { isUtcTimestamp } from '../core/knowledge';
import type { Database } from '../db/database';
import type { Db } from '../db/db.types';
import { listExperts } from '../db/experts.repository';
import type { RecordBasis } from '../db/schema';
import {
  findSession,
  insertSession,
  listAttendance,
  listSessions,
  upsertAttendance,
  type SessionRow,
} from '../db/sessions.repository';
import { recordAudit } from './audit.service';
import { BadRequestError, NotFoundError } from './errors';
import { asBadRequest, checkCountry } from './experts.service';
import { newId } from './requests.service';

/** A session with its attendance. */
export interface SessionView extends Omit<SessionRow, 'startsAt' | 'createdAt'> {
  /** RFC 3339 UTC, e.g. "2020-03-12T13:00:00Z". */
  startsAt: string;
  attendance: { participant: string; attendees: number }[];
  attendees: number;
}

/** A session to schedule. */
export interface NewSession {
  id?: string | undefined;
  topic: string;
  topicZh?: string | null | undefined;
  startsAt: string;
  durationMinutes: number;
  countries: string[];
  organisations?: string[] | undefined;
  hostExperts?: string[] | undefined;
  basis?: RecordBasis | undefined;
}

/** The sessions' totals: how many, how many countries and organisations took part, how many attendees. */
export interface SessionSummary {
  sessions: number;
  countries: number;
  organisations: number;
  attendees: number;
}

/** A timestamp from either driver as RFC 3339 UTC with seconds ("2020-03-12T13:00:00Z"). */
export function utcString(value: string): string {
  const iso = value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  return new Date(iso).toISOString().replace('.000Z', 'Z');
}

/** Start times inside working hours in every participant's capital (see findSlots). */
export function sessionSlots(query: SlotQuery): SessionSlot[] {
  return asBadRequest(() => findSlots(query));
}

/** Schedules a session inside a transaction; countries and host experts must exist. */
export async function createSessionIn(tx: Db, input: NewSession): Promise<string> {
  if (!isUtcTimestamp(input.startsAt)) {
    throw new BadRequestError(
      `startsAt: not an RFC 3339 time in UTC (e.g. 2020-03-12T13:00:00Z): "${input.startsAt}"`,
      'startsAt',
    );
  }
  const countries = input.countries.map((c, i) => checkCountry(c, `countries[${i}]`));
  if (countries.length === 0 && (input.organisations ?? []).length === 0) {
    throw new BadRequestError('countries: a session needs at least one participant', 'countries');
  }
  const known = new Set((await listExperts(tx)).map((e) => e.id));
  (input.hostExperts ?? []).forEach((id, i) => {
    if (!known.has(id)) {
      throw new BadRequestError(`hostExperts[${i}]: no expert "${id}"`, `hostExperts[${i}]`);
    }
  });
  const id = input.id ?? newId('ses');
  const fresh = await insertSession(tx, {
    id,
    topic: input.topic,
    topicZh: input.topicZh ?? null,
    startsAt: input.startsAt,
    durationMinutes: input.durationMinutes,
    countries: [...new Set(countries)],
    organisations: input.organisations ?? [],
    hostExperts: input.hostExperts ?? [],
    basis: input.basis ?? 'entered',
  });
  if (!fresh) throw new BadRequestError(`a session "${id}" exists`, 'id');
  await recordAudit(tx, {
    action: 'session.create',
    entity: 'session',
    entityId: id,
    after: await findSession(tx, id),
  });
  return id;
}

async function views(db: Db, id?: string): Promise<SessionView[]> {
  const rows = id
    ? [await findSession(db, id)].filter((s) => s !== undefined)
    : await listSessions(db);
  const attendance = await listAttendance(
    db,
    rows.map((s) => s.id),
  );
  return rows.map(({ createdAt: _created, ...s }) => {
    const list = attendance
      .filter((a) => a.sessionId === s.id)
      .map((a) => ({ participant: a.participant, attendees: a.attendees }));
    return {
      ...s,
      startsAt: utcString(s.startsAt),
      attendance: list,
      attendees: list.reduce((sum, a) => sum + a.attendees, 0),
    };
  });
}

/** Schedules a session and returns it. */
export async function createSession(database: Database, input: NewSession): Promise<SessionView> {
  return database.transaction(async (tx) => {
    const id = await createSessionIn(tx, input);
    return (await views(tx, id))[0]!;
  });
}

/** Every session with attendance, and the totals. */
export async function listSessionViews(
  database: Database,
): Promise<{ sessions: SessionView[]; summary: SessionSummary }> {
  const sessions = await views(database.db);
  return { sessions, summary: summariseSessions(sessions) };
}

/** Totals over sessions: countries and organisations counted once each. */
export function summariseSessions(sessions: readonly SessionView[]): SessionSummary {
  return {
    sessions: sessions.length,
    countries: new Set(sessions.flatMap((s) => s.countries)).size,
    organisations: new Set(sessions.flatMap((s) => s.organisations)).size,
    attendees: sessions.reduce((sum, s) => sum + s.attendees, 0),
  };
}

/** One session; NotFoundError when absent. */
export async function getSession(database: Database, id: string): Promise<SessionView> {
  const found = (await views(database.db, id))[0];
  if (!found) throw new NotFoundError(`no session "${id}"`, 'id', id);
  return found;
}

/** Records attendance inside a transaction: the participant must be one of the session's countries or organisations. */
export async function recordAttendanceIn(
  tx: Db,
  sessionId: string,
  input: { participant: string; attendees: number },
): Promise<void> {
  const s = await findSession(tx, sessionId);
  if (!s) throw new NotFoundError(`no session "${sessionId}"`, 'id', sessionId);
  const upper = input.participant.toUpperCase();
  const participant = s.countries.includes(upper)
    ? upper
    : s.organisations.find((o) => o === input.participant);
  if (!participant) {
    throw new BadRequestError(
      `participant: "${input.participant}" is not among the session's countries or organisations`,
      'participant',
    );
  }
  const before = (await listAttendance(tx, [sessionId])).find((a) => a.participant === participant);
  await upsertAttendance(tx, { sessionId, participant, attendees: input.attendees });
  const after = (await listAttendance(tx, [sessionId])).find((a) => a.participant === participant);
  await recordAudit(tx, {
    action: 'session.attendance',
    entity: 'session',
    entityId: sessionId,
    before: before ?? null,
    after,
  });
}

/** Records attendance and returns the session. */
export async function recordAttendance(
  database: Database,
  sessionId: string,
  input: { participant: string; attendees: number },
): Promise<SessionView> {
  return database.transaction(async (tx) => {
    await recordAttendanceIn(tx, sessionId, input);
    return (await views(tx, sessionId))[0]!;
  });
}
