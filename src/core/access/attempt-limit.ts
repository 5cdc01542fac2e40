// Counting failed attempts (sign-in, current password) per key in a fixed window: an attempt takes a
// slot before it is checked, a success gives it back, so only failures count and attempts still in
// flight cannot slip past the limit together. Pure: the caller passes the time.

/** The limit: at most `max` failures per key in each window of `windowMs`. */
export interface AttemptLimitOptions {
  max: number;
  windowMs: number;
}

/** May this attempt go ahead; when not, how many seconds until the window ends. */
export type AttemptDecision = { allowed: true } | { allowed: false; retryInSeconds: number };

interface Window {
  count: number;
  endsAt: number;
}

/** Counts failures per key (e.g. address + login); successes are refunded, so only failures count. */
export class AttemptLimiter {
  readonly #windows = new Map<string, Window>();
  readonly #options: AttemptLimitOptions;
  #sweptAt = Number.NEGATIVE_INFINITY;

  constructor(options: AttemptLimitOptions) {
    if (!(options.max >= 1) || !(options.windowMs > 0)) {
      throw new Error(
        `attempt limit needs max >= 1 and windowMs > 0, got ${JSON.stringify(options)}`,
      );
    }
    this.#options = options;
  }

  /** Takes a slot for an attempt at `nowMs`; refused once `max` slots of the window are taken. */
  take(key: string, nowMs: number): AttemptDecision {
    this.#sweep(nowMs);
    let window = this.#windows.get(key);
    if (!window || window.endsAt <= nowMs) {
      window = { count: 0, endsAt: nowMs + this.#options.windowMs };
      this.#windows.set(key, window);
    }
    if (window.count >= this.#options.max) {
      return {
        allowed: false,
        retryInSeconds: Math.max(1, Math.ceil((window.endsAt - nowMs) / 1000)),
      };
    }
    window.count += 1;
    return { allowed: true };
  }

  /** Gives back the slot of an attempt that succeeded (it does not count against the limit). */
  refund(key: string): void {
    const window = this.#windows.get(key);
    if (window && window.count > 0) window.count -= 1;
  }

  /** How many failures (and attempts in flight) count against `key` at `nowMs`. */
  used(key: string, nowMs: number): number {
    const window = this.#windows.get(key);
    return window && window.endsAt > nowMs ? window.count : 0;
  }

  /** Forgets ended windows once the map grows (at most once a window), so memory stays bounded. */
  #sweep(nowMs: number): void {
    if (this.#windows.size < 10_000 || nowMs - this.#sweptAt < this.#options.windowMs) return;
    this.#sweptAt = nowMs;
    for (const [key, window] of this.#windows) {
      if (window.endsAt <= nowMs) this.#windows.delete(key);
    }
  }
}
