import { describe, expect, it } from 'vitest';
import {
  dayShift,
  durationLabel,
  loadCapitalZones,
  sessionLocalTimes,
  splitLocal,
  toRfc3339Utc,
  utcLabel,
  wallClock,
} from './ex-time';

describe('experts times', () => {
  it('follows daylight saving: 13:00 UTC is 14:00 in Rome before 29 March 2020 and 15:00 after', () => {
    expect(wallClock('2020-03-27T13:00:00Z', 'Europe/Rome')).toEqual({
      date: '2020-03-27',
      time: '14:00',
    });
    expect(wallClock('2020-03-30T13:00:00Z', 'Europe/Rome')).toEqual({
      date: '2020-03-30',
      time: '15:00',
    });
  });

  it("shows a session in each capital's local time, Tehran on the half hour, Beijing the next day", async () => {
    const zoneOf = await loadCapitalZones();
    const rows = sessionLocalTimes('2020-03-13T20:00:00Z', 90, ['IRN', 'CHN', 'USA'], zoneOf);
    expect(rows.map((r) => r.timeZone)).toEqual([
      'Asia/Tehran',
      'Asia/Shanghai',
      'America/New_York',
    ]);
    expect(rows[0]?.start).toEqual({ date: '2020-03-13', time: '23:30' });
    expect(rows[1]?.start).toEqual({ date: '2020-03-14', time: '04:00' });
    expect(rows[1]?.end).toEqual({ date: '2020-03-14', time: '05:30' });
    // New York moved to daylight time on 8 March: UTC-4.
    expect(rows[2]?.start).toEqual({ date: '2020-03-13', time: '16:00' });
  });

  it('leaves an unknown country without a zone instead of failing', async () => {
    const zoneOf = await loadCapitalZones();
    expect(zoneOf('XXX')).toBeNull();
    expect(sessionLocalTimes('2020-03-13T20:00:00Z', 60, ['XXX'], zoneOf)[0]).toEqual({
      country: 'XXX',
      timeZone: null,
      start: null,
      end: null,
    });
  });

  it('turns the slot finder time into the RFC 3339 form the session endpoint takes', () => {
    expect(toRfc3339Utc('2020-03-30T09:00Z')).toBe('2020-03-30T09:00:00Z');
    expect(() => toRfc3339Utc('soon')).toThrow(/not a time/);
  });

  it('splits local times, labels UTC, counts day shifts and durations', () => {
    expect(splitLocal('2020-03-30T11:00')).toEqual({ date: '2020-03-30', time: '11:00' });
    expect(utcLabel('2020-03-30T09:00Z')).toBe('2020-03-30 09:00');
    expect(dayShift('2020-03-13', '2020-03-14')).toBe(1);
    expect(dayShift('2020-03-01', '2020-02-29')).toBe(-1);
    expect(durationLabel(90)).toBe('1 h 30 min');
    expect(durationLabel(120)).toBe('2 h');
    expect(durationLabel(45)).toBe('45 min');
  });
});
