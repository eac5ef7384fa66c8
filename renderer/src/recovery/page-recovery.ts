/**
 * The page always recovers: an error nothing else caught (while drawing a screen, in a handler, in a
 * promise) is logged through the host and the page is reloaded by the host, after 1 s, 2 s, 4 s… (capped at
 * 30 s), which brings the visitor back to a working attract screen. Meanwhile "out of order" is shown.
 */
import type { KioskApi, PageFailureKind } from '../../../contract/kiosk-api';

export type FatalKind = PageFailureKind;

/** Reported by browsers as errors, yet no failure of the page. */
const NOT_FAILURES = [/ResizeObserver loop/];

const STACK_LINES = 6;

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const stack = error.stack?.split('\n').slice(1, STACK_LINES).map((line) => line.trim()).join(' | ');
    return `${error.name}: ${error.message}${stack ? ` (${stack})` : ''}`;
  }
  return String(error);
}

export class PageRecovery {
  private failed = false;

  constructor(
    private readonly api: Pick<KioskApi, 'log' | 'reportPageFailure'>,
    /** Shows the "out of order" screen while the host reloads the page. */
    private readonly showOutOfOrder: () => void,
  ) {}

  /** Whether the page has given up and waits for its reload. */
  get hasFailed(): boolean {
    return this.failed;
  }

  /** Logs a fatal error; the first one also shows "out of order" and asks the host for a reload. */
  fatal(kind: FatalKind, error: unknown, detail = ''): void {
    const description = `${describeError(error)}${detail}`;
    const message = `${kind}: ${description}`;
    this.api.log({ level: 'error', scope: 'page', message });
    if (this.failed) return;
    this.failed = true;
    try {
      this.showOutOfOrder();
    } finally {
      this.api.reportPageFailure({ kind, message: description });
    }
  }

  /** Catches what nothing else did: uncaught exceptions and unhandled promise rejections. */
  install(target: Window): void {
    target.addEventListener('error', (event) => {
      if (NOT_FAILURES.some((pattern) => pattern.test(event.message))) return;
      event.preventDefault();
      this.fatal('uncaught-error', event.error ?? event.message);
    });
    target.addEventListener('unhandledrejection', (event) => {
      event.preventDefault();
      this.fatal('unhandled-rejection', event.reason);
    });
  }
}
