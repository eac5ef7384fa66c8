/**
 * How the kiosk keeps running unattended: who may close its window, and what follows an unexpected end
 * (a main-process error, every window gone, a renderer that keeps failing).
 */
export interface LifecycleMode {
  /** Development run: a developer is watching, so the app may close and errors simply end it. */
  dev: boolean;
  /** Started by a supervisor that starts it again when it exits (systemd `Restart=always`, Shell Launcher). */
  supervised: boolean;
}

/**
 * `relaunch`: start a new instance, then exit. `exit`: exit with a failure code and let the supervisor
 * (or the developer) start it again; relaunching under a supervisor would race its own restart.
 */
export type RestartMethod = 'relaunch' | 'exit';

export function restartMethod({ dev, supervised }: LifecycleMode): RestartMethod {
  return dev || supervised ? 'exit' : 'relaunch';
}

/** Outside development the kiosk window only closes when the app itself is quitting (shutdown, logout). */
export function mayCloseWindow(mode: Pick<LifecycleMode, 'dev'>, appIsQuitting: boolean): boolean {
  return mode.dev || appIsQuitting;
}

/** Every window gone is normal in development; on venue hardware the kiosk must come back. */
export function afterAllWindowsClosed(mode: Pick<LifecycleMode, 'dev'>): 'quit' | 'restart' {
  return mode.dev ? 'quit' : 'restart';
}

export type FatalOrigin = 'uncaughtException' | 'unhandledRejection';

const MAX_DESCRIPTION = 2000;

function describeReason(reason: unknown): string {
  if (reason instanceof Error) return reason.stack ?? `${reason.name}: ${reason.message}`;
  try {
    return typeof reason === 'string' ? reason : String(JSON.stringify(reason));
  } catch {
    return Object.prototype.toString.call(reason);
  }
}

/**
 * A main-process error nobody caught: it is logged, and the first one restarts the app (a half-working main
 * process can leave the screen frozen). Later ones, while the restart is under way, are only logged.
 */
export class FatalErrors {
  private restarting = false;

  record(origin: FatalOrigin, reason: unknown): { message: string; restart: boolean } {
    const label = origin === 'uncaughtException' ? 'uncaught exception' : 'unhandled promise rejection';
    const message = `${label} in the main process: ${describeReason(reason)}`.slice(0, MAX_DESCRIPTION);
    const restart = !this.restarting;
    this.restarting = true;
    return { message, restart };
  }
}
