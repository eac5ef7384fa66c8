import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../contract/kiosk-api';

/** A stand-in for Electron that records how the kiosk wires it. */
const fake = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { EventEmitter } = require('node:events') as typeof import('node:events');
  class FakeWebContents extends EventEmitter {
    windowOpenHandler?: (details: unknown) => unknown;
    reload = vi.fn();
    forcefullyCrashRenderer = vi.fn();
    setWindowOpenHandler(handler: (details: unknown) => unknown) {
      this.windowOpenHandler = handler;
    }
  }
  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends EventEmitter {
    webContents = new FakeWebContents();
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    focus = vi.fn();
    isDestroyed = () => false;
    constructor(public options: { webPreferences?: Record<string, unknown> }) {
      super();
      windows.push(this);
    }
  }
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => true),
    getPath: vi.fn(() => '/nonexistent-user-data'),
    whenReady: vi.fn(async () => undefined),
    quit: vi.fn(),
    relaunch: vi.fn(),
    exit: vi.fn(),
  });
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  const ipcListeners = new Map<string, (...args: unknown[]) => unknown>();
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      clearStorageData: vi.fn(async () => undefined),
      webRequest: { onBeforeRequest: vi.fn() },
    },
  };
  return {
    windows,
    FakeWebContents,
    ipcHandlers,
    ipcListeners,
    module: {
      app,
      BrowserWindow: FakeBrowserWindow,
      Menu: { setApplicationMenu: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session,
      powerSaveBlocker: { start: vi.fn(() => 1) },
      ipcMain: {
        handle: (channel: string, fn: (...args: unknown[]) => unknown) => ipcHandlers.set(channel, fn),
        on: (channel: string, fn: (...args: unknown[]) => unknown) => ipcListeners.set(channel, fn),
      },
    },
  };
});

vi.mock('electron', () => ({ ...fake.module, default: fake.module }));

const electron = fake.module;
const trusted = { senderFrame: { url: 'app://kiosk/index.html' } };
const untrusted = { senderFrame: { url: 'https://evil.example/' } };

beforeAll(async () => {
  process.env.KELVOA_CONFIG = path.join(await mkdtemp(path.join(tmpdir(), 'kelvoa-wiring-')), 'none.json');
  const { startKioskApp } = await import('../../main/kiosk-app');
  await startKioskApp('/bundle');
});

afterEach(() => vi.useRealTimers());

describe('kiosk window', () => {
  it('every BrowserWindow is sandboxed, context-isolated and without Node', () => {
    expect(fake.windows.length).toBeGreaterThan(0);
    for (const win of fake.windows) {
      expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    }
  });

  it('loads the app:// entry, uses the bundled preload, and shows on ready-to-show', () => {
    const [win] = fake.windows;
    expect(win.loadURL).toHaveBeenCalledWith('app://kiosk/index.html');
    expect(win.options).toMatchObject({ show: false, kiosk: true, webPreferences: { preload: path.join('/bundle', 'preload', 'preload.cjs'), devTools: false } });
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
  });

  it('has no application menu and keeps the display awake', () => {
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(electron.powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
  });
});

describe('app:// protocol', () => {
  it('is registered as a privileged standard, secure, fetch and stream scheme', () => {
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true, stream: true }) }),
    ]);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('session security', () => {
  const ses = electron.session.defaultSession;
  it('denies every permission request and check', () => {
    const callback = vi.fn();
    ses.setPermissionRequestHandler.mock.calls[0][0]({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(ses.setPermissionCheckHandler.mock.calls[0][0]()).toBe(false);
  });

  it('cancels every request to the network and lets app:// through', () => {
    const [, handler] = ses.webRequest.onBeforeRequest.mock.calls[0];
    const decide = (url: string) => {
      const callback = vi.fn();
      handler({ url }, callback);
      return callback.mock.calls[0][0];
    };
    expect(decide('https://example.org/')).toEqual({ cancel: true });
    expect(decide('wss://example.org/')).toEqual({ cancel: true });
    expect(decide('app://kiosk/index.html')).toEqual({ cancel: false });
  });
});

describe('every web contents', () => {
  const created = () => {
    const contents = new fake.FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    return contents;
  };

  it('refuses navigations and redirects outside app://', () => {
    const contents = created();
    for (const eventName of ['will-navigate', 'will-redirect']) {
      const outside = { preventDefault: vi.fn() };
      contents.emit(eventName, outside, 'https://example.org/');
      expect(outside.preventDefault, eventName).toHaveBeenCalled();
      const inside = { preventDefault: vi.fn() };
      contents.emit(eventName, inside, 'app://kiosk/index.html');
      expect(inside.preventDefault, eventName).not.toHaveBeenCalled();
    }
  });

  it('denies window.open and webviews', () => {
    const contents = created();
    expect(contents.windowOpenHandler?.({ url: 'app://kiosk/index.html' })).toEqual({ action: 'deny' });
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('swallows reload, zoom and devtools keys', () => {
    const contents = created();
    const reload = { preventDefault: vi.fn() };
    contents.emit('before-input-event', reload, { type: 'keyDown', key: 'r', control: true, meta: false, alt: false, shift: false });
    expect(reload.preventDefault).toHaveBeenCalled();
    const tab = { preventDefault: vi.fn() };
    contents.emit('before-input-event', tab, { type: 'keyDown', key: 'Tab', control: false, meta: false, alt: false, shift: false });
    expect(tab.preventDefault).not.toHaveBeenCalled();
  });
});

describe('IPC handlers', () => {
  it('answers the kiosk page and refuses any other sender', async () => {
    const getConfig = fake.ipcHandlers.get(IPC_CHANNELS.getVenueConfig)!;
    expect(await getConfig(trusted)).toMatchObject({ config: { idleTimeoutSeconds: 60 }, problems: [] });
    expect(() => getConfig(untrusted)).toThrow(/refused/);
    expect(() => getConfig({ senderFrame: null })).toThrow(/refused/);
  });

  it('validates arguments', async () => {
    expect(() => fake.ipcHandlers.get(IPC_CHANNELS.getVenueConfig)!(trusted, 'extra')).toThrow(/no arguments/);
    await expect(fake.ipcHandlers.get(IPC_CHANNELS.endVisit)!(trusted, 1)).rejects.toThrow(/no arguments/);
  });

  it('ends a visit by clearing the page storage', async () => {
    await fake.ipcHandlers.get(IPC_CHANNELS.endVisit)!(trusted);
    expect(electron.session.defaultSession.clearStorageData).toHaveBeenCalledWith({ storages: expect.arrayContaining(['localstorage', 'indexdb', 'cookies']) });
    await expect(fake.ipcHandlers.get(IPC_CHANNELS.endVisit)!(untrusted)).rejects.toThrow(/refused/);
  });
});

describe('crash recovery', () => {
  it('reloads a crashed renderer after a delay, then relaunches after repeated failures', () => {
    vi.useFakeTimers();
    const [win] = fake.windows;
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(win.webContents.reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(win.webContents.reload).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 4; i++) win.webContents.emit('render-process-gone', {}, { reason: 'oom' });
    expect(electron.app.relaunch).toHaveBeenCalled();
    expect(electron.app.exit).toHaveBeenCalledWith(0);
  });

  it('restarts a hung renderer', () => {
    const [win] = fake.windows;
    win.emit('unresponsive');
    expect(win.webContents.forcefullyCrashRenderer).toHaveBeenCalled();
  });
});

