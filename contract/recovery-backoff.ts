/**
 * What the host does after the page failed (renderer crash or hang, or a fatal page error the page reports):
 * reload after a delay that doubles with each failure (capped), and once failures keep coming within a
 * window, restart the whole app. Pure: both hosts of the contract use it, Electron's main process and the
 * browser implementation (which keeps the failure times in sessionStorage across its reloads).
 */
export interface BackoffOptions {
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures inside `windowMs` after which a reload is no longer tried and the app restarts. */
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
  private failures: number[];

  /** `failureTimes` restores the failures a previous page load recorded (epoch milliseconds). */
  constructor(
    private readonly options: BackoffOptions = DEFAULT_BACKOFF,
    failureTimes: readonly number[] = [],
  ) {
    this.failures = [...failureTimes];
  }

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

  /** The failures still counted, oldest first, so they can be kept across a page reload. */
  get failureTimes(): readonly number[] {
    return this.failures;
  }

  get recentFailures(): number {
    return this.failures.length;
  }
}
