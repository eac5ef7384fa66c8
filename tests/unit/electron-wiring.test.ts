import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../contract/kiosk-api';
import { app, BrowserWindowMock, electronEvent, ipcMain, Menu, powerSaveBlocker, protocol, session, userDataDir, WebContentsMock , kioskPagesBooted } from '../mocks/electron';
import { removeFolder } from './temp-folder';

vi.mock('electron', () => import('../mocks/electron'));

const trusted = { senderFrame: { url: 'app://kiosk/index.html' } };
const untrusted = { senderFrame: { url: 'https://evil.example/' } };
const fatalErrors = new EventEmitter();
const logText = () => readFileSync(path.join(userDataDir, 'logs', 'kiosk.log'), 'utf8');
const ses = session.defaultSession;
let configDir: string;

beforeAll(async () => {
  configDir = await mkdtemp(path.join(tmpdir(), 'kelvoa-wiring-'));
  process.env.KELVOA_CONFIG = path.join(configDir, 'venue-config.json');
  await writeFile(process.env.KELVOA_CONFIG, JSON.stringify({ idleTimeoutSeconds: 2, colour: 'red', size: 'big' }));
  const { startKioskApp } = await import('../../main/kiosk-app');
  await startKioskApp('/bundle', fatalErrors);
  kioskPagesBooted();
});
afterAll(() => removeFolder(configDir));

beforeEach(() => {
  app.relaunch.mockClear();
  app.exit.mockClear();
  app.quit.mockClear();
});
afterEach(() => vi.useRealTimers());

const kioskWindow = () => BrowserWindowMock.created[0]!;

describe('kiosk window', () => {
  it('every BrowserWindow is sandboxed, context-isolated, without Node, insecure content or devtools', () => {
    expect(BrowserWindowMock.created).toHaveLength(1);
    expect(kioskWindow().options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      allowRunningInsecureContent: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
  });

  it('turns the sandbox on for the whole app before it is ready', () => {
    expect(app.enableSandbox).toHaveBeenCalledTimes(1);
    expect(app.enableSandbox.mock.invocationCallOrder[0]).toBeLessThan(app.whenReady.mock.invocationCallOrder[0]!);
  });

  it('loads the app:// entry, uses the bundled preload, and shows on ready-to-show', () => {
    const win = kioskWindow();
    expect(win.loadURL).toHaveBeenCalledWith('app://kiosk/index.html');
    expect(win.options).toMatchObject({ show: false, kiosk: true, webPreferences: { preload: path.join('/bundle', 'preload', 'preload.cjs') } });
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
  });

  it('has no application menu and keeps the display awake', () => {
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
  });
});

describe('the kiosk always comes back', () => {
  it('refuses to close the window outside development', () => {
    const close = electronEvent();
    kioskWindow().emit('close', close);
    expect(close.preventDefault).toHaveBeenCalled();
    expect(logText()).toMatch(/WARN \[window\] window close refused/);
  });

  it('restarts instead of quitting when every window is gone', () => {
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
    expect(app.relaunch).toHaveBeenCalledTimes(1);
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(app.relaunch.mock.invocationCallOrder[0]).toBeLessThan(app.exit.mock.invocationCallOrder[0]!);
  });

  it('logs an error nobody caught in the main process, then relaunches, once', () => {
    fatalErrors.emit('uncaughtException', new TypeError('boom in main'));
    expect(logText()).toMatch(/ERROR \[main\] uncaught exception in the main process: TypeError: boom in main/);
    expect(app.relaunch).toHaveBeenCalledTimes(1);
    expect(app.exit).toHaveBeenCalledWith(1);
    fatalErrors.emit('unhandledRejection', new Error('second while restarting'));
    expect(logText()).toMatch(/unhandled promise rejection in the main process: Error: second while restarting/);
    expect(app.relaunch).toHaveBeenCalledTimes(1);
  });

  it('lets the window close once the app itself is quitting (shutdown, logout)', () => {
    app.emit('before-quit', electronEvent());
    const close = electronEvent();
    kioskWindow().emit('close', close);
    expect(close.preventDefault).not.toHaveBeenCalled();
  });
});

describe('app:// protocol', () => {
  it('is registered as a privileged standard, secure, fetch and stream scheme', () => {
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true, stream: true }) }),
    ]);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('session security', () => {
  it('denies every permission request, check and device', () => {
    const callback = vi.fn();
    ses.setPermissionRequestHandler.mock.calls[0]![0]({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(ses.setPermissionCheckHandler.mock.calls[0]![0]()).toBe(false);
    expect(ses.setDevicePermissionHandler.mock.calls[0]![0]({ deviceType: 'usb', origin: 'app://kiosk' })).toBe(false);
  });

  it('never downloads spell-checking dictionaries', () => {
    expect(ses.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('watches every request, whatever its scheme, and cancels those to the network', () => {
    const [filter, handler] = ses.webRequest.onBeforeRequest.mock.calls[0]!;
    expect(filter).toEqual({ urls: ['<all_urls>'] });
    const decide = (url: string) => {
      const callback = vi.fn();
      handler({ url }, callback);
      return callback.mock.calls[0]![0];
    };
    for (const url of ['http://example.org/', 'https://example.org/', 'ws://127.0.0.1:9222/', 'wss://example.org/']) {
      expect(decide(url), url).toEqual({ cancel: true });
    }
    expect(decide('app://kiosk/index.html')).toEqual({ cancel: false });
  });
});

describe('every web contents', () => {
  const created = () => {
    const contents = new WebContentsMock();
    app.emit('web-contents-created', {}, contents);
    return contents;
  };
  const refused = (contents: WebContentsMock, eventName: string, url: string) => {
    const event = electronEvent({ url });
    if (eventName === 'will-frame-navigate') contents.emit(eventName, event);
    else contents.emit(eventName, event, url);
    return event.preventDefault.mock.calls.length > 0;
  };

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('%s: only the entry page is allowed', (eventName) => {
    const contents = created();
    expect(refused(contents, eventName, 'https://example.org/')).toBe(true);
    expect(refused(contents, eventName, 'app://kiosk/assets/index.js')).toBe(true);
    expect(refused(contents, eventName, 'app://kiosk/index.html')).toBe(false);
  });

  it('denies window.open and webviews', () => {
    const contents = created();
    expect(contents.windowOpenHandler?.({ url: 'app://kiosk/index.html' })).toEqual({ action: 'deny' });
    const attach = electronEvent();
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('swallows reload, zoom and devtools keys', () => {
    const contents = created();
    for (const key of ['r', 'i', '+']) {
      const press = electronEvent();
      contents.emit('before-input-event', press, { type: 'keyDown', key, control: true, meta: false, alt: false, shift: key === 'i' });
      expect(press.preventDefault, key).toHaveBeenCalled();
    }
    const tab = electronEvent();
    contents.emit('before-input-event', tab, { type: 'keyDown', key: 'Tab', control: false, meta: false, alt: false, shift: false });
    expect(tab.preventDefault).not.toHaveBeenCalled();
  });
});

describe('IPC handlers', () => {
  it('answers the kiosk page and refuses any other sender', async () => {
    expect(await ipcMain.invoke(IPC_CHANNELS.getVenueConfig, trusted)).toMatchObject({ config: { idleTimeoutSeconds: 60 } });
    expect(() => ipcMain.invoke(IPC_CHANNELS.getVenueConfig, untrusted)).toThrow(/refused/);
    expect(() => ipcMain.invoke(IPC_CHANNELS.getVenueConfig, { senderFrame: null })).toThrow(/refused/);
  });

  it('validates arguments', async () => {
    expect(() => ipcMain.invoke(IPC_CHANNELS.getVenueConfig, trusted, 'extra')).toThrow(/no arguments/);
    await expect(ipcMain.invoke(IPC_CHANNELS.endVisit, trusted, 1)).rejects.toThrow(/no arguments/);
  });

  it('ends a visit by clearing the page storage', async () => {
    await ipcMain.invoke(IPC_CHANNELS.endVisit, trusted);
    expect(ses.clearStorageData).toHaveBeenCalledWith({ storages: expect.arrayContaining(['localstorage', 'indexdb', 'cookies']) });
    await expect(ipcMain.invoke(IPC_CHANNELS.endVisit, untrusted)).rejects.toThrow(/refused/);
  });

  it('writes the page log entries of the kiosk page only, without terminal escapes or control characters', () => {
    ipcMain.emit(IPC_CHANNELS.log, untrusted, { level: 'error', scope: 'audio', message: 'forged by another page' });
    ipcMain.emit(IPC_CHANNELS.log, trusted, { level: 'warn', scope: 'audio', message: '\x1b[31mred\x1b[0m clip\r\nFAKE ERROR line\x07' });
    const log = logText();
    expect(log).not.toContain('forged by another page');
    expect(log).toMatch(/WARN \[audio\] red clip FAKE ERROR line\n/);
    for (const control of ['\x1b', '\x07', '\r']) expect(log).not.toContain(control);
  });
});

describe('venue configuration', () => {
  it('logs each problem once, and every unknown setting together in one line', () => {
    const lines = logText().split('\n').filter((line) => line.includes('[venue-config]'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/\(unknown\): 2 unknown settings ignored: "colour", "size"$/);
    expect(lines[1]).toMatch(/idleTimeoutSeconds: must be a number from 15 to 3600$/);
  });
});

describe('the page that never boots', () => {
  it('is reloaded 20 s after it started loading unless its own page says it drew its first screen', () => {
    vi.useFakeTimers();
    const { webContents } = kioskWindow();
    webContents.loadURL.mockClear();
    webContents.emit('did-start-loading');
    // Neither a frame of another origin nor another page can stand the watchdog down.
    ipcMain.emit(IPC_CHANNELS.pageBooted, { ...untrusted, sender: webContents });
    ipcMain.emit(IPC_CHANNELS.pageBooted, { ...trusted, sender: new WebContentsMock() });
    vi.advanceTimersByTime(20_000);
    expect(logText()).toMatch(/ERROR \[recovery\] the page did not draw its first screen within 20 s; reloading in \d+ ms/);
    vi.runOnlyPendingTimers();
    expect(webContents.loadURL).toHaveBeenCalledTimes(1);
    webContents.emit('did-start-loading');
    ipcMain.emit(IPC_CHANNELS.pageBooted, { ...trusted, sender: webContents });
    vi.advanceTimersByTime(120_000);
    expect(webContents.loadURL).toHaveBeenCalledTimes(1);
  });
});

describe('fatal page errors the page reports', () => {
  it('refuses another sender and a malformed report', () => {
    ipcMain.emit(IPC_CHANNELS.reportPageFailure, untrusted, { kind: 'render-error', message: 'forged failure' });
    ipcMain.emit(IPC_CHANNELS.reportPageFailure, trusted, { kind: 'nonsense', message: 'bad kind' });
    ipcMain.emit(IPC_CHANNELS.reportPageFailure, trusted, { kind: 'render-error', message: 'extra' }, 'argument');
    expect(logText()).not.toMatch(/forged failure|bad kind|extra/);
  });

  it('logs the failure and brings the entry page back after the first back-off delay', () => {
    vi.useFakeTimers();
    const { webContents } = kioskWindow();
    webContents.loadURL.mockClear();
    ipcMain.emit(IPC_CHANNELS.reportPageFailure, trusted, { kind: 'render-error', message: 'Cannot read properties of undefined' });
    expect(logText()).toMatch(/ERROR \[page\] render-error: Cannot read properties of undefined/);
    vi.advanceTimersByTime(999);
    expect(webContents.loadURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(webContents.loadURL).toHaveBeenCalledWith('app://kiosk/index.html');
  });
});
