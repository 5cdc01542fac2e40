import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatCompact,
  formatCount,
  formatDayCount,
  formatDays,
  formatGrowthPercent,
  formatList,
  formatLongDate,
  formatRate,
  formatShortDate,
  parseIsoDate,
} from './format';

describe('numbers', () => {
  it('groups thousands and rounds counts', () => {
    expect(formatCount(74386, 'en')).toBe('74,386');
    expect(formatCount(1234.6, 'zh')).toBe('1,235');
    expect(formatCount(null, 'en')).toBe('—');
    expect(formatCount(Number.NaN, 'en')).toBe('—');
  });

  it('writes large numbers compactly in each language', () => {
    expect(formatCompact(60_461_828, 'en')).toBe('60.5M');
    expect(formatCompact(60_461_828, 'zh')).toBe('6050万');
    expect(formatCompact(null, 'zh')).toBe('—');
  });

  it('keeps one decimal for small rates only', () => {
    expect(formatRate(0.456, 'en')).toBe('0.5');
    expect(formatRate(9.94, 'en')).toBe('9.9');
    expect(formatRate(1230.3, 'en')).toBe('1,230');
    expect(formatRate(null, 'en')).toBe('—');
  });

  it('writes doubling times and day counts with their unit', () => {
    expect(formatDays(3.64, 'en')).toBe('3.6 days');
    expect(formatDays(3.64, 'zh')).toBe('3.6天');
    expect(formatDays(null, 'en')).toBe('—');
    expect(formatDayCount(1, 'en')).toBe('1 day');
    expect(formatDayCount(67, 'en')).toBe('67 days');
  });

  it('turns a continuous rate per day into a percentage', () => {
    expect(formatGrowthPercent(0.0977, 'en')).toBe('9.8');
    expect(formatGrowthPercent(-0.012, 'en')).toBe('-1.2');
  });

  it('joins lists the way each language does', () => {
    expect(formatList(['4', '2', '2'], 'en')).toBe('4, 2 and 2');
    expect(formatList(['4天', '2天'], 'zh')).toBe('4天和2天');
  });
});

describe('dates', () => {
  it('reads only real calendar dates, naming a bad one', () => {
    expect(parseIsoDate('2020-02-29').getUTCDate()).toBe(29);
    expect(() => parseIsoDate('2020-02-30')).toThrow('"2020-02-30"');
    expect(() => parseIsoDate('26/03/2020')).toThrow('26/03/2020');
  });

  it('formats dates in UTC for each language', () => {
    expect(formatLongDate('2020-03-26', 'en')).toBe('26 March 2020');
    expect(formatLongDate('2020-03-26', 'zh')).toBe('2020年3月26日');
    expect(formatShortDate('2020-03-01', 'en')).toBe('1 Mar');
    expect(formatShortDate('2020-03-01', 'zh')).toBe('3月1日');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2020-03-07', -67)).toBe('2019-12-31');
    expect(addDays('2020-02-28', 2)).toBe('2020-03-01');
  });
});
