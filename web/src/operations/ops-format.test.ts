import { describe, expect, it } from 'vitest';
import {
  formatDiff,
  formatLoad,
  formatMoment,
  formatVolume,
  fromLocalInput,
  toLocalInput,
} from './ops-format';

describe('operations figures', () => {
  it('writes dates and moments in each language, in UTC', () => {
    expect(formatMoment('2020-03-26', 'en')).toBe('26 Mar 2020');
    expect(formatMoment('2020-03-26', 'zh')).toBe('2020年3月26日');
    expect(formatMoment('2020-03-26T09:05:00.000Z', 'en')).toBe('26 Mar 2020, 09:05 UTC');
    expect(formatMoment('2026-11-29 06:39:16.49+00', 'en')).toBe('29 Nov 2026, 06:39 UTC');
    expect(formatMoment(null, 'en')).toBe('—');
  });

  it('writes loads against limits and signed changes', () => {
    expect(formatLoad(26_700, 100_000, 'kg', 'en')).toBe('26,700 / 100,000 kg');
    expect(formatLoad(276.85, 650, 'm³', 'en')).toBe('276.9 / 650 m³');
    expect(formatLoad(5, null, 'kg', 'en')).toBe('5 / — kg');
    expect(formatVolume(1276.85, 'zh')).toBe('1,276.9');
    expect(formatDiff(5000, 'en')).toBe('+5,000');
    expect(formatDiff(-5000, 'en')).toBe('−5,000');
    expect(formatDiff(0, 'zh')).toBe('0');
  });

  it('turns a datetime-local value into a UTC moment and back', () => {
    const at = new Date(2020, 2, 27, 10, 30);
    expect(toLocalInput(at)).toBe('2020-03-27T10:30');
    expect(fromLocalInput('2020-03-27T10:30')).toBe(at.toISOString());
    expect(fromLocalInput('yesterday')).toBe('yesterday');
  });
});
