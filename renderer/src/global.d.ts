import type { FirstScreenShell } from '../../contract/first-screen-shell';
import type { KioskApi } from '../../contract/kiosk-api';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    kiosk?: KioskApi;
    /** Set by the first screen's shell script (renderer/boot/first-screen-shell.ts) until the app takes over. */
    kelvoaFirstScreen?: FirstScreenShell;
  }
}
