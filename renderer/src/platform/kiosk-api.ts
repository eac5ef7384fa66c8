import type { KioskApi } from '../../../contract/kiosk-api';
import { createBrowserKioskApi } from './browser-kiosk-api';

/** The host API: Electron's preload bridge when present, else the browser implementation. */
export const kioskApi: KioskApi = window.kiosk ?? createBrowserKioskApi(window.location.search);
