// Exchange sessions and their attendance: the only place that reads or writes exchange_session and
// session_attendance.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from './db.types';
import { exchangeSession, sessionAttendance } from './schema';

/** An exchange-session row. */
export type SessionRow = typeof exchangeSession.$inferSelect;
/** A session to insert (the database sets created_at). */
export type NewSessionRow = Omit<SessionRow, 'createdAt'>;
/** An attendance row. */
export type AttendanceRow = typeof sessionAttendance.$inferSelect;

/** Inserts a session; false when the id exists. */
export async function insertSession(db: Db, row: NewSessionRow): Promise<boolean> {
  const written = await db
    .insert(exchangeSession)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: exchangeSession.id });
  return written.length === 1;
}

/** Every session, by start time then id. */
export async function listSessions(db: Db): Promise<SessionRow[]> {
  return db
    .select()
    .from(exchangeSession)
    .orderBy(asc(exchangeSession.startsAt), asc(exchangeSession.id));
}

/** One session, or undefined. */
export async function findSession(db: Db, id: string): Promise<SessionRow | undefined> {
  return (await db.select().from(exchangeSession).where(eq(exchangeSession.id, id)))[0];
}

/** Records (or corrects) how many people of a participant attended a session. */
export async function upsertAttendance(
  db: Db,
  row: Omit<AttendanceRow, 'recordedAt'>,
): Promise<void> {
  await db
    .insert(sessionAttendance)
    .values(row)
    .onConflictDoUpdate({
      target: [sessionAttendance.sessionId, sessionAttendance.participant],
      set: { attendees: row.attendees, recordedAt: new Date().toISOString() },
    });
}

/** Attendance of the given sessions (all when omitted), by session then participant. */
export async function listAttendance(
  db: Db,
  sessionIds?: readonly string[],
): Promise<AttendanceRow[]> {
  return db
    .select()
    .from(sessionAttendance)
    .where(sessionIds ? inArray(sessionAttendance.sessionId, [...sessionIds, '']) : undefined)
    .orderBy(asc(sessionAttendance.sessionId), asc(sessionAttendance.participant));
}
