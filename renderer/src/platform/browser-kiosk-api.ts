import type { KioskApi, LogEntry, PageFailure } from '../../../contract/kiosk-api';
import { CrashBackoff, DEFAULT_BACKOFF, PAGE_FAILURES_KEY, parseFailureTimes } from '../../../contract/recovery-backoff';
import { DEFAULT_VENUE_CONFIG } from '../../../contract/venue-defaults';
import type { PreviewFacilitator, PreviewFacilitatorApi } from './preview-facilitator';
import { PREVIEW_STORAGE_PREFIX, storedVenueSettings } from './preview-storage';
import type { PreviewVoicesApi } from './preview-voices';

/** What the browser implementation needs from the page to recover from a failure; replaceable in tests. */
export interface RecoveryHost {
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  reload(): void;
  setTimeout(callback: () => void, delayMs: number): unknown;
  now(): number;
}

const pageHost = (): RecoveryHost => ({
  storage: sessionStorage,
  reload: () => window.location.reload(),
  setTimeout: (callback, delayMs) => window.setTimeout(callback, delayMs),
  now: () => Date.now(),
});

export function storedFailureTimes(storage: Pick<Storage, 'getItem'>): number[] {
  try {
    return parseFailureTimes(JSON.parse(storage.getItem(PAGE_FAILURES_KEY) ?? '[]')) ?? [];
  } catch {
    return [];
  }
}

/**
 * Reloads the page with the same back-off as Electron's main process. A browser cannot restart an app, so
 * where main would restart it, it waits the longest delay and reloads all the same.
 */
function pageFailureRecovery(host: RecoveryHost) {
  let reloadScheduled = false;
  return (failure: PageFailure) => {
    // The same two lines as the Electron host's log; warnings, not console errors: the failure is handled.
    const reported = `${failure.kind}: ${failure.message}`;
    console.warn(`[page] error: ${reported}`);
    if (reloadScheduled) {
      console.warn(`[recovery] error: the page reported ${reported}; a reload is already scheduled`);
      return;
    }
    reloadScheduled = true;
    const backoff = new CrashBackoff(DEFAULT_BACKOFF, storedFailureTimes(host.storage));
    const action = backoff.recordFailure(host.now());
    host.storage.setItem(PAGE_FAILURES_KEY, JSON.stringify(backoff.failureTimes));
    const delayMs = action.kind === 'reload' ? action.delayMs : DEFAULT_BACKOFF.maxDelayMs;
    console.warn(`[recovery] error: the page reported ${reported}; reloading in ${delayMs} ms`);
    host.setTimeout(() => host.reload(), delayMs);
  };
}

/**
 * The KioskApi for a plain browser (preview, end-to-end tests): same contract as the Electron preload.
 * Venue settings may be given in the page's query string, e.g. `?idleTimeoutSeconds=20&kiosk=false`.
 */
type PreviewApi = PreviewFacilitatorApi & PreviewVoicesApi;
/** Every method of the preview's facilitator side (a Record, so that none can be left out). */
const PREVIEW_METHODS: Record<keyof PreviewApi, true> = {
  countUsage: true,
  facilitatorState: true,
  facilitatorUnlock: true,
  facilitatorLeave: true,
  facilitatorKeepAlive: true,
  updateVenueSettings: true,
  usageCounts: true,
  exportUsageCsv: true,
  saveWorkshopSheet: true,
  recentProblems: true,
  restartKiosk: true,
  exitToDesktop: true,
  microphone: true,
  saveRecordedText: true,
  removeRecordedTexts: true,
  exportVoices: true,
  chooseVoicesFile: true,
  importVoices: true,
  saveVoiceScript: true,
  recordedVoices: true,
};

/**
 * The preview's facilitator side (PIN hashing, counts, recorded voices) loads at its first use, never before the
 * first screen: each of its methods waits for it, in the order they were called.
 */
function lazyPreviewFacilitator(venueReply: () => ReturnType<KioskApi['getVenueConfig']>) {
  let loading: Promise<PreviewFacilitator> | undefined;
  const facilitator = () => (loading ??= import('./preview-facilitator').then(({ createPreviewFacilitator }) => createPreviewFacilitator(venueReply)));
  const call = (name: keyof PreviewApi) => (...args: unknown[]) => facilitator().then((loaded) => (loaded.api[name] as (...args: unknown[]) => unknown)(...args));
  const api = Object.fromEntries(Object.keys(PREVIEW_METHODS).map((name) => [name, call(name as keyof PreviewApi)])) as unknown as PreviewApi;
  return {
    api,
    remember: (entry: LogEntry) => void facilitator().then((loaded) => loaded.remember(entry)),
    setPin: (pin: string | null) => facilitator().then((loaded) => loaded.setPin(pin)),
  };
}

export function createBrowserKioskApi(search: string, recoveryHost: RecoveryHost = pageHost()): { api: KioskApi; setPin(pin: string | null): Promise<void> } {
  const facilitator = lazyPreviewFacilitator(() => api.getVenueConfig());
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
      // The validation, and its library, load only when there is something to validate: a plain preview's
      // first screen (the benchmark's) does without them.
      const reply =
        Object.keys(raw).length === 0
          ? { config: { ...DEFAULT_VENUE_CONFIG, languages: [...DEFAULT_VENUE_CONFIG.languages] }, problems: [] }
          : (await import('../../../contract/venue-config')).validateVenueConfig(raw);
      for (const problem of reply.problems) console.warn(`[venue-config] warn: ${problem.field}: ${problem.message}`);
      return reply;
    },
    log(entry: LogEntry) {
      // Not console.error: an expected problem (a corrupt clip) is reported, not thrown.
      console.warn(`[${entry.scope}] ${entry.level}: ${entry.message}`);
      facilitator.remember(entry);
    },
    async endVisit() {
      // The page's failure history is the kiosk's, not the visitor's: it survives the end of a visit. So does
      // the preview's venue data (PIN hash, settings, counts).
      const failures = sessionStorage.getItem(PAGE_FAILURES_KEY);
      for (const key of Object.keys(localStorage)) if (!key.startsWith(PREVIEW_STORAGE_PREFIX)) localStorage.removeItem(key);
      sessionStorage.clear();
      if (failures !== null) sessionStorage.setItem(PAGE_FAILURES_KEY, failures);
    },
    reportPageFailure: pageFailureRecovery(recoveryHost),
    // The browser's boot watchdog (boot-watchdog.ts, outside the bundle) reads the page's own mark instead.
    pageBooted: () => undefined,
    ...facilitator.api,
  };
  return { api, setPin: facilitator.setPin };
}
