import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './policy/app-origin';
import { kioskWindowOptions, type KioskWindowInput } from './policy/window-options';

export function createKioskWindow(input: KioskWindowInput): BrowserWindow {
  const win = new BrowserWindow(kioskWindowOptions(input));
  win.once('ready-to-show', () => {
    win.show();
    win.focus();
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
