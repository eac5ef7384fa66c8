import type { KioskApi, LogEntry } from '../../../contract/kiosk-api';
import { validateVenueConfig } from '../../../contract/venue-config';
import { createPreviewFacilitator, PREVIEW_STORAGE_PREFIX, storedVenueSettings } from './preview-facilitator';

declare global {
  interface Window {
    /** The browser preview's stand-in for `npm run set-pin`. */
    kioskPreview?: { setPin(pin: string | null): Promise<void> };
  }
}

/**
 * The KioskApi for a plain browser (preview, end-to-end tests): same contract as the Electron preload.
 * Venue settings may be given in the page's query string, e.g. `?idleTimeoutSeconds=20&kiosk=false`.
 */
export function createBrowserKioskApi(search: string): KioskApi {
  const facilitator = createPreviewFacilitator(() => api.getVenueConfig());
  const api: KioskApi = {
    async getVenueConfig() {
      const params = new URLSearchParams(search);
      // Settings saved in the preview's facilitator mode, then the query string's over them.
      const raw: Record<string, unknown> = { ...storedVenueSettings() };
      for (const [key, value] of params) {
        if (key === 'languages') raw[key] = value.split(',');
        else if (value === 'true' || value === 'false') raw[key] = value === 'true';
        else if (value !== '' && !Number.isNaN(Number(value))) raw[key] = Number(value);
        else raw[key] = value;
      }
      const reply = validateVenueConfig(raw);
      for (const problem of reply.problems) console.warn(`[venue-config] warn: ${problem.field}: ${problem.message}`);
      return reply;
    },
    log(entry: LogEntry) {
      // Not console.error: an expected problem (a corrupt clip) is reported, not thrown.
      console.warn(`[${entry.scope}] ${entry.level}: ${entry.message}`);
      facilitator.remember(entry);
    },
    async endVisit() {
      // The preview's venue data (PIN hash, settings, counts) is not the visitor's: it stays.
      for (const key of Object.keys(localStorage)) if (!key.startsWith(PREVIEW_STORAGE_PREFIX)) localStorage.removeItem(key);
      sessionStorage.clear();
    },
    ...facilitator.api,
  };
  window.kioskPreview = { setPin: facilitator.setPin };
  return api;
}
