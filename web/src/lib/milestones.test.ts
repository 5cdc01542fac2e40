import { describe, expect, it } from 'vitest';
import type { MilestoneInfo } from '../api/types';
import { firstCaseDate, milestoneSentence } from './milestones';

const seed: MilestoneInfo[] = [
  { cases: 100_000, date: '2020-03-07', days: 67 },
  { cases: 200_000, date: '2020-03-18', days: 11 },
  { cases: 300_000, date: '2020-03-22', days: 4 },
  { cases: 400_000, date: '2020-03-24', days: 2 },
];

describe('milestone sentence', () => {
  it('tells the seed figure from the data in English and Chinese', () => {
    expect(milestoneSentence(seed, 100_000, 'en')).toBe(
      'The first 100,000 cases took 67 days, the next 100,000 took 11, then 4 and 2 days.',
    );
    expect(milestoneSentence(seed, 100_000, 'zh')).toBe(
      '全球第一个100,000例用了67天，第二个100,000例用了11天，之后依次为4天和2天。',
    );
  });

  it('follows the data rather than a fixed text', () => {
    const other = seed.map((m) => ({ ...m, days: m.days + 1 }));
    expect(milestoneSentence(other, 100_000, 'en')).toContain('took 68 days');
    expect(milestoneSentence(seed.slice(0, 2), 100_000, 'en')).toBe(
      'The first 100,000 cases took 67 days, the next 100,000 took 11.',
    );
    expect(milestoneSentence(seed.slice(0, 1), 100_000, 'en')).toBe(
      'The first 100,000 cases took 67 days.',
    );
    expect(milestoneSentence([], 50_000, 'en')).toBe(
      'The world total has not yet reached 50,000 cases.',
    );
  });

  it('finds the first case date the count starts from', () => {
    expect(firstCaseDate(seed)).toBe('2019-12-31');
    expect(firstCaseDate([])).toBeNull();
  });
});
