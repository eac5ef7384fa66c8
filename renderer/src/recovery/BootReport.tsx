import { useEffect } from 'react';
import type { KioskApi } from '../../../contract/kiosk-api';
import { APP_DRAWN_MARK, BOOT_MARKS } from '../../../contract/recovery-backoff';

/** Once per page load, even where StrictMode runs an effect twice. */
let reported = false;

/**
 * Says once, when the first screen has been drawn, that the page booted: main's boot watchdog and the page's
 * own (boot-watchdog.ts) stop waiting. Rendered after the app, so its effect runs once the screen is committed.
 */
export function BootReport({ api }: { api: Pick<KioskApi, 'pageBooted'> }) {
  useEffect(() => {
    if (reported) return;
    reported = true;
    document.documentElement.setAttribute(BOOT_MARKS.booted, '');
    // Seen in devtools, and measured by `npm run bench` (cold start, beside the first screen's shell).
    performance.mark(APP_DRAWN_MARK);
    api.pageBooted();
  }, [api]);
  return null;
}
