/**
 * The facilitator side of the KioskApi in a plain browser (preview, end-to-end tests). A PREVIEW ONLY: the PIN
 * hash (PBKDF2 by Web Crypto), the venue settings and the usage counts live in this browser's local storage,
 * where anyone with the browser can read them. The kiosk itself keeps them in main (scrypt, files).
 * The rules are the same as in main: the same PIN gate and lockout, the same validation, the same counting.
 */
import type { FacilitatorState, KioskApi, LogEntry, SaveResult, SettingsUpdateReply } from '../../../contract/kiosk-api';
import type { ConfigProblem } from '../../../contract/venue-config';
import { isPin, PinGate } from '../../../domain/facilitator/pin-gate';
import { countEvent, dayOf, emptyUsageCounts, parseUsageCounts, parseUsageEvent, type UsageCounts } from '../../../domain/usage/usage-counts';
import { usageCsv } from '../../../domain/usage/usage-csv';
import { PREVIEW_KEYS as KEYS, readJson, storedVenueSettings } from './preview-storage';
import { createPreviewVoices, type PreviewVoicesApi } from './preview-voices';

const PBKDF2_ITERATIONS = 600_000;
const MAX_PROBLEMS = 30;

interface PreviewPinRecord {
  algorithm: 'pbkdf2-sha256';
  iterations: number;
  salt: string;
  hash: string;
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function pbkdf2(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin.normalize('NFKC')), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256));
}

const decodesAsBase64 = (text: string) => {
  try {
    return fromBase64(text).length > 0;
  } catch {
    return false;
  }
};

/** The stored PIN record, or null when there is none or it is damaged (then `damaged` says so, for the log). */
function readPinRecord(): { record: PreviewPinRecord | null; damaged: boolean } {
  const value = readJson(KEYS.pin) as Partial<PreviewPinRecord> | null;
  if (value === null) return { record: null, damaged: false };
  const whole =
    value.algorithm === 'pbkdf2-sha256' &&
    Number.isSafeInteger(value.iterations) &&
    value.iterations! > 0 &&
    typeof value.salt === 'string' &&
    typeof value.hash === 'string' &&
    decodesAsBase64(value.salt) &&
    decodesAsBase64(value.hash);
  return whole ? { record: value as PreviewPinRecord, damaged: false } : { record: null, damaged: true };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

export type PreviewFacilitatorApi = Pick<
  KioskApi,
  | 'countUsage'
  | 'facilitatorState'
  | 'facilitatorUnlock'
  | 'facilitatorLeave'
  | 'facilitatorKeepAlive'
  | 'updateVenueSettings'
  | 'usageCounts'
  | 'exportUsageCsv'
  | 'saveWorkshopSheet'
  | 'recentProblems'
  | 'restartKiosk'
  | 'exitToDesktop'
>;

export interface PreviewFacilitator {
  api: PreviewFacilitatorApi & PreviewVoicesApi;
  /** Keeps warnings and errors for the content check's "last problems". */
  remember(entry: LogEntry): void;
  /** The preview's `npm run set-pin`: `kioskPreview.setPin('2468')` in the browser's console. */
  setPin(pin: string | null): Promise<void>;
}

export function createPreviewFacilitator(venueReply: () => ReturnType<KioskApi['getVenueConfig']>): PreviewFacilitator {
  const log = (level: LogEntry['level'], message: string) => {
    console.info(`[facilitator] ${level}: ${message}`);
    remember({ level, scope: 'facilitator', message });
  };
  const makeGate = () => {
    const { record, damaged } = readPinRecord();
    // A damaged record (a hand edit, a partial write) is no PIN: the mode stays off, and it is said once.
    if (damaged) log('warn', 'the stored PIN record is damaged: no PIN is set until one is set again');
    return new PinGate({
      verify: record ? async (pin) => sameBytes(await pbkdf2(pin, fromBase64(record.salt), record.iterations), fromBase64(record.hash)) : null,
      now: Date.now,
      log,
    });
  };
  let gate = makeGate();

  function remember(entry: LogEntry) {
    if (entry.level === 'info') return;
    const problems = Array.isArray(readJson(KEYS.problems)) ? (readJson(KEYS.problems) as string[]) : [];
    problems.push(`${new Date().toISOString()} ${entry.level.toUpperCase()} [${entry.scope}] ${entry.message}`);
    localStorage.setItem(KEYS.problems, JSON.stringify(problems.slice(-MAX_PROBLEMS)));
  }

  const readCounts = (): UsageCounts => parseUsageCounts(readJson(KEYS.counts) ?? emptyUsageCounts()).counts;

  const requireSession = (what: string) => {
    if (!gate.touch()) throw new Error(`${what}: refused, the facilitator mode is not open`);
  };

  const api: PreviewFacilitatorApi & PreviewVoicesApi = {
    ...createPreviewVoices(requireSession, log),
    countUsage(value) {
      const event = parseUsageEvent(value);
      if (!event) return;
      const counts = readCounts();
      countEvent(counts, event, dayOf(new Date()));
      localStorage.setItem(KEYS.counts, JSON.stringify(counts));
    },
    async facilitatorState(): Promise<FacilitatorState> {
      return { available: gate.available, lockedForSeconds: gate.lockedForSeconds(), preview: true, canExitToDesktop: false };
    },
    async facilitatorUnlock(pin) {
      if (!isPin(pin)) throw new Error('the PIN must be 4 to 12 digits');
      return gate.unlock(pin);
    },
    async facilitatorLeave() {
      gate.close();
    },
    async updateVenueSettings(value): Promise<SettingsUpdateReply> {
      requireSession('updateVenueSettings');
      // Loaded with the settings form, not with the page's first screen.
      const { parseVenueSettingsChange, validateVenueConfig } = await import('../../../contract/venue-config');
      const change = parseVenueSettingsChange(value);
      if (!change) return { ok: false, problems: [{ field: '(change)', message: 'not a change of editable settings' }] };
      const stored = storedVenueSettings();
      const id = (problem: ConfigProblem) => `${problem.field}: ${problem.message}`;
      const before = new Set(validateVenueConfig(stored).problems.map(id));
      const merged = { ...stored, ...change };
      const introduced = validateVenueConfig(merged).problems.filter((problem) => !before.has(id(problem)));
      if (introduced.length > 0) return { ok: false, problems: introduced };
      localStorage.setItem(KEYS.settings, JSON.stringify(merged));
      log('info', `settings changed (preview): ${JSON.stringify(change)}`);
      return { ok: true, reply: await venueReply() };
    },
    async facilitatorKeepAlive() {
      requireSession('facilitatorKeepAlive');
    },
    async usageCounts() {
      requireSession('usageCounts');
      return readCounts();
    },
    async exportUsageCsv(): Promise<SaveResult> {
      requireSession('exportUsageCsv');
      const name = `kelvoa-usage-${dayOf(new Date())}.csv`;
      const url = URL.createObjectURL(new Blob([usageCsv(readCounts())], { type: 'text/csv;charset=utf-8' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: name });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { status: 'saved', location: name };
    },
    async saveWorkshopSheet(): Promise<SaveResult> {
      requireSession('saveWorkshopSheet');
      // The browser's own print dialog offers "Save as PDF"; Electron prints to a PDF file directly.
      window.print();
      return { status: 'printDialog' };
    },
    async recentProblems() {
      requireSession('recentProblems');
      const problems = readJson(KEYS.problems);
      return Array.isArray(problems) ? (problems as string[]) : [];
    },
    async restartKiosk() {
      requireSession('restartKiosk');
      gate.close();
      window.location.reload();
    },
    async exitToDesktop() {
      throw new Error('exitToDesktop: only the Electron kiosk can leave to the desktop');
    },
  };

  return {
    api,
    remember,
    async setPin(pin) {
      if (pin === null) localStorage.removeItem(KEYS.pin);
      else {
        if (!isPin(pin)) throw new Error('the PIN must be 4 to 12 digits');
        const salt = crypto.getRandomValues(new Uint8Array(16));
        const hash = await pbkdf2(pin, salt, PBKDF2_ITERATIONS);
        const record: PreviewPinRecord = { algorithm: 'pbkdf2-sha256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt), hash: toBase64(hash) };
        localStorage.setItem(KEYS.pin, JSON.stringify(record));
      }
      gate = makeGate();
    },
  };
}
