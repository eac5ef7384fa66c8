/**
 * The one stand-in for the `electron` module in unit tests (as electron/fiddle keeps it): every wiring test
 * mocks electron with `vi.mock('electron', () => import('../mocks/electron'))` and then reads from here what
 * the kiosk asked of Electron. Vitest gives each test file its own copy of this module.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, vi } from 'vitest';
import { removeFolder } from '../unit/temp-folder';

/** A page event as Electron passes it to a listener: preventDefault is recorded. */
export function electronEvent<T extends object>(fields: T = {} as T) {
  return { ...fields, preventDefault: vi.fn() };
}

export class WebContentsMock extends EventEmitter {
  windowOpenHandler?: (details: { url: string }) => unknown;
  readonly reload = vi.fn();
  readonly loadURL = vi.fn<(url: string) => Promise<void>>(async () => undefined);
  readonly forcefullyCrashRenderer = vi.fn();
  readonly isDestroyed = vi.fn(() => false);
  readonly printToPDF = vi.fn<(options: unknown) => Promise<Buffer>>(async () => Buffer.from('%PDF-1.4 workshop sheet'));
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindowMock extends EventEmitter {
  static readonly created: BrowserWindowMock[] = [];
  static readonly fromWebContents = vi.fn<(contents: unknown) => BrowserWindowMock | null>(() => null);
  readonly webContents = new WebContentsMock();
  readonly loadURL = vi.fn<(url: string) => Promise<void>>(async () => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly isDestroyed = vi.fn(() => false);
  constructor(public readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    super();
    BrowserWindowMock.created.push(this);
  }
}

type Listener = (...args: unknown[]) => unknown;

/** ipcMain: `on` listeners are real events (emit to call them); `handle` handlers are kept for `invoke`. */
export class IpcMainMock extends EventEmitter {
  readonly handlers = new Map<string, Listener>();
  readonly handle = vi.fn((channel: string, handler: Listener) => {
    this.handlers.set(channel, handler);
  });
  invoke(channel: string, event: unknown, ...args: unknown[]) {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  }
}

/**
 * The user-data folder of the mocked app: a fresh temporary folder, so the log file can be read back. Every test
 * file imports this module at its top, so the removal below runs after the last test of that file.
 */
export const userDataDir = mkdtempSync(path.join(tmpdir(), 'kelvoa-user-data-'));
afterAll(() => removeFolder(userDataDir));

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  enableSandbox: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  getPath: vi.fn<(name: string) => string>(() => userDataDir),
  whenReady: vi.fn(async () => undefined),
  quit: vi.fn(),
  relaunch: vi.fn(),
  exit: vi.fn(),
});

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    clearStorageData: vi.fn<(options: unknown) => Promise<void>>(async () => undefined),
    webRequest: { onBeforeRequest: vi.fn() },
  },
};

export const BrowserWindow = BrowserWindowMock;
export const Menu = { setApplicationMenu: vi.fn() };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const powerSaveBlocker = { start: vi.fn(() => 1) };
export const ipcMain = new IpcMainMock();
export const dialog = { showOpenDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePaths: string[] }>>(async () => ({ canceled: true, filePaths: [] })) };

/** What the preload exposed to the page, by key. */
export const exposedInMainWorld = new Map<string, unknown>();
export const contextBridge = { exposeInMainWorld: vi.fn((key: string, api: unknown) => exposedInMainWorld.set(key, api)) };
export const ipcRenderer = { invoke: vi.fn<(...args: unknown[]) => Promise<unknown>>(async () => 'reply'), send: vi.fn() };

const electron = { app, session, BrowserWindow, Menu, protocol, powerSaveBlocker, ipcMain, dialog, contextBridge, ipcRenderer };
export default electron;

/**
 * The kiosk page of every window says it drew its first screen, as the real page does once booted: without it,
 * main's boot watchdog would count a failure 20 s after the start, in the middle of a slow test file.
 */
export function kioskPagesBooted(): void {
  for (const win of BrowserWindowMock.created) ipcMain.emit('kiosk:page-booted', { senderFrame: { url: 'app://kiosk/index.html' }, sender: win.webContents });
}
