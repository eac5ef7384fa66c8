import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE_FAILURES_KEY } from '../../contract/recovery-backoff';
import { createBrowserKioskApi, type RecoveryHost } from '../../renderer/src/platform/browser-kiosk-api';

/** A tab as the browser implementation sees it: its sessionStorage outlives reloads, its timers do not. */
function fakeTab() {
  const stored = new Map<string, string>();
  let clock = 1_000_000;
  const timers: { callback: () => void; delayMs: number }[] = [];
  const reloads = vi.fn();
  const host: RecoveryHost = {
    storage: { getItem: (key) => stored.get(key) ?? null, setItem: (key, value) => void stored.set(key, value) },
    reload: reloads,
    setTimeout: (callback, delayMs) => timers.push({ callback, delayMs }),
    now: () => clock,
  };
  return {
    stored,
    reloads,
    timers,
    advance: (ms: number) => (clock += ms),
    /** A fresh page load of the same tab: a new API object, the same storage. */
    load: () => createBrowserKioskApi('', host).api,
  };
}

describe('browser implementation: a fatal page error', () => {
  beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterEach(() => vi.restoreAllMocks());

  it('logs it and reloads the page after 1 s, 2 s, 4 s… across reloads, capped at 30 s', () => {
    const tab = fakeTab();
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      tab.load().reportPageFailure({ kind: 'render-error', message: `failure ${i}` });
      const timer = tab.timers.shift()!;
      delays.push(timer.delayMs);
      tab.advance(timer.delayMs);
      timer.callback();
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000]);
    expect(tab.reloads).toHaveBeenCalledTimes(4);
    expect(console.warn).toHaveBeenCalledWith('[page] error: render-error: failure 0');
    expect(console.warn).toHaveBeenCalledWith('[recovery] error: the page reported render-error: failure 0; reloading in 1000 ms');
    // The fifth failure within ten minutes: a browser cannot restart the app, so it waits the longest delay; the
    // history goes on, so a lasting fault stays at the slow pace.
    tab.load().reportPageFailure({ kind: 'uncaught-error', message: 'again' });
    const restart = tab.timers.shift()!;
    expect(restart.delayMs).toBe(30_000);
    tab.advance(restart.delayMs);
    restart.callback();
    expect(JSON.parse(tab.stored.get(PAGE_FAILURES_KEY)!)).toHaveLength(5);
    tab.load().reportPageFailure({ kind: 'uncaught-error', message: 'still' });
    expect(tab.timers.shift()!.delayMs).toBe(16_000);
  });

  it('schedules one reload for several reports of the same failure', () => {
    const tab = fakeTab();
    const api = tab.load();
    api.reportPageFailure({ kind: 'render-error', message: 'boundary' });
    api.reportPageFailure({ kind: 'uncaught-error', message: 'window error' });
    expect(tab.timers).toHaveLength(1);
    expect(console.warn).toHaveBeenLastCalledWith('[recovery] error: the page reported uncaught-error: window error; a reload is already scheduled');
    expect(JSON.parse(tab.stored.get(PAGE_FAILURES_KEY)!)).toHaveLength(1);
  });

  it('forgets failures older than ten minutes and survives a corrupt history', () => {
    const tab = fakeTab();
    tab.stored.set(PAGE_FAILURES_KEY, JSON.stringify([1, 2, 3]));
    tab.load().reportPageFailure({ kind: 'content-unavailable', message: 'no content' });
    expect(tab.timers.shift()!.delayMs).toBe(1000);
    tab.stored.set(PAGE_FAILURES_KEY, '{not json');
    tab.load().reportPageFailure({ kind: 'content-unavailable', message: 'no content' });
    expect(tab.timers.shift()!.delayMs).toBe(1000);
  });
});
