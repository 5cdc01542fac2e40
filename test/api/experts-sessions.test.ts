// The exchange-session endpoints through inject(): the slot finder across a daylight-saving change,
// sessions, attendance and their totals.
import { describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../src/api/errors';
import type { SessionSlot } from '../../src/core/experts';
import type { SessionSummary, SessionView } from '../../src/services/sessions.service';
import { useSignedInApp } from './app';

const { call } = useSignedInApp();

describe('/api/sessions/slots', () => {
  it('moves the earliest China-Italy hour by one when Italy changes to summer time (29 March 2020)', async () => {
    const res = await call<{ slots: SessionSlot[] }>('POST', '/api/sessions/slots', {
      participants: ['CHN', 'ita'],
      from: '2020-03-27',
      to: '2020-03-30',
      durationMinutes: 60,
    });
    expect(res.status).toBe(200);
    const starts = res.body.slots.map((s) => s.startUtc).sort();
    const on = (day: string) => starts.filter((s) => s.startsWith(day));
    // Beijing 09:00-18:00 is 01:00-10:00 UTC; Rome 09:00-18:00 is 08:00-17:00 UTC in winter, 07:00-16:00 in summer.
    expect(on('2020-03-27')[0]).toBe('2020-03-27T08:00Z');
    expect(on('2020-03-27').at(-1)).toBe('2020-03-27T09:00Z');
    expect(on('2020-03-30')[0]).toBe('2020-03-30T07:00Z');
    expect(on('2020-03-28')).toEqual([]);
    const italy = res.body.slots
      .find((s) => s.startUtc === '2020-03-30T07:00Z')
      ?.participants.find((p) => p.country === 'ITA');
    expect(italy?.localStart).toBe('2020-03-30T09:00');
    expect(italy?.timeZone).toBe('Europe/Rome');
  });

  it('answers 400 naming the bad field', async () => {
    const bad = await call<ApiErrorBody>('POST', '/api/sessions/slots', {
      participants: ['CHN', 'XXX'],
      from: '2020-03-27',
      to: '2020-03-30',
      durationMinutes: 60,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toMatch(/participants/);
    expect(bad.body.error.message).toMatch(/XXX/);
    const dur = await call<ApiErrorBody>('POST', '/api/sessions/slots', {
      participants: ['CHN'],
      from: '2020-03-27',
      to: '2020-03-30',
      durationMinutes: 'long',
    });
    expect(dur.body.error.field).toBe('durationMinutes');
  });
});

describe('/api/sessions', () => {
  const session = {
    id: 's1',
    topic: 'Clinical care of severe cases (illustrative)',
    startsAt: '2020-03-12T13:00:00Z',
    durationMinutes: 120,
    countries: ['irn', 'ITA', 'SRB'],
    organisations: ['WHO'],
  };

  it('schedules a session, records attendance and counts it', async () => {
    const created = await call<SessionView>('POST', '/api/sessions', session);
    expect(created.status).toBe(201);
    expect(created.body.countries).toEqual(['IRN', 'ITA', 'SRB']);
    expect(created.body.startsAt).toBe('2020-03-12T13:00:00Z');
    await call('POST', '/api/sessions', {
      ...session,
      id: 's2',
      startsAt: '2020-03-19T12:00:00Z',
      countries: ['ITA', 'PAK'],
      organisations: [],
    });
    const a = await call<SessionView>('POST', '/api/sessions/s1/attendance', {
      participant: 'ita',
      attendees: 40,
    });
    expect(a.status).toBe(200);
    await call('POST', '/api/sessions/s1/attendance', { participant: 'WHO', attendees: 3 });
    await call('POST', '/api/sessions/s1/attendance', { participant: 'ITA', attendees: 45 });
    const list = await call<{ sessions: SessionView[]; summary: SessionSummary }>(
      'GET',
      '/api/sessions',
    );
    expect(list.body.sessions.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(list.body.sessions[0]?.attendance).toEqual([
      { participant: 'ITA', attendees: 45 },
      { participant: 'WHO', attendees: 3 },
    ]);
    expect(list.body.summary).toEqual({
      sessions: 2,
      countries: 4,
      organisations: 1,
      attendees: 48,
    });
  });

  it('answers 400 naming the field, and 404 for an unknown session', async () => {
    const time = await call<ApiErrorBody>('POST', '/api/sessions', {
      ...session,
      id: 's3',
      startsAt: '2020-03-12 13:00',
    });
    expect(time.status).toBe(400);
    expect(time.body.error.field).toBe('startsAt');
    const host = await call<ApiErrorBody>('POST', '/api/sessions', {
      ...session,
      id: 's3',
      hostExperts: ['nobody'],
    });
    expect(host.body.error.field).toBe('hostExperts[0]');
    const who = await call<ApiErrorBody>('POST', '/api/sessions/s2/attendance', {
      participant: 'SRB',
      attendees: 1,
    });
    expect(who.status).toBe(400);
    expect(who.body.error.field).toBe('participant');
    expect((await call('GET', '/api/sessions/none')).status).toBe(404);
  });
});
