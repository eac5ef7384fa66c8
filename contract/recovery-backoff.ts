/**
 * What the host does after the page failed (renderer crash or hang, a page that never booted, or a fatal page
 * error the page reports): reload after a delay that doubles with each failure, and at the `maxFailures`-th
 * failure within the window restart the whole app, once. The history outlives that restart (the host keeps the
 * failure times: main in a file, the browser in sessionStorage), so a lasting fault goes on past it to the
 * longest delays, 1, 2, 4, 8 s, restart, 16, 30, 30 s…, instead of restarting the app every 15 s for ever.
 * Pure: both hosts of the contract use it.
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

/** A page that has not drawn its first screen this long after it started loading never will: it is a failure. */
export const BOOT_TIMEOUT_MS = 20_000;

/** Performance mark: the app has drawn its own first screen (over the build's shell, contract/first-screen-shell.ts). */
export const APP_DRAWN_MARK = 'app-drawn';

/**
 * Marks on the page's root that the boot watchdog script reads: the first screen is drawn, or the page's own
 * recovery has taken over (it shows "out of order" and asked for a reload). The watchdog marks its own state
 * ("armed", then "fired" if the page never booted), for devtools and tests.
 */
export const BOOT_MARKS = { booted: 'data-booted', pageFailed: 'data-page-failed', watchdog: 'data-boot-watchdog' } as const;

/** Where the browser keeps the failure times across its own reloads (a tab's sessionStorage outlives a reload). */
export const PAGE_FAILURES_KEY = 'kelvoa.pageFailures';

/** The most failure times kept: far more than a window holds at the slowest pace. */
const MAX_FAILURE_TIMES = 100;

/** Failure times as kept by a host (a file, sessionStorage); null when the value is not a list of times. */
export function parseFailureTimes(value: unknown): number[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter((time): time is number => typeof time === 'number' && Number.isFinite(time)).slice(-MAX_FAILURE_TIMES);
}

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
    this.failures = this.failures.filter((t) => now - t < this.options.windowMs && t <= now);
    this.failures.push(now);
    const count = this.failures.length;
    if (count === this.options.maxFailures) return { kind: 'relaunch' };
    // The restart took one step of the ladder: the failure after it waits the next delay, not a longer one.
    const step = count > this.options.maxFailures ? count - 1 : count;
    const delayMs = Math.min(this.options.baseDelayMs * 2 ** Math.min(step - 1, 30), this.options.maxDelayMs);
    return { kind: 'reload', delayMs };
  }

  /** The failures still counted, oldest first, so they can be kept across a page reload. */
  get failureTimes(): readonly number[] {
    return this.failures;
  }
}
