/**
 * The page's boot watchdog, loaded as its own small script before the bundle and needing nothing from it: if
 * the bundle is missing, corrupt or stuck (a damaged install, a disk error), no code of the page ever runs to
 * say so. Unless the page marks its root as booted (or as failed, its own recovery at work) within
 * BOOT_TIMEOUT_MS, it shows "out of order" in every language with its pictogram. Under Electron, main's own watchdog reloads the page; in a browser
 * (preview) this script reloads it, with the same back-off and the same failure history as the page's own
 * recovery.
 */
import { BOOT_MARKS, BOOT_TIMEOUT_MS, CrashBackoff, DEFAULT_BACKOFF, PAGE_FAILURES_KEY, parseFailureTimes } from '../../contract/recovery-backoff';

/** Put in by the build (scripts/boot-watchdog-plugin.ts): the texts and picture of the out-of-order screen. */
declare const BOOT_WATCHDOG_SCREEN: {
  languages: { language: string; dir: 'ltr' | 'rtl'; lines: string[] }[];
  pictogram: string;
  pictogramAlt: string;
};

function showOutOfOrder(): void {
  const screen = document.createElement('main');
  screen.setAttribute('role', 'alert');
  screen.dataset.screen = 'out-of-order';
  Object.assign(screen.style, { fontFamily: 'sans-serif', fontSize: '2rem', textAlign: 'center', padding: '2rem', color: '#111827', background: '#fff' });
  const picture = document.createElement('img');
  picture.src = BOOT_WATCHDOG_SCREEN.pictogram;
  picture.alt = BOOT_WATCHDOG_SCREEN.pictogramAlt;
  Object.assign(picture.style, { width: '240px', height: '240px' });
  screen.append(picture);
  for (const { language, dir, lines } of BOOT_WATCHDOG_SCREEN.languages) {
    const block = document.createElement('div');
    block.lang = language;
    block.dir = dir;
    for (const line of lines) block.append(Object.assign(document.createElement('p'), { textContent: line }));
    screen.append(block);
  }
  document.body.replaceChildren(screen);
}

function reloadWithBackoff(reason: string): void {
  let stored: number[] = [];
  try {
    stored = parseFailureTimes(JSON.parse(sessionStorage.getItem(PAGE_FAILURES_KEY) ?? '[]')) ?? [];
  } catch {
    // a damaged history counts as none
  }
  const backoff = new CrashBackoff(DEFAULT_BACKOFF, stored);
  const action = backoff.recordFailure(Date.now());
  sessionStorage.setItem(PAGE_FAILURES_KEY, JSON.stringify(backoff.failureTimes));
  const delayMs = action.kind === 'reload' ? action.delayMs : DEFAULT_BACKOFF.maxDelayMs;
  console.warn(`[recovery] error: ${reason}; reloading in ${delayMs} ms`);
  setTimeout(() => window.location.reload(), delayMs);
}

const root = document.documentElement;
root.setAttribute(BOOT_MARKS.watchdog, 'armed');
setTimeout(() => {
  if (root.hasAttribute(BOOT_MARKS.booted) || root.hasAttribute(BOOT_MARKS.pageFailed)) return;
  root.setAttribute(BOOT_MARKS.watchdog, 'fired');
  showOutOfOrder();
  const reason = `the page did not draw its first screen within ${BOOT_TIMEOUT_MS / 1000} s`;
  // Electron's preload gives the page its host API: main watches the boot itself and reloads.
  if ('kiosk' in window) return;
  reloadWithBackoff(reason);
}, BOOT_TIMEOUT_MS);
