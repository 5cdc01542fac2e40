import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../reference/countries';
import type { IsoDate } from '../shared/brand';
import { ExpertInputError } from './input-error';
import { evaluateSlot, findSlots, type SlotQuery } from './slot-finder';
import { capitalTimeZone } from './time-zones';

const d = (s: string): IsoDate => s as IsoDate;
const starts = (q: SlotQuery): string[] =>
  findSlots(q)
    .map((s) => s.startUtc)
    .sort();

describe('findSlots across daylight-saving changes', () => {
  it('Europe 2020-03-29: Rome and Beijing overlap one hour longer after the switch', () => {
    const q = { participants: ['ITA', 'CHN'], durationMinutes: 60 };
    // Friday 27 March, Rome on UTC+1: Beijing 01:00-10:00Z, Rome 08:00-17:00Z.
    expect(starts({ ...q, from: d('2020-03-27'), to: d('2020-03-27') })).toEqual([
      '2020-03-27T08:00Z',
      '2020-03-27T08:30Z',
      '2020-03-27T09:00Z',
    ]);
    // Monday 30 March, Rome on UTC+2 (CEST): Rome 07:00-16:00Z, so 07:00Z now works.
    const after = starts({ ...q, from: d('2020-03-30'), to: d('2020-03-30') });
    expect(after[0]).toBe('2020-03-30T07:00Z');
    expect(after).toHaveLength(5);
    expect(evaluateSlot(q, '2020-03-27T07:00Z')).toBeNull();
    expect(evaluateSlot(q, '2020-03-30T07:00Z')?.participants[0]?.localStart).toBe(
      '2020-03-30T09:00',
    );
  });

  it('US 2020-03-08: New York and London share an extra hour until Europe switches too', () => {
    const q = { participants: ['USA', 'GBR'], durationMinutes: 60, stepMinutes: 60 };
    // Friday 6 March: New York on EST (UTC-5) works 14:00-23:00Z, London 09:00-18:00Z.
    expect(starts({ ...q, from: d('2020-03-06'), to: d('2020-03-06') })).toEqual([
      '2020-03-06T14:00Z',
      '2020-03-06T15:00Z',
      '2020-03-06T16:00Z',
      '2020-03-06T17:00Z',
    ]);
    // Monday 9 March: New York on EDT (UTC-4) works 13:00-22:00Z; London not yet on summer time.
    expect(starts({ ...q, from: d('2020-03-09'), to: d('2020-03-09') })).toEqual([
      '2020-03-09T13:00Z',
      '2020-03-09T14:00Z',
      '2020-03-09T15:00Z',
      '2020-03-09T16:00Z',
      '2020-03-09T17:00Z',
    ]);
    // Monday 30 March: London on BST (UTC+1) works 08:00-17:00Z, so 17:00Z no longer fits.
    expect(starts({ ...q, from: d('2020-03-30'), to: d('2020-03-30') })).toEqual([
      '2020-03-30T13:00Z',
      '2020-03-30T14:00Z',
      '2020-03-30T15:00Z',
      '2020-03-30T16:00Z',
    ]);
  });

  it('never proposes a session during which a clock changes', () => {
    // Sunday 29 March 2020 in Rome: 02:00 becomes 03:00. Hours 00:00-23:59 every day.
    const slots = findSlots({
      participants: ['ITA'],
      from: d('2020-03-29'),
      to: d('2020-03-29'),
      durationMinutes: 120,
      stepMinutes: 60,
      workingHours: { start: '00:00', end: '23:59', days: [1, 2, 3, 4, 5, 6, 7] },
    });
    expect(slots.map((s) => s.startUtc)).not.toContain('2020-03-29T00:00Z');
    expect(slots.map((s) => s.startUtc)).toContain('2020-03-29T01:00Z');
  });
});

describe('findSlots', () => {
  it('ranks the middle of the shared hours first and reports local times', () => {
    const [best] = findSlots({
      participants: ['ITA', 'CHN'],
      from: d('2020-03-30'),
      to: d('2020-03-30'),
      durationMinutes: 60,
    });
    // Shared 07:00-10:00Z: a 60-minute session at 08:00Z is 60 minutes from both edges.
    expect(best).toMatchObject({ startUtc: '2020-03-30T08:00Z', endUtc: '2020-03-30T09:00Z' });
    expect(best?.marginMinutes).toBe(60);
    expect(best?.participants.map((p) => [p.country, p.timeZone, p.localStart])).toEqual([
      ['ITA', 'Europe/Rome', '2020-03-30T10:00'],
      ['CHN', 'Asia/Shanghai', '2020-03-30T16:00'],
    ]);
  });

  it('skips weekends unless a country works other days', () => {
    const q: SlotQuery = {
      participants: ['IRQ', 'SRB'],
      from: d('2020-03-28'),
      to: d('2020-03-29'),
      durationMinutes: 60,
    };
    expect(findSlots(q)).toEqual([]);
    const weekend = findSlots({
      ...q,
      workingHoursByCountry: { IRQ: { days: [7, 1, 2, 3, 4] }, SRB: { days: [6, 7] } },
    });
    expect(weekend.length).toBeGreaterThan(0);
    expect(weekend.every((s) => s.startUtc.startsWith('2020-03-29'))).toBe(true);
  });

  it('handles half-hour and quarter-hour zones', () => {
    const slots = findSlots({
      participants: ['NPL', 'IND'],
      from: d('2020-04-01'),
      to: d('2020-04-01'),
      durationMinutes: 30,
      stepMinutes: 15,
    });
    // India is UTC+5:30 (09:00 is 03:30Z), Nepal UTC+5:45 (18:00 is 12:15Z).
    const startsAt = slots.map((s) => s.startUtc).sort();
    expect(startsAt[0]).toBe('2020-04-01T03:30Z');
    expect(startsAt.at(-1)).toBe('2020-04-01T11:45Z');
    expect(slots).toHaveLength((11 * 60 + 45 - (3 * 60 + 30)) / 15 + 1);
  });

  it('finds nothing when the working days never overlap', () => {
    expect(
      findSlots({
        participants: ['USA', 'CHN'],
        from: d('2020-03-02'),
        to: d('2020-03-06'),
        durationMinutes: 60,
      }),
    ).toEqual([]);
  });

  it('names the bad field', () => {
    const base: SlotQuery = {
      participants: ['ITA'],
      from: d('2020-03-02'),
      to: d('2020-03-06'),
      durationMinutes: 60,
    };
    const field = (q: Partial<SlotQuery>): string => {
      try {
        findSlots({ ...base, ...q });
      } catch (e) {
        if (e instanceof ExpertInputError) return e.field;
        throw e;
      }
      return 'no error';
    };
    expect(field({ participants: [] })).toBe('participants');
    expect(field({ participants: ['ITA', 'XXX'] })).toBe('participants[1]');
    expect(field({ from: d('2020-13-01') })).toBe('from');
    expect(field({ to: d('2020-03-01') })).toBe('to');
    expect(field({ to: d('2020-12-31') })).toBe('to');
    expect(field({ durationMinutes: 0 })).toBe('durationMinutes');
    expect(field({ stepMinutes: 2.5 })).toBe('stepMinutes');
    expect(field({ workingHours: { start: '9am' } })).toBe('workingHours.start');
    expect(field({ workingHours: { start: '18:00', end: '09:00' } })).toBe('workingHours.end');
    expect(field({ workingHoursByCountry: { ITA: { days: [0] } } })).toBe(
      'workingHoursByCountry.ITA.days',
    );
    expect(() => evaluateSlot(base, '2020-03-02 07:00')).toThrow(/startUtc/);
  });
});

/** The UTC offset of a zone at an instant in minutes, read from Intl's "GMT+05:45" form (a second route to local time). */
function offsetMinutes(zone: string, ms: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(ms)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name ?? '');
  if (!m) throw new Error(`unexpected offset "${name}"`);
  if (!m[1]) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** Whether a session fits 09:00-18:00 Monday-Friday in a zone, computed from offsets. */
function fitsByOffset(zone: string, startMs: number, duration: number): boolean {
  const local = (ms: number) => {
    const t = new Date(ms + offsetMinutes(zone, ms) * 60_000);
    return {
      day: t.toISOString().slice(0, 10),
      minutes: t.getUTCHours() * 60 + t.getUTCMinutes(),
      weekday: t.getUTCDay(),
    };
  };
  const s = local(startMs);
  const e = local(startMs + duration * 60_000);
  return (
    s.weekday >= 1 &&
    s.weekday <= 5 &&
    s.day === e.day &&
    s.minutes >= 540 &&
    e.minutes <= 1080 &&
    e.minutes - s.minutes === duration
  );
}

describe('findSlots against a second computation of local time', () => {
  it('returns exactly the start times that fit every participant', () => {
    const codes = COUNTRIES.map((c) => c.iso3);
    fc.assert(
      fc.property(
        fc.subarray(codes, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 300 }),
        fc.constantFrom(30, 45, 60, 90),
        (participants, offset, duration) => {
          const from = new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000)
            .toISOString()
            .slice(0, 10) as IsoDate;
          const query: SlotQuery = {
            participants,
            from,
            to: from,
            durationMinutes: duration,
            stepMinutes: 15,
          };
          const got = new Set(findSlots(query).map((s) => Date.parse(s.startUtc)));
          const zones = participants.map(capitalTimeZone);
          const first = Date.parse(`${from}T00:00:00Z`);
          for (let t = first; t < first + 86_400_000; t += 15 * 60_000) {
            expect(got.has(t)).toBe(zones.every((z) => fitsByOffset(z, t, duration)));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
