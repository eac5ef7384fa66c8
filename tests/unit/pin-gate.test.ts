import { describe, expect, it } from 'vitest';
import { FREE_TRIES, lockoutSeconds, MAX_LOCKOUT_SECONDS, parsePinLockout, PinGate, SESSION_IDLE_MS, isPin, type PinLockout } from '../../domain/facilitator/pin-gate';

function gate(options: { pin?: string | null; delayMs?: number; lockout?: PinLockout } = {}) {
  let now = 1_000_000;
  const logs: string[] = [];
  const kept: PinLockout[] = [];
  const checks: string[] = [];
  const pin = options.pin === undefined ? '2468' : options.pin;
  const instance = new PinGate({
    verify:
      pin === null
        ? null
        : async (candidate) => {
            checks.push(candidate);
            if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
            return candidate === pin;
          },
    now: () => now,
    log: (level, message) => logs.push(`${level}: ${message}`),
    lockout: options.lockout,
    onLockoutChange: (lockout) => kept.push(lockout),
  });
  return { instance, logs, checks, kept, advance: (ms: number) => (now += ms) };
}

describe('PIN lockout across restarts', () => {
  it('hands every change of the lockout to be kept, and clears it after the right PIN', async () => {
    const { instance, kept } = gate();
    for (let i = 0; i < FREE_TRIES; i++) await instance.unlock('0000');
    expect(kept.map((state) => state.failures)).toEqual([1, 2, 3, 4, 5]);
    expect(kept.at(-1)).toEqual({ failures: 5, lockedUntil: 1_000_000 + 30_000 });
    const fresh = gate({ lockout: { failures: 5, lockedUntil: 0 } });
    expect(await fresh.instance.unlock('2468')).toEqual({ status: 'open' });
    expect(fresh.kept).toEqual([{ failures: 0, lockedUntil: 0 }]);
  });

  it('goes on from a kept lockout: still locked, and the next wrong PIN doubles it as if nothing restarted', async () => {
    const { instance, advance } = gate({ lockout: { failures: 7, lockedUntil: 1_000_000 + 120_000 } });
    expect(instance.lockedForSeconds()).toBe(120);
    expect(await instance.unlock('2468')).toEqual({ status: 'locked', retryInSeconds: 120 });
    advance(120_000);
    expect(await instance.unlock('0000')).toEqual({ status: 'locked', retryInSeconds: 240 });
  });

  it('never holds a kept lockout longer than 30 minutes from now (a clock set back)', () => {
    const { instance } = gate({ lockout: { failures: 20, lockedUntil: 1_000_000 + 365 * 24 * 3600_000 } });
    expect(instance.lockedForSeconds()).toBe(1800);
  });

  it('reads back only a well-formed lockout', () => {
    expect(parsePinLockout({ failures: 6, lockedUntil: 12345 })).toEqual({ failures: 6, lockedUntil: 12345 });
    for (const bad of [null, [], { failures: -1, lockedUntil: 0 }, { failures: 1.5, lockedUntil: 0 }, { failures: 2, lockedUntil: 'soon' }, { failures: 2 }]) {
      expect(parsePinLockout(bad)).toBeNull();
    }
  });
});

describe('PIN lockout', () => {
  it('allows 5 wrong PINs, then locks for 30 s, doubling with each further wrong PIN up to 30 minutes', () => {
    expect([1, 2, 3, 4].map(lockoutSeconds)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map(lockoutSeconds)).toEqual([30, 60, 120, 240]);
    expect(lockoutSeconds(40)).toBe(MAX_LOCKOUT_SECONDS);
    // The documented cap, in seconds: 30 minutes, reached at the 11th wrong PIN in a row.
    expect([10, 11, 12].map(lockoutSeconds)).toEqual([960, 1800, 1800]);
  });

  it('counts down the tries left, locks on the fifth wrong PIN and logs every wrong PIN', async () => {
    const { instance, logs } = gate();
    for (let i = 1; i < FREE_TRIES; i++) expect(await instance.unlock('0000')).toEqual({ status: 'wrong', triesLeft: FREE_TRIES - i });
    expect(await instance.unlock('0000')).toEqual({ status: 'locked', retryInSeconds: 30 });
    expect(instance.lockedForSeconds()).toBe(30);
    expect(logs.filter((line) => line.startsWith('warn: wrong PIN'))).toHaveLength(FREE_TRIES);
    expect(logs.at(-1)).toBe('warn: wrong PIN (5 in a row): locked for 30 s');
  });

  it('refuses even the right PIN while locked, without checking it', async () => {
    const { instance, checks, advance } = gate();
    for (let i = 0; i < FREE_TRIES; i++) await instance.unlock('1111');
    const checked = checks.length;
    advance(29_000);
    expect(await instance.unlock('2468')).toEqual({ status: 'locked', retryInSeconds: 1 });
    expect(checks).toHaveLength(checked);
    advance(1_000);
    expect(await instance.unlock('2468')).toEqual({ status: 'open' });
  });

  it('grows the delay with each wrong PIN after a lockout, and a right PIN resets it', async () => {
    const { instance, advance } = gate();
    for (let i = 0; i < FREE_TRIES; i++) await instance.unlock('1111');
    advance(30_000);
    expect(await instance.unlock('1111')).toEqual({ status: 'locked', retryInSeconds: 60 });
    advance(60_000);
    expect(await instance.unlock('1111')).toEqual({ status: 'locked', retryInSeconds: 120 });
    advance(120_000);
    expect(await instance.unlock('2468')).toEqual({ status: 'open' });
    expect(await instance.unlock('1111')).toEqual({ status: 'wrong', triesLeft: FREE_TRIES - 1 });
  });

  it('lets no attempt slip past the lockout by arriving while another is being checked', async () => {
    const { instance, checks } = gate({ delayMs: 5 });
    const results = await Promise.all(Array.from({ length: 20 }, () => instance.unlock('1111')));
    expect(checks).toHaveLength(FREE_TRIES);
    expect(results.filter((r) => r.status === 'locked')).toHaveLength(20 - FREE_TRIES + 1);
  });

  it('is off when no PIN is configured', async () => {
    const { instance, checks } = gate({ pin: null });
    expect(instance.available).toBe(false);
    expect(await instance.unlock('2468')).toEqual({ status: 'off' });
    expect(checks).toEqual([]);
  });
});

describe('facilitator session', () => {
  it('is open only after the right PIN, stays open while used, and closes after 10 minutes without a request', async () => {
    const { instance, advance, logs } = gate();
    expect(instance.touch()).toBe(false);
    await instance.unlock('2468');
    advance(SESSION_IDLE_MS - 1);
    expect(instance.touch()).toBe(true);
    advance(SESSION_IDLE_MS - 1);
    expect(instance.touch()).toBe(true);
    advance(SESSION_IDLE_MS + 1);
    expect(instance.touch()).toBe(false);
    expect(instance.touch()).toBe(false);
    expect(logs.at(-1)).toMatch(/closed after 10 minutes/);
  });

  it('closes when left', async () => {
    const { instance } = gate();
    await instance.unlock('2468');
    instance.close();
    expect(instance.touch()).toBe(false);
  });
});

describe('PIN format', () => {
  it('is 4 to 12 digits', () => {
    expect(['1234', '123456789012'].every(isPin)).toBe(true);
    expect(['123', '1234567890123', '12a4', ' 1234', 1234, null].some(isPin)).toBe(false);
  });
});
