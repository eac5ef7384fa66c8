import { useEffect, useLayoutEffect } from 'react';

/** The pointer events a guarded touch is made of: each is dropped before anything on the page sees it. */
const TOUCH_EVENTS = ['pointerdown', 'pointerup', 'click'] as const;

/**
 * For the venue's guard time after a new screen (or a dialog) appears, touches go nowhere: the second tap of
 * a double tap, or a trembling finger, never lands on what appeared under it. Pointer events are switched off
 * on the page itself (styles.css), so the press never starts; keys, switches and the idle reset are unaffected.
 * A touch is judged by when it happened (its event's time stamp), not when the page gets to it: on a busy
 * machine the guard's timer can run out before a touch made inside it is handled, and that touch is dropped too.
 */
export function useNewScreenGuard(layerKey: string, guardSeconds: number): void {
  useLayoutEffect(() => {
    if (guardSeconds <= 0) return;
    const root = document.documentElement;
    const guardedUntil = performance.now() + guardSeconds * 1000;
    const dropGuardedTouch = (event: Event) => {
      if (event.timeStamp >= guardedUntil) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    for (const type of TOUCH_EVENTS) window.addEventListener(type, dropGuardedTouch, true);
    root.dataset.newScreen = 'guarded';
    const timer = setTimeout(() => delete root.dataset.newScreen, guardSeconds * 1000);
    return () => {
      clearTimeout(timer);
      for (const type of TOUCH_EVENTS) window.removeEventListener(type, dropGuardedTouch, true);
      delete root.dataset.newScreen;
    };
  }, [layerKey, guardSeconds]);
}

/**
 * On every new screen, visitor, facilitator or workshop, focus moves to its heading: a screen reader says where
 * the visitor (or the facilitator) now is, and Tab starts from there.
 */
export function useHeadingFocus(screenKey: string): void {
  useEffect(() => {
    const focusHeading = () => {
      const heading = document.querySelector<HTMLElement>('h1');
      heading?.focus({ preventScroll: true });
      return heading !== null;
    };
    if (focusHeading()) return;
    // A view whose code is still loading (a lazy chunk) draws its heading a moment later.
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [screenKey]);
}
