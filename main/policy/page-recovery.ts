import { CrashBackoff, type RecoveryAction } from '../../contract/recovery-backoff';

export type RecoveryStep = RecoveryAction | { kind: 'already-scheduled' };

/**
 * One schedule for every way the page can fail: the renderer crashed, hung, failed to load, never booted, or
 * the page reported a fatal error. Reports that arrive while a reload is already waiting are the same failure
 * (an error boundary and a global handler often both report one error) and are not counted again.
 */
export class PageRecovery {
  private reloadPending = false;

  constructor(private readonly backoff = new CrashBackoff()) {}

  failed(now: number): RecoveryStep {
    if (this.reloadPending) return { kind: 'already-scheduled' };
    const action = this.backoff.recordFailure(now);
    if (action.kind === 'reload') this.reloadPending = true;
    return action;
  }

  /** The scheduled reload has been done: the next failure is a new one. */
  reloaded(): void {
    this.reloadPending = false;
  }

  /** The failures still counted, to be kept across a restart of the app. */
  get failureTimes(): readonly number[] {
    return this.backoff.failureTimes;
  }
}
