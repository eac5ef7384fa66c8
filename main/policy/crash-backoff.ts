/**
 * What to do after the renderer crashed or hung: reload after a delay that doubles with each failure
 * (capped), and once failures keep coming within a window, relaunch the whole app.
 */
export interface BackoffOptions {
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures inside `windowMs` after which a reload is no longer tried and the app relaunches. */
  maxFailures: number;
  windowMs: number;
}

export type RecoveryAction = { kind: 'reload'; delayMs: number } | { kind: 'relaunch' };

export const DEFAULT_BACKOFF: BackoffOptions = {
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxFailures: 5,
  windowMs: 10 * 60_000,
};

export class CrashBackoff {
  private failures: number[] = [];

  constructor(private readonly options: BackoffOptions = DEFAULT_BACKOFF) {}

  recordFailure(now: number): RecoveryAction {
    this.failures = this.failures.filter((t) => now - t < this.options.windowMs);
    this.failures.push(now);
    if (this.failures.length >= this.options.maxFailures) {
      this.failures = [];
      return { kind: 'relaunch' };
    }
    const delayMs = Math.min(this.options.baseDelayMs * 2 ** (this.failures.length - 1), this.options.maxDelayMs);
    return { kind: 'reload', delayMs };
  }

  get recentFailures(): number {
    return this.failures.length;
  }
}
