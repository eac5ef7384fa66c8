import type { KioskApi, LogEntry } from '../../../contract/kiosk-api';
import { validateVenueConfig } from '../../../contract/venue-config';

/** When the page failed lately: kept across its reloads (a tab's sessionStorage outlives a reload). */
const PAGE_FAILURES_KEY = 'kelvoa.pageFailures';
/** As Electron's crash recovery: 1 s, 2 s, 4 s… capped at 30 s; failures older than 10 minutes are forgotten. */
const RELOAD_BASE_MS = 1000;
const RELOAD_MAX_MS = 30_000;
const FAILURE_WINDOW_MS = 10 * 60_000;

function recentPageFailures(now: number): number[] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(PAGE_FAILURES_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((at): at is number => typeof at === 'number' && now - at < FAILURE_WINDOW_MS) : [];
  } catch {
    return [];
  }
}

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
      // The page's failures are the kiosk's, not the visitor's: they outlive the visit.
      const failures = sessionStorage.getItem(PAGE_FAILURES_KEY);
      localStorage.clear();
      sessionStorage.clear();
      if (failures !== null) sessionStorage.setItem(PAGE_FAILURES_KEY, failures);
    },
    reportFatalPageError(reason: string) {
      const now = Date.now();
      const failures = [...recentPageFailures(now), now];
      sessionStorage.setItem(PAGE_FAILURES_KEY, JSON.stringify(failures));
      const delay = Math.min(RELOAD_BASE_MS * 2 ** (failures.length - 1), RELOAD_MAX_MS);
      console.warn(`[page] error: ${reason.split('\n')[0]}; reloading in ${delay} ms`);
      setTimeout(() => window.location.reload(), delay);
    },
  };
}
