import type { BrowserWindow, WebContents } from 'electron';
import { BOOT_TIMEOUT_MS } from '../contract/recovery-backoff';
import { APP_ENTRY_URL } from './policy/app-origin';
import type { PageRecovery } from './policy/page-recovery';

/** Chromium's net::ERR_ABORTED: a load replaced by another one, not a failure. */
const ERR_ABORTED = -3;

export interface PageWatchDependencies {
  recovery: PageRecovery;
  log: (message: string) => void;
  restartApp: (reason: string) => void;
  /** Keeps the failure history for the next start of the app; resolves once it is written (or failed, logged). */
  saveHistory: (failureTimes: readonly number[]) => Promise<void>;
  bootTimeoutMs?: number;
}

export interface PageWatch {
  /** Recovers from a failure the page itself reports. */
  recover(reason: string): void;
  /** The page that `sender` holds drew its first screen; from any other sender, nothing. */
  booted(sender: WebContents): void;
}

/**
 * Keeps an unattended kiosk's page alive: a crashed renderer, a page that failed to load or never booted (its
 * script missing or broken: it never says it drew its first screen), or a fatal error the page reports brings
 * the entry page back after a growing delay; a hung renderer is crashed on purpose so the same path applies;
 * repeated failures restart the whole app, and the history outlives that restart.
 */
export function watchPage(win: BrowserWindow, deps: PageWatchDependencies): PageWatch {
  const { recovery, log } = deps;
  const bootTimeoutMs = deps.bootTimeoutMs ?? BOOT_TIMEOUT_MS;
  let bootTimer: ReturnType<typeof setTimeout> | null = null;

  const stopBootTimer = () => {
    if (bootTimer !== null) clearTimeout(bootTimer);
    bootTimer = null;
  };
  const startBootTimer = () => {
    stopBootTimer();
    bootTimer = setTimeout(() => {
      bootTimer = null;
      recover(`the page did not draw its first screen within ${bootTimeoutMs / 1000} s`);
    }, bootTimeoutMs);
  };

  const recover = (reason: string) => {
    stopBootTimer();
    const step = recovery.failed(Date.now());
    if (step.kind === 'already-scheduled') {
      log(`${reason}; a reload is already scheduled`);
      return;
    }
    const saved = deps.saveHistory(recovery.failureTimes);
    if (step.kind === 'relaunch') {
      // Only once the history is on disk: the next start goes on from it, to the longer delays.
      void saved.finally(() => deps.restartApp(`${reason}; too many failures`));
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

  win.webContents.on('did-start-loading', startBootTimer);
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
  win.on('closed', stopBootTimer);
  // The window started loading its page before this watch began.
  startBootTimer();

  return {
    recover,
    booted: (sender) => {
      if (!win.isDestroyed() && sender === win.webContents) stopBootTimer();
    },
  };
}
