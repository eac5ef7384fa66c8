import type { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './policy/app-origin';
import type { PageRecovery } from './policy/page-recovery';

/** Chromium's net::ERR_ABORTED: a load replaced by another one, not a failure. */
const ERR_ABORTED = -3;

/**
 * Keeps an unattended kiosk's page alive: a crashed renderer, a page that failed to load, or a fatal error
 * the page reports brings the entry page back after a growing delay; a hung renderer is crashed on purpose
 * so the same path applies; repeated failures restart the whole app. Returns the function that recovers
 * from a failure, for the failures the page itself reports.
 */
export function watchPage(win: BrowserWindow, recovery: PageRecovery, log: (message: string) => void, restartApp: (reason: string) => void): (reason: string) => void {
  const recover = (reason: string) => {
    const step = recovery.failed(Date.now());
    if (step.kind === 'already-scheduled') {
      log(`${reason}; a reload is already scheduled`);
      return;
    }
    if (step.kind === 'relaunch') {
      restartApp(`${reason}; too many failures`);
      return;
    }
    log(`${reason}; reloading in ${step.delayMs} ms`);
    setTimeout(() => {
      recovery.reloaded();
      if (win.isDestroyed()) return;
      // The entry page, not reload(): after a failed load the current URL may be an error page.
      win.webContents.loadURL(APP_ENTRY_URL).catch((error: Error) => log(`reload failed: ${error.message}`));
    }, step.delayMs);
  };

  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    recover(`renderer gone (${details.reason})`);
  });
  win.webContents.on('did-fail-load', (_event, errorCode, errorDescription, validatedURL, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED) return;
    recover(`page failed to load ${validatedURL} (${errorCode} ${errorDescription})`);
  });
  win.on('unresponsive', () => {
    log('renderer unresponsive; restarting it');
    win.webContents.forcefullyCrashRenderer();
  });
  return recover;
}
