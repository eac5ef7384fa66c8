import { app, type BrowserWindow } from 'electron';
import type { CrashBackoff } from './policy/crash-backoff';

/**
 * Keeps an unattended kiosk alive: a crashed renderer is reloaded after a growing delay; a hung one is
 * crashed on purpose so the same path applies; repeated failures relaunch the whole app.
 */
export function watchForCrashes(win: BrowserWindow, backoff: CrashBackoff, log: (message: string) => void): void {
  let pendingReload: ReturnType<typeof setTimeout> | undefined;

  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    const action = backoff.recordFailure(Date.now());
    if (action.kind === 'relaunch') {
      log(`renderer gone (${details.reason}); too many failures, relaunching the app`);
      app.relaunch();
      app.exit(0);
      return;
    }
    log(`renderer gone (${details.reason}); reloading in ${action.delayMs} ms`);
    clearTimeout(pendingReload);
    pendingReload = setTimeout(() => {
      if (!win.isDestroyed()) win.webContents.reload();
    }, action.delayMs);
  });

  win.on('unresponsive', () => {
    log('renderer unresponsive; restarting it');
    win.webContents.forcefullyCrashRenderer();
  });
}
