// The primary ("core") rate limit: a budget per hour window. 304 answers and GET /rate_limit do not spend it,
// as on GitHub, which is what makes ETag revalidation worth doing.
import { epochSeconds } from './clock';
import type { RateLimitSnapshot } from './types';

export const DEFAULT_LIMIT = 5000;
const WINDOW_SECONDS = 3600;

export class RateLimiter {
  private remaining: number;
  private reset: number;

  constructor(private readonly limit = DEFAULT_LIMIT) {
    this.remaining = limit;
    this.reset = epochSeconds() + WINDOW_SECONDS;
  }

  /** A new window starts once the reset time has passed. */
  private roll(): void {
    if (epochSeconds() >= this.reset) {
      this.remaining = this.limit;
      this.reset = epochSeconds() + WINDOW_SECONDS;
    }
  }

  snapshot(): RateLimitSnapshot {
    this.roll();
    return { limit: this.limit, remaining: this.remaining, used: this.limit - this.remaining, reset: this.reset };
  }

  set(remaining: number, resetInSeconds = WINDOW_SECONDS): void {
    this.remaining = Math.max(0, Math.min(this.limit, Math.floor(remaining)));
    this.reset = epochSeconds() + Math.max(0, Math.floor(resetInSeconds));
  }

  exhausted(): boolean {
    this.roll();
    return this.remaining <= 0;
  }

  consume(): void {
    this.roll();
    if (this.remaining > 0) this.remaining--;
  }

  headers(override?: Partial<RateLimitSnapshot>): Record<string, string> {
    const s = { ...this.snapshot(), ...override };
    return {
      'x-ratelimit-limit': String(s.limit),
      'x-ratelimit-remaining': String(s.remaining),
      'x-ratelimit-reset': String(s.reset),
      'x-ratelimit-used': String(s.used),
      'x-ratelimit-resource': 'core',
    };
  }
}
