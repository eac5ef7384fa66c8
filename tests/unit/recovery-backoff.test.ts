import { describe, expect, it } from 'vitest';
import { CrashBackoff } from '../../contract/recovery-backoff';

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
    expect(backoff.recentFailures).toBe(0);
  });

  it('forgets failures older than the window', () => {
    const backoff = new CrashBackoff(options);
    for (let i = 0; i < 4; i++) backoff.recordFailure(i);
    expect(backoff.recordFailure(61_000)).toEqual({ kind: 'reload', delayMs: 1000 });
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
