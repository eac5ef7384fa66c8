import { FatalErrors, type FatalOrigin } from './policy/kiosk-lifecycle';

/** The events of `process` that report an error nobody caught. */
export interface FatalErrorSource {
  on(event: FatalOrigin, listener: (reason: unknown) => void): unknown;
}

/**
 * A main-process error nobody caught is logged, then the app restarts; without this Electron shows a
 * modal error box that nobody at the venue will ever dismiss.
 */
export function restartOnFatalErrors(source: FatalErrorSource, log: (message: string) => void, restartApp: (reason: string) => void): void {
  const fatal = new FatalErrors();
  for (const origin of ['uncaughtException', 'unhandledRejection'] as const) {
    source.on(origin, (reason) => {
      const { message, restart } = fatal.record(origin, reason);
      log(message);
      if (restart) restartApp(origin);
    });
  }
}
