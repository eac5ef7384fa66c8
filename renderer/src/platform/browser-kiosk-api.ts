import type { KioskApi, LogEntry } from '../../../contract/kiosk-api';
import { validateVenueConfig } from '../../../contract/venue-config';

/**
 * The KioskApi for a plain browser (preview, end-to-end tests): same contract as the Electron preload.
 * Venue settings may be given in the page's query string, e.g. `?idleTimeoutSeconds=20&kiosk=false`.
 */
export function createBrowserKioskApi(search: string): KioskApi {
  return {
    async getVenueConfig() {
      const params = new URLSearchParams(search);
      const raw: Record<string, unknown> = {};
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
    },
    async endVisit() {
      localStorage.clear();
      sessionStorage.clear();
    },
  };
}
