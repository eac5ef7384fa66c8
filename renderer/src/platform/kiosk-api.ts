import type { KioskApi } from '../../../contract/kiosk-api';
import { createBrowserKioskApi } from './browser-kiosk-api';

declare global {
  interface Window {
    /** The browser preview's stand-in for `npm run set-pin`. */
    kioskPreview?: { setPin(pin: string | null): Promise<void> };
  }
}

function browserKioskApi(): KioskApi {
  const { api, setPin } = createBrowserKioskApi(window.location.search);
  window.kioskPreview = { setPin };
  return api;
}

/** The host API: Electron's preload bridge when present, else the browser implementation. */
export const kioskApi: KioskApi = window.kiosk ?? browserKioskApi();
