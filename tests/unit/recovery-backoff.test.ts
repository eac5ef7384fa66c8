import { describe, expect, it } from 'vitest';
import { CrashBackoff, DEFAULT_BACKOFF } from '../../contract/recovery-backoff';

describe('crash back-off', () => {
  const options = { baseDelayMs: 1000, maxDelayMs: 5000, maxFailures: 5, windowMs: 60_000 };

  it('doubles the reload delay with each failure, up to the cap', () => {
    const backoff = new CrashBackoff(options);
    const delays = [0, 1, 2, 3].map((i) => backoff.recordFailure(i * 10));
    expect(delays).toEqual([
      { kind: 'reload', delayMs: 1000 },
      { kind: 'reload', delayMs: 2000 },
      { kind: 'reload', delayMs: 4000 },
      { kind: 'reload', delayMs: 5000 },
    ]);
  });

  it('relaunches the app once failures keep coming within the window', () => {
    const backoff = new CrashBackoff(options);
    for (let i = 0; i < 4; i++) expect(backoff.recordFailure(i).kind).toBe('reload');
    expect(backoff.recordFailure(5)).toEqual({ kind: 'relaunch' });
  });

  it('forgets failures older than the window', () => {
    const backoff = new CrashBackoff(options);
    for (let i = 0; i < 4; i++) backoff.recordFailure(i);
    expect(backoff.recordFailure(61_000)).toEqual({ kind: 'reload', delayMs: 1000 });
  });
});

describe('the default schedule', () => {
  it('keeps failures for 10 minutes: one 9 minutes old still lengthens the delay', () => {
    const backoff = new CrashBackoff(DEFAULT_BACKOFF, [0]);
    expect(backoff.recordFailure(9 * 60_000)).toEqual({ kind: 'reload', delayMs: 2000 });
    expect(new CrashBackoff(DEFAULT_BACKOFF, [0]).recordFailure(10 * 60_000)).toEqual({ kind: 'reload', delayMs: 1000 });
  });

  it('settles a lasting fault to one reload every 30 s after one app restart, however long it lasts', () => {
    let times: readonly number[] = [];
    let now = 0;
    const steps: string[] = [];
    for (let failure = 0; failure < 40; failure++) {
      // A new back-off each time, from the kept history: the app restarted, or the page reloaded.
      const backoff = new CrashBackoff(DEFAULT_BACKOFF, times);
      const action = backoff.recordFailure(now);
      times = backoff.failureTimes;
      steps.push(action.kind === 'reload' ? `${action.delayMs / 1000}s` : 'restart');
      now += (action.kind === 'reload' ? action.delayMs : 3000) + 2000;
    }
    expect(steps.slice(0, 8)).toEqual(['1s', '2s', '4s', '8s', 'restart', '16s', '30s', '30s']);
    expect(steps.slice(8)).toEqual(Array(32).fill('30s'));
  });

  it('forgets failure times from the future (a clock set back), so they cannot hold the kiosk at the slow pace', () => {
    const backoff = new CrashBackoff(DEFAULT_BACKOFF, [50_000, 60_000, 70_000]);
    expect(backoff.recordFailure(1000)).toEqual({ kind: 'reload', delayMs: 1000 });
  });
});

describe('crash back-off across page loads', () => {
  const options = { baseDelayMs: 1000, maxDelayMs: 30_000, maxFailures: 5, windowMs: 60_000 };

  it('goes on from the failures a previous page load recorded', () => {
    const first = new CrashBackoff(options);
    first.recordFailure(0);
    first.recordFailure(1000);
    const next = new CrashBackoff(options, first.failureTimes);
    expect(next.recordFailure(5000)).toEqual({ kind: 'reload', delayMs: 4000 });
    expect(next.failureTimes).toEqual([0, 1000, 5000]);
  });
});
