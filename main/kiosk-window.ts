import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './policy/app-origin';
import { kioskWindowOptions, type KioskWindowInput } from './policy/window-options';

export interface KioskWindowHooks {
  /** Asked on every attempt to close the window (Alt+F4, the window manager, a close button). */
  mayClose: () => boolean;
  log: (message: string) => void;
}

export function createKioskWindow(input: KioskWindowInput, hooks: KioskWindowHooks): BrowserWindow {
  const win = new BrowserWindow(kioskWindowOptions(input));
  win.once('ready-to-show', () => {
    win.show();
    win.focus();
  });
  win.on('close', (event) => {
    if (hooks.mayClose()) return;
    event.preventDefault();
    hooks.log('window close refused: the kiosk window stays open outside development');
  });
  win.loadURL(APP_ENTRY_URL).catch((error: Error) => hooks.log(`loading ${APP_ENTRY_URL} failed: ${error.message}`));
  return win;
}
