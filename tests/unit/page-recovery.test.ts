import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CrashBackoff } from '../../contract/recovery-backoff';
import { watchPage, type PageWatch } from '../../main/crash-recovery';
import { PageRecovery } from '../../main/policy/page-recovery';
import { BrowserWindowMock, WebContentsMock } from '../mocks/electron';

vi.mock('electron', () => import('../mocks/electron'));

const options = { baseDelayMs: 1000, maxDelayMs: 30_000, maxFailures: 5, windowMs: 600_000 };

describe('page recovery schedule', () => {
  it('counts a failure reported while a reload is waiting as the same failure', () => {
    const recovery = new PageRecovery(new CrashBackoff(options));
    expect(recovery.failed(0)).toEqual({ kind: 'reload', delayMs: 1000 });
    expect(recovery.failed(10)).toEqual({ kind: 'already-scheduled' });
    recovery.reloaded();
    expect(recovery.failed(2000)).toEqual({ kind: 'reload', delayMs: 2000 });
  });

  it('asks for a restart of the app once failures keep coming', () => {
    const recovery = new PageRecovery(new CrashBackoff(options));
    for (let i = 0; i < 4; i++) {
      expect(recovery.failed(i * 1000).kind).toBe('reload');
      recovery.reloaded();
    }
    expect(recovery.failed(5000)).toEqual({ kind: 'relaunch' });
  });
});

describe('watching the kiosk page', () => {
  let win: BrowserWindowMock;
  let restartApp: ReturnType<typeof vi.fn<(reason: string) => void>>;
  let log: string[];
  let recover: (reason: string) => void;
  let watch: PageWatch;
  let saved: (readonly number[])[];

  beforeEach(() => {
    vi.useFakeTimers();
    win = new BrowserWindowMock({});
    restartApp = vi.fn<(reason: string) => void>();
    log = [];
    saved = [];
    watch = watchPage(win as never, {
      recovery: new PageRecovery(new CrashBackoff(options)),
      log: (message) => log.push(message),
      restartApp,
      saveHistory: async (times) => {
        saved.push([...times]);
      },
    });
    recover = watch.recover;
    // The page of the window drew its first screen; boot tests below start a new load themselves.
    watch.booted(win.webContents as never);
  });
  afterEach(() => vi.useRealTimers());

  const crash = (reason = 'crashed') => win.webContents.emit('render-process-gone', {}, { reason });

  it('brings the entry page back after a crash, with a growing delay', () => {
    crash();
    vi.advanceTimersByTime(999);
    expect(win.webContents.loadURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(win.webContents.loadURL).toHaveBeenCalledWith('app://kiosk/index.html');
    crash('oom');
    vi.advanceTimersByTime(1999);
    expect(win.webContents.loadURL).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(win.webContents.loadURL).toHaveBeenCalledTimes(2);
    expect(log).toEqual(['renderer gone (crashed); reloading in 1000 ms', 'renderer gone (oom); reloading in 2000 ms']);
  });

  it('recovers from a renderer killed from outside (the OOM killer, a task manager)', () => {
    crash('killed');
    vi.runAllTimers();
    expect(win.webContents.loadURL).toHaveBeenCalledWith('app://kiosk/index.html');
    expect(log).toEqual(['renderer gone (killed); reloading in 1000 ms']);
  });

  it('ignores a clean exit', () => {
    crash('clean-exit');
    vi.runAllTimers();
    expect(win.webContents.loadURL).not.toHaveBeenCalled();
  });

  it('restarts the app after repeated failures, once their history is saved for the next start', async () => {
    for (let i = 0; i < 4; i++) {
      crash();
      vi.runAllTimers();
    }
    expect(restartApp).not.toHaveBeenCalled();
    expect(saved.map((times) => times.length)).toEqual([1, 2, 3, 4]);
    crash();
    expect(saved.at(-1)).toHaveLength(5);
    await vi.waitFor(() => expect(restartApp).toHaveBeenCalledWith('renderer gone (crashed); too many failures'));
  });

  it('treats the page reporting a failure like a crash, and a second report while waiting as the same one', () => {
    recover('the page reported render-error');
    recover('the page reported uncaught-error');
    vi.runAllTimers();
    expect(win.webContents.loadURL).toHaveBeenCalledTimes(1);
    expect(log[1]).toMatch(/already scheduled/);
  });

  it('recovers from a main-frame load failure but not from an aborted load or a subframe', () => {
    win.webContents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'app://kiosk/index.html', true);
    win.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://kiosk/frame.html', false);
    vi.runAllTimers();
    expect(win.webContents.loadURL).not.toHaveBeenCalled();
    win.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://kiosk/index.html', true);
    vi.runAllTimers();
    expect(win.webContents.loadURL).toHaveBeenCalledTimes(1);
  });

  it('restarts a hung renderer by crashing it', () => {
    win.emit('unresponsive');
    expect(win.webContents.forcefullyCrashRenderer).toHaveBeenCalled();
  });

  it('counts a page that never says it drew its first screen as a failure, 20 s after it started loading', () => {
    win.webContents.emit('did-start-loading');
    vi.advanceTimersByTime(19_999);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['the page did not draw its first screen within 20 s; reloading in 1000 ms']);
    vi.advanceTimersByTime(1000);
    expect(win.webContents.loadURL).toHaveBeenCalledTimes(1);
    // The reload starts a new load, watched again: still broken, the next delay.
    win.webContents.emit('did-start-loading');
    vi.advanceTimersByTime(20_000);
    expect(log.at(-1)).toBe('the page did not draw its first screen within 20 s; reloading in 2000 ms');
  });

  it('stops watching the boot once the page says it drew its first screen, and only the window\'s own page may say so', () => {
    win.webContents.emit('did-start-loading');
    watch.booted(new WebContentsMock() as never);
    vi.advanceTimersByTime(10_000);
    watch.booted(win.webContents as never);
    vi.advanceTimersByTime(60_000);
    expect(log).toEqual([]);
    expect(win.webContents.loadURL).not.toHaveBeenCalled();
  });

  it('counts a crash during the boot once, not again when the boot time runs out', () => {
    win.webContents.emit('did-start-loading');
    crash();
    vi.advanceTimersByTime(25_000);
    expect(log).toEqual(['renderer gone (crashed); reloading in 1000 ms']);
  });

  it('never reloads a window that is gone', () => {
    crash();
    win.isDestroyed.mockReturnValue(true);
    vi.runAllTimers();
    expect(win.webContents.loadURL).not.toHaveBeenCalled();
  });
});
