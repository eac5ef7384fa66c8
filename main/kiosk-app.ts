import path from 'node:path';
import { app, Menu, powerSaveBlocker, session } from 'electron';
import type { LogEntry } from '../contract/kiosk-api';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { watchPage, type PageWatch } from './crash-recovery';
import { restartOnFatalErrors, type FatalErrorSource } from './fatal-errors';
import { registerIpcHandlers } from './ipc-handlers';
import { registerFacilitatorIpc } from './facilitator-ipc';
import { createKioskWindow } from './kiosk-window';
import { rendererRoots } from './policy/asar-paths';
import { contentSecurityPolicy, readInlineCodeHashes } from './policy/content-security-policy';
import { afterAllWindowsClosed, mayCloseWindow, restartMethod } from './policy/kiosk-lifecycle';
import { parseLaunchOptions } from './policy/launch-options';
import { JsonStateFile } from './policy/json-state-file';
import { LogFile } from './policy/log-file';
import { MicrophoneGate } from './policy/microphone-gate';
import { RecordedVoiceStore } from './policy/recorded-voice-store';
import { PageRecovery } from './policy/page-recovery';
import { verifyPin } from './policy/pin-hash';
import { UsageStore } from './policy/usage-store';
import { VenueSettingsFile } from './policy/venue-settings-file';
import { NO_LOCKOUT, parsePinLockout, PinGate } from '../domain/facilitator/pin-gate';
import { CrashBackoff, DEFAULT_BACKOFF, parseFailureTimes } from '../contract/recovery-backoff';
import { programmeItemIds } from '../domain/usage/usage-counts';
import programme from '../assets/content/programme.json';
import { lockDownSession, lockDownWebContents } from './session-security';

/** Visitor data cleared at the end of each visit; the HTTP cache (audio, images) is not visitor data. */
const VISIT_STORAGES = ['cookies', 'filesystem', 'indexdb', 'localstorage', 'shadercache', 'serviceworkers', 'cachestorage'] as const;

/**
 * Wires the kiosk together. `bundleDir` is the folder holding main/, preload/ and renderer/ bundles;
 * `fatalErrors` is where errors nobody caught are reported (the process).
 */
export async function startKioskApp(bundleDir: string, fatalErrors: FatalErrorSource = process): Promise<void> {
  registerAppScheme();
  // Every renderer sandboxed, whatever a window's own options say.
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const options = parseLaunchOptions(process.argv, process.env, app.getPath('userData'), app.isPackaged);
  const logPath = path.join(app.getPath('userData'), 'logs', 'kiosk.log');
  const logFile = new LogFile(logPath);
  const log = (entry: LogEntry) => logFile.write(entry);
  const restartApp = (reason: string) => {
    const method = restartMethod(options);
    log({ level: 'error', scope: 'recovery', message: `${reason}: ${method === 'relaunch' ? 'relaunching the app' : 'exiting to be started again'}` });
    if (method === 'relaunch') app.relaunch();
    app.exit(1);
  };
  restartOnFatalErrors(fatalErrors, (message) => log({ level: 'error', scope: 'main', message }), restartApp);
  if (options.devFlagIgnored) log({ level: 'warn', scope: 'main', message: 'development flag ignored: this is a packaged build' });

  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, options.dev));
  app.on('window-all-closed', () => {
    if (afterAllWindowsClosed(options) === 'quit') app.quit();
    else restartApp('every window was closed');
  });

  await app.whenReady();
  Menu.setApplicationMenu(null);
  const microphone = new MicrophoneGate();
  lockDownSession(session.defaultSession, microphone);
  const protocolLog = (message: string) => log({ level: 'error', scope: 'protocol', message });
  const inlineCode = readInlineCodeHashes(path.join(bundleDir, 'renderer'), protocolLog);
  serveAppProtocol(rendererRoots(bundleDir), contentSecurityPolicy(inlineCode), protocolLog);

  const settingsLog = (level: LogEntry['level'], message: string) => log({ level, scope: 'venue-config', message });
  const venueSettings = await VenueSettingsFile.open(options.configPath, settingsLog);
  const configReply = venueSettings.reply();
  // Logged here, once; the page receives the same problems only to adapt, not to log them again, and never
  // the PIN hash of the same file.
  for (const problem of configReply.problems) {
    log({ level: 'warn', scope: 'venue-config', message: `${options.configPath}: ${problem.field}: ${problem.message}` });
  }

  const recoveryLog = (message: string) => log({ level: 'error', scope: 'recovery', message });
  const userData = app.getPath('userData');
  const failureHistory = await JsonStateFile.open(path.join(userData, 'page-failures.json'), parseFailureTimes, [], recoveryLog);
  const lockout = await JsonStateFile.open(path.join(path.dirname(options.configPath), 'facilitator-lockout.json'), parsePinLockout, NO_LOCKOUT, (message) =>
    log({ level: 'warn', scope: 'facilitator', message }),
  );
  const usage = await UsageStore.open(path.join(userData, 'usage-counts.json'), (message) => log({ level: 'warn', scope: 'usage', message }));
  const voices = await RecordedVoiceStore.open(path.join(userData, 'recorded-voices'), (level, message) => log({ level, scope: 'voices', message }));
  // The quit waits for the counts still in memory: a quit that did not would lose the last visits.
  let countsWritten = false;
  app.on('before-quit', (event) => {
    if (countsWritten) return;
    event.preventDefault();
    void usage.flush().finally(() => {
      countsWritten = true;
      app.quit();
    });
  });

  // Every channel answers before the page can call it: the window is made only after.
  let watch: PageWatch | null = null;
  registerIpcHandlers({
    venueConfig: () => venueSettings.reply(),
    log,
    endVisit: () => session.defaultSession.clearStorageData({ storages: [...VISIT_STORAGES] }),
    pageFailed: (failure) => {
      log({ level: 'error', scope: 'page', message: `${failure.kind}: ${failure.message}` });
      watch?.recover(`the page reported ${failure.kind}`);
    },
    pageBooted: (sender) => watch?.booted(sender),
  });
  const pin = venueSettings.pin;
  registerFacilitatorIpc({
    gate: new PinGate({
      verify: pin ? (candidate) => verifyPin(candidate, pin) : null,
      now: () => Date.now(),
      log: (level, message) => log({ level, scope: 'facilitator', message }),
      lockout: lockout.initial,
      onLockoutChange: (state) => void lockout.save(state),
    }),
    settings: venueSettings,
    usage,
    voices,
    microphone,
    itemIds: programmeItemIds(programme),
    logPath,
    log,
    restart: restartApp,
    supervised: options.supervised,
  });

  const win = createKioskWindow(
    { dev: options.dev, kiosk: configReply.config.kiosk, preloadPath: path.join(bundleDir, 'preload', 'preload.cjs') },
    { mayClose: () => mayCloseWindow(options, quitting), log: (message) => log({ level: 'warn', scope: 'window', message }) },
  );
  watch = watchPage(win, {
    recovery: new PageRecovery(new CrashBackoff(DEFAULT_BACKOFF, failureHistory.initial)),
    log: recoveryLog,
    restartApp,
    saveHistory: (times) => failureHistory.save([...times]),
  });
  powerSaveBlocker.start('prevent-display-sleep');
  app.on('second-instance', () => {
    if (win.isDestroyed()) return;
    win.show();
    win.focus();
  });
}
