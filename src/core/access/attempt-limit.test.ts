import { describe, expect, it } from 'vitest';
import { AttemptLimiter } from './attempt-limit';

describe('the failed-attempt limiter', () => {
  it('refuses the 11th failure in a minute and says when to retry', () => {
    const limit = new AttemptLimiter({ max: 10, windowMs: 60_000 });
    for (let i = 0; i < 10; i++) expect(limit.take('a', 1_000 + i).allowed).toBe(true);
    expect(limit.take('a', 21_000)).toEqual({ allowed: false, retryInSeconds: 40 });
    expect(limit.take('b', 21_000).allowed).toBe(true);
    expect(limit.take('a', 61_000).allowed).toBe(true);
  });

  it('does not count refunded (successful) attempts', () => {
    const limit = new AttemptLimiter({ max: 3, windowMs: 60_000 });
    for (let i = 0; i < 50; i++) {
      expect(limit.take('ok', i).allowed).toBe(true);
      limit.refund('ok');
    }
    expect(limit.used('ok', 50)).toBe(0);
    for (let i = 0; i < 3; i++) expect(limit.take('ok', 100).allowed).toBe(true);
    expect(limit.take('ok', 100).allowed).toBe(false);
  });

  it('counts attempts in flight, so parallel failures cannot pass the limit together', () => {
    const limit = new AttemptLimiter({ max: 2, windowMs: 1_000 });
    const decisions = [0, 1, 2, 3].map(() => limit.take('k', 5).allowed);
    expect(decisions).toEqual([true, true, false, false]);
    expect(limit.used('k', 5)).toBe(2);
    expect(limit.used('k', 1_005)).toBe(0);
  });

  it('forgets ended windows once many keys pile up', () => {
    const limit = new AttemptLimiter({ max: 1, windowMs: 1_000 });
    for (let i = 0; i < 10_000; i++) limit.take(`old-${i}`, 0);
    expect(limit.used('old-1', 500)).toBe(1);
    limit.take('new', 2_000);
    expect(limit.used('old-1', 500)).toBe(0);
  });

  it('refuses a nonsensical limit', () => {
    expect(() => new AttemptLimiter({ max: 0, windowMs: 60_000 })).toThrow(/max >= 1/);
  });
});
