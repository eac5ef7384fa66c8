import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CrashBackoff } from '../../contract/recovery-backoff';
import { watchPage } from '../../main/crash-recovery';
import { PageRecovery } from '../../main/policy/page-recovery';
import { BrowserWindowMock } from '../mocks/electron';

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

  beforeEach(() => {
    vi.useFakeTimers();
    win = new BrowserWindowMock({});
    restartApp = vi.fn<(reason: string) => void>();
    log = [];
    recover = watchPage(win as never, new PageRecovery(new CrashBackoff(options)), (message) => log.push(message), restartApp);
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

  it('ignores a clean exit', () => {
    crash('clean-exit');
    vi.runAllTimers();
    expect(win.webContents.loadURL).not.toHaveBeenCalled();
  });

  it('restarts the app after repeated failures', () => {
    for (let i = 0; i < 4; i++) {
      crash();
      vi.runAllTimers();
    }
    expect(restartApp).not.toHaveBeenCalled();
    crash();
    expect(restartApp).toHaveBeenCalledWith('renderer gone (crashed); too many failures');
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

  it('never reloads a window that is gone', () => {
    crash();
    win.isDestroyed.mockReturnValue(true);
    vi.runAllTimers();
    expect(win.webContents.loadURL).not.toHaveBeenCalled();
  });
});
