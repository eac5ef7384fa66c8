/**
 * The first screen before the app has loaded. The build writes the attract screen's markup and the page's
 * styles into the page (scripts/first-screen-shell-plugin.ts), and this small script after them, so the screen
 * answers as soon as the page is read, before any other file has loaded: a touch on a language, or anywhere
 * else on the screen (the venue's language), is shown as chosen and kept. Only then does it load the app,
 * which nothing else in the page loads. The app takes the choice over (`handOver`) and draws the visit in that
 * language, as the app's own first screen would have. After a recovery reload, a restart or every morning,
 * the visitor at the screen never waits for the bundle.
 */
import { FIRST_SCREEN_SHELL, type AppLoading, type FirstScreenShell } from '../../contract/first-screen-shell';

/** Put in by the build: the app's script and what it fetches at once. */
declare const FIRST_SCREEN_APP: AppLoading;

/** Longer than any tap or hold on a button: the app does not wait longer for a press to end. */
const LONGEST_PRESS_MS = 3000;

const screen = document.querySelector<HTMLElement>(`[${FIRST_SCREEN_SHELL.marker}]`);
let choice: string | null = null;
/** The pointer pressed on the screen and not yet lifted, and the language it would choose there. */
let pressing: { pointerId: number; language: string } | null = null;
let released: (() => void) | null = null;

/** What a touch at this element chooses: its language button's language, or the venue's language elsewhere on the screen. */
function languageAt(target: EventTarget | null): string | null {
  if (!(target instanceof Element) || !screen?.contains(target)) return null;
  const button = target.closest<HTMLElement>(`[${FIRST_SCREEN_SHELL.languageAttribute}]`);
  return button ? button.getAttribute(FIRST_SCREEN_SHELL.languageAttribute) : FIRST_SCREEN_SHELL.venueLanguage;
}

function choose(language: string): void {
  if (choice !== null) return;
  choice = language;
  // The venue's language is not known here: a touch beside the buttons is shown on the screen as a whole.
  const chosen = language === FIRST_SCREEN_SHELL.venueLanguage ? screen : screen?.querySelector(`[${FIRST_SCREEN_SHELL.languageAttribute}="${language}"]`);
  chosen?.setAttribute(FIRST_SCREEN_SHELL.chosenAttribute, '');
}

// The kiosk acts when the finger is lifted (WCAG 2.5.2): a press that slides off its button chooses nothing.
const onPointerDown = (event: PointerEvent) => {
  const language = languageAt(event.target);
  pressing = language === null ? null : { pointerId: event.pointerId, language };
};
const onPointerUp = (event: PointerEvent) => {
  if (pressing?.pointerId === event.pointerId && languageAt(event.target) === pressing.language) choose(pressing.language);
  pressing = null;
  released?.();
};
const onPointerCancel = () => {
  pressing = null;
  released?.();
};
// Enter or Space on a focused button: a click without a pointer (detail 0).
const onClick = (event: MouseEvent) => {
  const language = languageAt(event.target);
  if (event.detail === 0 && language) choose(language);
};

const listeners = [
  ['pointerdown', onPointerDown],
  ['pointerup', onPointerUp],
  ['pointercancel', onPointerCancel],
  ['click', onClick],
] as const;

function answerTouches(): void {
  if (!screen) return;
  for (const [type, listener] of listeners) window.addEventListener(type, listener as EventListener, true);
  const shell: FirstScreenShell = {
    handOver: () =>
      new Promise((resolve) => {
        // A press under way ends on the shell: the app draws over it once the finger is lifted, or once the
        // press has lasted too long to be a choice (something resting on the screen never keeps the app out).
        const finish = () => {
          clearTimeout(limit);
          for (const [type, listener] of listeners) window.removeEventListener(type, listener as EventListener, true);
          resolve(choice);
        };
        const limit = pressing ? setTimeout(finish, LONGEST_PRESS_MS) : undefined;
        if (pressing) released = finish;
        else finish();
      }),
  };
  window[FIRST_SCREEN_SHELL.global] = shell;
  performance.mark(FIRST_SCREEN_SHELL.usableMark);
}

function loadTheApp(): void {
  const { script, modulePreloads, fetchPreloads } = FIRST_SCREEN_APP;
  document.head.append(
    Object.assign(document.createElement('script'), { type: 'module', src: script, crossOrigin: '' }),
    ...modulePreloads.map((href) => Object.assign(document.createElement('link'), { rel: 'modulepreload', href, crossOrigin: '' })),
    ...fetchPreloads.map((href) => Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href, crossOrigin: 'anonymous' })),
  );
}

// Whatever happens to the shell, the app loads.
try {
  answerTouches();
} finally {
  loadTheApp();
}
