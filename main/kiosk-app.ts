import path from 'node:path';
import { app, Menu, powerSaveBlocker, session } from 'electron';
import type { LogEntry } from '../contract/kiosk-api';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { watchForCrashes } from './crash-recovery';
import { registerIpcHandlers } from './ipc-handlers';
import { registerFacilitatorIpc } from './facilitator-ipc';
import { createKioskWindow } from './kiosk-window';
import { CrashBackoff } from './policy/crash-backoff';
import { parseLaunchOptions } from './policy/launch-options';
import { LogFile } from './policy/log-file';
import { verifyPin } from './policy/pin-hash';
import { UsageStore } from './policy/usage-store';
import { VenueSettingsFile } from './policy/venue-settings-file';
import { PinGate } from '../domain/facilitator/pin-gate';
import { lockDownSession, lockDownWebContents } from './session-security';

/** Visitor data cleared at the end of each visit; the HTTP cache (audio, images) is not visitor data. */
const VISIT_STORAGES = ['cookies', 'filesystem', 'indexdb', 'localstorage', 'shadercache', 'serviceworkers', 'cachestorage'] as const;

/** Wires the kiosk together. `bundleDir` is the folder holding main/, preload/ and renderer/ bundles. */
export async function startKioskApp(bundleDir: string): Promise<void> {
  registerAppScheme();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const options = parseLaunchOptions(process.argv, process.env, app.getPath('userData'));
  const logPath = path.join(app.getPath('userData'), 'logs', 'kiosk.log');
  const logFile = new LogFile(logPath);
  const log = (entry: LogEntry) => logFile.write(entry);

  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, options.dev));
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  Menu.setApplicationMenu(null);
  lockDownSession(session.defaultSession);
  serveAppProtocol(path.join(bundleDir, 'renderer'), (message) => log({ level: 'error', scope: 'protocol', message }));

  const settingsLog = (level: 'info' | 'warn', message: string) => log({ level, scope: 'venue-config', message });
  const venueSettings = await VenueSettingsFile.open(options.configPath, settingsLog);
  const configReply = venueSettings.reply();
  for (const problem of configReply.problems) {
    log({ level: 'warn', scope: 'venue-config', message: `${options.configPath}: ${problem.field}: ${problem.message}` });
  }
  // The page is sent the settings and their problems only, never the PIN hash of the same file.
  registerIpcHandlers({
    venueConfig: () => venueSettings.reply(),
    log,
    endVisit: () => session.defaultSession.clearStorageData({ storages: [...VISIT_STORAGES] }),
  });

  const pin = venueSettings.pin;
  const usage = await UsageStore.open(path.join(app.getPath('userData'), 'usage-counts.json'), (message) => log({ level: 'warn', scope: 'usage', message }));
  app.on('before-quit', () => void usage.flush());
  registerFacilitatorIpc({
    gate: new PinGate({
      verify: pin ? (candidate) => verifyPin(candidate, pin) : null,
      now: () => Date.now(),
      log: (level, message) => log({ level, scope: 'facilitator', message }),
    }),
    settings: venueSettings,
    usage,
    logPath,
    log,
  });

  const win = createKioskWindow({
    dev: options.dev,
    kiosk: configReply.config.kiosk,
    preloadPath: path.join(bundleDir, 'preload', 'preload.cjs'),
  });
  watchForCrashes(win, new CrashBackoff(), (message) => log({ level: 'error', scope: 'recovery', message }));
  powerSaveBlocker.start('prevent-display-sleep');
  app.on('second-instance', () => {
    if (win.isDestroyed()) return;
    win.show();
    win.focus();
  });
}
