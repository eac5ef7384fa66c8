/**
 * The one contract between the renderer and the main process: every IPC channel, its arguments and
 * the API object the preload exposes as `window.kiosk`. Pure module: no electron, no DOM.
 */
import type { VenueConfig, ConfigProblem } from './venue-config';

export const IPC_CHANNELS = {
  /** invoke → VenueConfigReply */
  getVenueConfig: 'kiosk:get-venue-config',
  /** send (one way) LogEntry */
  log: 'kiosk:log',
  /** invoke → void: forget everything of the visit that is ending (storage, caches) */
  endVisit: 'kiosk:end-visit',
  /** send (one way) string: the page cannot go on; the host reloads it with the crash back-off */
  reportFatalPageError: 'kiosk:report-fatal-page-error',
} as const;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

export const LOG_LEVELS = ['info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogEntry {
  level: LogLevel;
  /** Where it comes from, for example "content" or "audio". */
  scope: string;
  message: string;
}

export interface VenueConfigReply {
  config: VenueConfig;
  problems: ConfigProblem[];
}

/** What the renderer may ask of its host: Electron's preload, or the browser implementation. */
export interface KioskApi {
  getVenueConfig(): Promise<VenueConfigReply>;
  log(entry: LogEntry): void;
  endVisit(): Promise<void>;
  /**
   * The page caught an error it cannot go on from (or its content cannot load): the host reloads it after
   * 1 s, 2 s, 4 s… (capped at 30 s), which brings back the attract screen. Called once per page load.
   */
  reportFatalPageError(reason: string): void;
}

const MAX_SCOPE = 40;
const MAX_MESSAGE = 2000;

/** Validates a log entry coming over IPC; returns null when anything is off. */
export function parseLogEntry(value: unknown): LogEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const { level, scope, message } = value as Record<string, unknown>;
  if (!(LOG_LEVELS as readonly unknown[]).includes(level)) return null;
  if (typeof scope !== 'string' || !/^[a-z][a-z0-9-]*$/.test(scope) || scope.length > MAX_SCOPE) return null;
  if (typeof message !== 'string' || message.length === 0) return null;
  return { level: level as LogLevel, scope, message: message.slice(0, MAX_MESSAGE) };
}
