/**
 * The one contract between the renderer and the main process: every IPC channel, its arguments and
 * the API object the preload exposes as `window.kiosk`. Pure module: no electron, no DOM.
 */
import type { VenueConfig, ConfigProblem } from './venue-config';
import type { UnlockResult } from '../domain/facilitator/pin-gate';
import type { UsageCounts, UsageEvent } from '../domain/usage/usage-counts';
import type { MicrophoneRequest, RecordedText, VoiceChangeReply, VoicesFileChoice } from './recorded-voices';
import type { Language } from './venue-config';

export const IPC_CHANNELS = {
  /** invoke → VenueConfigReply */
  getVenueConfig: 'kiosk:get-venue-config',
  /** send (one way) LogEntry */
  log: 'kiosk:log',
  /** invoke → void: forget everything of the visit that is ending (storage, caches) */
  endVisit: 'kiosk:end-visit',
  /** send (one way) PageFailure: the page cannot go on; the host logs it and reloads the page (back-off) */
  reportPageFailure: 'kiosk:report-page-failure',
  /** send (one way), no arguments: the page drew its first screen; without it the host counts a failure (boot watchdog) */
  pageBooted: 'kiosk:page-booted',
  /** send (one way) UsageEvent: one anonymous count (a visit, a language, an item…) */
  countUsage: 'kiosk:count-usage',
  /** invoke → FacilitatorState: is the mode available, is the PIN pad locked */
  facilitatorState: 'kiosk:facilitator-state',
  /** invoke (pin: 4–12 digits) → UnlockResult; checked in main, lockout after 5 wrong PINs */
  facilitatorUnlock: 'kiosk:facilitator-unlock',
  /** invoke → void: the facilitator mode is left */
  facilitatorLeave: 'kiosk:facilitator-leave',
  /** invoke → void: the facilitator is still there; the session stays open (answered only inside it) */
  facilitatorKeepAlive: 'kiosk:facilitator-keep-alive',
  /** The channels below answer only while the facilitator mode is open. */
  /** invoke (change: editable settings) → SettingsUpdateReply: validated, written atomically, applied */
  updateVenueSettings: 'kiosk:update-venue-settings',
  /** invoke → UsageCounts */
  usageCounts: 'kiosk:usage-counts',
  /** invoke → SaveResult: the counts as CSV, in a folder the facilitator chooses */
  exportUsageCsv: 'kiosk:export-usage-csv',
  /** invoke → SaveResult: the page's printable workshop sheet as an A4 PDF, in a folder the facilitator chooses */
  saveWorkshopSheet: 'kiosk:save-workshop-sheet',
  /** invoke → string[]: the last warnings and errors of the log */
  recentProblems: 'kiosk:recent-problems',
  /** invoke → void: the kiosk restarts */
  restartKiosk: 'kiosk:restart',
  /** invoke → void: the kiosk closes, back to the desktop (Electron only) */
  exitToDesktop: 'kiosk:exit-to-desktop',
  /** invoke (request: 'take-start' | 'take-end') → void: the page may capture audio during one take, and only then */
  microphone: 'kiosk:microphone',
  /** invoke (text: RecordedText) → VoiceChangeReply: a text's kept takes and clip, written atomically */
  saveRecordedText: 'kiosk:save-recorded-text',
  /** invoke (language, keys: string[] | null) → VoiceChangeReply: back to the synthetic voice (null: the whole language) */
  removeRecordedTexts: 'kiosk:remove-recorded-texts',
  /** invoke → SaveResult: every recording in one file, in a folder the facilitator chooses */
  exportVoices: 'kiosk:export-voices',
  /** invoke → VoicesFileChoice: a voices file the facilitator chooses, read and checked */
  chooseVoicesFile: 'kiosk:choose-voices-file',
  /** invoke (texts: RecordedText[]) → VoiceChangeReply: the texts of an imported file, applied all at once or not at all */
  importVoices: 'kiosk:import-voices',
  /** invoke → SaveResult: the page's printable recording script as an A4 PDF */
  saveVoiceScript: 'kiosk:save-voice-script',
  /** The channel below answers any kiosk page: visitors hear the recorded voices. */
  /** invoke (language) → RecordedText[]: the recordings of one language (a damaged one is left out and logged) */
  recordedVoices: 'kiosk:recorded-voices',
} as const satisfies Record<KioskMethod, `kiosk:${string}`>;

export type IpcChannel = (typeof IPC_CHANNELS)[KioskMethod];

/**
 * Each channel is typed by its KioskApi method: its arguments are the method's parameters, its reply what the
 * method's promise gives. A method that returns nothing is a one-way message (send); every other is a request
 * (invoke). The preload and main's handlers are written against these types, so the compiler refuses a
 * handler that replies with the wrong shape or a bridge method wired to another method's channel.
 */
export type KioskMethod = keyof KioskApi;
export type SendMethod = { [K in KioskMethod]: ReturnType<KioskApi[K]> extends void ? K : never }[KioskMethod];
export type InvokeMethod = Exclude<KioskMethod, SendMethod>;
export type IpcArgs<K extends KioskMethod> = Parameters<KioskApi[K]>;
export type IpcReply<K extends InvokeMethod> = Awaited<ReturnType<KioskApi[K]>>;

export const LOG_LEVELS = ['info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogEntry {
  level: LogLevel;
  /** Where it comes from, for example "content" or "audio". */
  scope: string;
  message: string;
}

/** What made the page give up: where the fatal error was caught. */
export const PAGE_FAILURE_KINDS = [
  /** An error boundary caught an error while drawing a screen. */
  'render-error',
  /** window "error": an exception nothing caught. */
  'uncaught-error',
  /** window "unhandledrejection": a promise rejection nothing handled. */
  'unhandled-rejection',
  /** The content or the code bundle could not be loaded, so no screen can be drawn. */
  'content-unavailable',
] as const;
export type PageFailureKind = (typeof PAGE_FAILURE_KINDS)[number];

export interface PageFailure {
  kind: PageFailureKind;
  /** The error's message (and stack, if useful); logged, capped at 2,000 characters. */
  message: string;
}

export interface VenueConfigReply {
  config: VenueConfig;
  problems: ConfigProblem[];
}

export interface FacilitatorState {
  /** False when no PIN is configured: the facilitator mode is off. */
  available: boolean;
  /** Seconds before another PIN may be tried. */
  lockedForSeconds: number;
  /** The browser preview keeps PIN, settings and counts in this browser's local storage. */
  preview: boolean;
  canExitToDesktop: boolean;
}

export type SettingsUpdateReply = { ok: true; reply: VenueConfigReply } | { ok: false; problems: ConfigProblem[] };

/** Where a file went: a folder chosen by the facilitator, a download, or the browser's own print dialog. */
export type SaveResult = { status: 'saved'; location: string } | { status: 'printDialog' } | { status: 'canceled' } | { status: 'failed'; reason: string };

export type { UnlockResult, UsageCounts, UsageEvent };

/** What the renderer may ask of its host: Electron's preload, or the browser implementation. */
export interface KioskApi {
  getVenueConfig(): Promise<VenueConfigReply>;
  log(entry: LogEntry): void;
  endVisit(): Promise<void>;
  /**
   * The page cannot go on (an error boundary or a global error handler caught a fatal error, or the content
   * cannot load). The host logs it and reloads the page after 1 s, 2 s, 4 s… (capped at 30 s, see
   * recovery-backoff.ts); after 5 failures within 10 minutes it restarts the whole app. Reports made while a
   * reload is already waiting count as the same failure. Fire and forget: the page should show its
   * "out of order" screen meanwhile, and must not report again in a loop.
   */
  reportPageFailure(failure: PageFailure): void;
  /**
   * The page drew its first screen. A page that has not said so within BOOT_TIMEOUT_MS of starting to load
   * (its script missing, corrupt or stuck) is a failure, recovered like the others.
   */
  pageBooted(): void;
  countUsage(event: UsageEvent): void;
  facilitatorState(): Promise<FacilitatorState>;
  facilitatorUnlock(pin: string): Promise<UnlockResult>;
  facilitatorLeave(): Promise<void>;
  /** Keeps the open session open (it ends 10 minutes after the last request); refused outside a session. */
  facilitatorKeepAlive(): Promise<void>;
  updateVenueSettings(change: Partial<VenueConfig>): Promise<SettingsUpdateReply>;
  usageCounts(): Promise<UsageCounts>;
  exportUsageCsv(): Promise<SaveResult>;
  saveWorkshopSheet(): Promise<SaveResult>;
  recentProblems(): Promise<string[]>;
  restartKiosk(): Promise<void>;
  exitToDesktop(): Promise<void>;
  /** The voice studio: the microphone is allowed from 'take-start' to 'take-end', in an open session only. */
  microphone(request: MicrophoneRequest): Promise<void>;
  saveRecordedText(text: RecordedText): Promise<VoiceChangeReply>;
  removeRecordedTexts(language: Language, keys: string[] | null): Promise<VoiceChangeReply>;
  exportVoices(): Promise<SaveResult>;
  chooseVoicesFile(): Promise<VoicesFileChoice>;
  importVoices(texts: RecordedText[]): Promise<VoiceChangeReply>;
  saveVoiceScript(): Promise<SaveResult>;
  recordedVoices(language: Language): Promise<RecordedText[]>;
}

const MAX_SCOPE = 40;
const MAX_MESSAGE = 2000;

/** Validates a page failure coming over IPC; returns null when anything is off. */
export function parsePageFailure(value: unknown): PageFailure | null {
  if (typeof value !== 'object' || value === null) return null;
  const { kind, message } = value as Record<string, unknown>;
  if (!(PAGE_FAILURE_KINDS as readonly unknown[]).includes(kind)) return null;
  if (typeof message !== 'string' || message.length === 0) return null;
  return { kind: kind as PageFailureKind, message: message.slice(0, MAX_MESSAGE) };
}

/** Validates a log entry coming over IPC; returns null when anything is off. */
export function parseLogEntry(value: unknown): LogEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const { level, scope, message } = value as Record<string, unknown>;
  if (!(LOG_LEVELS as readonly unknown[]).includes(level)) return null;
  if (typeof scope !== 'string' || !/^[a-z][a-z0-9-]*$/.test(scope) || scope.length > MAX_SCOPE) return null;
  if (typeof message !== 'string' || message.length === 0) return null;
  return { level: level as LogLevel, scope, message: message.slice(0, MAX_MESSAGE) };
}
