/**
 * The facilitator mode's lock: PIN attempts with a lockout that grows after 5 wrong tries, and the session a
 * right PIN opens. Pure (time and the PIN check are given), so the Electron main process and the browser
 * preview apply exactly the same rules.
 */

/** Wrong PINs allowed before the first lockout. */
export const FREE_TRIES = 5;
/** The first lockout; each further wrong PIN doubles it, up to the cap. */
export const FIRST_LOCKOUT_SECONDS = 30;
export const MAX_LOCKOUT_SECONDS = 30 * 60;
/** A facilitator session ends after this long without a request (the page leaves after 10 minutes without a touch). */
export const SESSION_IDLE_MS = 10 * 60 * 1000;

/** What a PIN attempt gives. */
export type UnlockResult =
  | { status: 'open' }
  | { status: 'wrong'; triesLeft: number }
  | { status: 'locked'; retryInSeconds: number }
  | { status: 'off' };

/** Seconds a lockout lasts after the given number of consecutive wrong PINs (0: none). */
export function lockoutSeconds(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(MAX_LOCKOUT_SECONDS, FIRST_LOCKOUT_SECONDS * 2 ** (failures - FREE_TRIES));
}

/** What must outlive a restart, or each power cycle would give a guesser 5 more free tries. */
export interface PinLockout {
  /** Wrong PINs in a row. */
  failures: number;
  /** Epoch milliseconds before which no PIN is tried (0: none). */
  lockedUntil: number;
}

export const NO_LOCKOUT: PinLockout = { failures: 0, lockedUntil: 0 };

/** A kept lockout, or null when the value is not one. */
export function parsePinLockout(value: unknown): PinLockout | null {
  if (typeof value !== 'object' || value === null) return null;
  const { failures, lockedUntil } = value as Record<string, unknown>;
  if (typeof failures !== 'number' || !Number.isInteger(failures) || failures < 0 || failures > 1000) return null;
  if (typeof lockedUntil !== 'number' || !Number.isFinite(lockedUntil) || lockedUntil < 0) return null;
  return { failures, lockedUntil };
}

export interface PinGateOptions {
  /** Checks a PIN against the stored hash; null when no PIN is configured (the mode is off). */
  verify: ((pin: string) => Promise<boolean>) | null;
  now: () => number;
  log: (level: 'info' | 'warn', message: string) => void;
  /** The lockout kept from before a restart. */
  lockout?: PinLockout;
  /** Called with the new lockout state after each attempt that changes it, to be kept. */
  onLockoutChange?: (lockout: PinLockout) => void;
}

export class PinGate {
  private failures: number;
  private lockedUntil: number;
  private lastActivity: number | null = null;
  /** Attempts run one after another: parallel attempts must not slip past the lockout while a hash is computed. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: PinGateOptions) {
    const kept = options.lockout ?? NO_LOCKOUT;
    this.failures = kept.failures;
    // Never longer than the longest lockout from now: a clock set back must not lock the mode for years.
    this.lockedUntil = Math.min(kept.lockedUntil, options.now() + MAX_LOCKOUT_SECONDS * 1000);
  }

  get available(): boolean {
    return this.options.verify !== null;
  }

  /** Seconds left before another PIN may be tried (0 when it may be tried now). */
  lockedForSeconds(): number {
    return Math.max(0, Math.ceil((this.lockedUntil - this.options.now()) / 1000));
  }

  unlock(pin: string): Promise<UnlockResult> {
    const attempt = this.queue.then(() => this.attempt(pin));
    this.queue = attempt.catch(() => undefined);
    return attempt;
  }

  /** True while a session is open; each privileged request keeps it open. */
  touch(): boolean {
    const now = this.options.now();
    if (this.lastActivity === null) return false;
    if (now - this.lastActivity > SESSION_IDLE_MS) {
      this.lastActivity = null;
      this.options.log('info', 'facilitator mode closed after 10 minutes without a request');
      return false;
    }
    this.lastActivity = now;
    return true;
  }

  close(): void {
    if (this.lastActivity === null) return;
    this.lastActivity = null;
    this.options.log('info', 'facilitator mode left');
  }

  private async attempt(pin: string): Promise<UnlockResult> {
    const verify = this.options.verify;
    if (!verify) return { status: 'off' };
    const waiting = this.lockedForSeconds();
    if (waiting > 0) {
      this.options.log('warn', `PIN attempt refused: locked for ${waiting} s more`);
      return { status: 'locked', retryInSeconds: waiting };
    }
    if (await verify(pin)) {
      if (this.failures > 0) this.keepLockout(0, 0);
      this.lastActivity = this.options.now();
      this.options.log('info', 'facilitator mode opened');
      return { status: 'open' };
    }
    const failures = this.failures + 1;
    const lockout = lockoutSeconds(failures);
    this.keepLockout(failures, lockout > 0 ? this.options.now() + lockout * 1000 : this.lockedUntil);
    if (lockout > 0) {
      this.options.log('warn', `wrong PIN (${failures} in a row): locked for ${lockout} s`);
      return { status: 'locked', retryInSeconds: lockout };
    }
    this.options.log('warn', `wrong PIN (${failures} in a row)`);
    return { status: 'wrong', triesLeft: FREE_TRIES - failures };
  }

  private keepLockout(failures: number, lockedUntil: number): void {
    this.failures = failures;
    this.lockedUntil = lockedUntil;
    this.options.onLockoutChange?.({ failures, lockedUntil });
  }
}

/** A PIN as typed on the pad: 4 to 12 digits. */
export const PIN_PATTERN = /^[0-9]{4,12}$/;

export function isPin(value: unknown): value is string {
  return typeof value === 'string' && PIN_PATTERN.test(value);
}
