import type { KioskApi } from '../../contract/kiosk-api';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    kiosk?: KioskApi;
  }
}
