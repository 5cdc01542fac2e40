// Exchange sessions and attendance on the driver under test (timestamps come back as RFC 3339 UTC).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { listSessions } from '../../src/db/sessions.repository';
import { BadRequestError } from '../../src/services/errors';
import {
  createSession,
  getSession,
  listSessionViews,
  recordAttendance,
} from '../../src/services/sessions.service';
import { freshDatabase, TEST_DRIVER } from './fresh-database';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe(`exchange sessions on ${TEST_DRIVER}`, () => {
  it('stores a session in UTC and reads the same instant back', async () => {
    const s = await createSession(database, {
      id: 'ses-1',
      topic: 'Prevention and control (illustrative)',
      startsAt: '2020-03-26T09:30:00Z',
      durationMinutes: 90,
      countries: ['khm', 'PAK'],
    });
    expect(s.startsAt).toBe('2020-03-26T09:30:00Z');
    expect(
      Date.parse(
        (await listSessions(database.db))[0]!.startsAt.replace(' ', 'T').replace(/\+00$/, 'Z'),
      ),
    ).toBe(Date.parse('2020-03-26T09:30:00Z'));
  });

  it('records and corrects attendance; an outsider or a duplicate id is refused', async () => {
    await recordAttendance(database, 'ses-1', { participant: 'KHM', attendees: 20 });
    await recordAttendance(database, 'ses-1', { participant: 'khm', attendees: 25 });
    await recordAttendance(database, 'ses-1', { participant: 'PAK', attendees: 30 });
    expect((await getSession(database, 'ses-1')).attendees).toBe(55);
    const outsider = await recordAttendance(database, 'ses-1', {
      participant: 'ITA',
      attendees: 1,
    }).catch((e) => e);
    expect((outsider as BadRequestError).field).toBe('participant');
    const dup = await createSession(database, {
      id: 'ses-1',
      topic: 'again',
      startsAt: '2020-03-27T09:30:00Z',
      durationMinutes: 60,
      countries: ['KHM'],
    }).catch((e) => e);
    expect(dup).toBeInstanceOf(BadRequestError);
    const { summary } = await listSessionViews(database);
    expect(summary).toEqual({ sessions: 1, countries: 2, organisations: 0, attendees: 55 });
  });
});
