import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserKioskApi } from '../../renderer/src/platform/browser-kiosk-api';

/** A tab's sessionStorage and localStorage, and its location, in Node. */
function stubBrowser() {
  const storage = () => {
    const items = new Map<string, string>();
    return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), clear: () => items.clear() };
  };
  const reload = vi.fn();
  vi.stubGlobal('sessionStorage', storage());
  vi.stubGlobal('localStorage', storage());
  vi.stubGlobal('window', { location: { reload } });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return reload;
}

describe('page reload after a fatal error (browser)', () => {
  let reload: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-01-01T08:00:00Z') });
    reload = stubBrowser();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  const delayOfNextFailure = () => {
    reload.mockClear();
    createBrowserKioskApi('').reportFatalPageError('render-error: boom');
    let waited = 0;
    while (reload.mock.calls.length === 0 && waited < 120_000) {
      vi.advanceTimersByTime(100);
      waited += 100;
    }
    return waited;
  };

  it('waits 1 s, 2 s, 4 s… capped at 30 s, as the crash recovery does', () => {
    const delays = Array.from({ length: 7 }, delayOfNextFailure);
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
  });

  it('forgets failures older than 10 minutes', () => {
    delayOfNextFailure();
    delayOfNextFailure();
    vi.advanceTimersByTime(11 * 60_000);
    expect(delayOfNextFailure()).toBe(1000);
  });

  it("keeps the failures when a visit ends: they are the kiosk's, not the visitor's", async () => {
    delayOfNextFailure();
    await createBrowserKioskApi('').endVisit();
    expect(delayOfNextFailure()).toBe(2000);
  });
});
