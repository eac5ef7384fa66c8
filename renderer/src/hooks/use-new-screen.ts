import { useEffect, useLayoutEffect } from 'react';

/**
 * For the venue's guard time after a new screen (or a dialog) appears, touches go nowhere: the second tap of
 * a double tap, or a trembling finger, never lands on what appeared under it. Pointer events are switched off
 * on the page itself (styles.css), so the press never starts; keys, switches and the idle reset are unaffected.
 */
export function useNewScreenGuard(layerKey: string, guardSeconds: number): void {
  useLayoutEffect(() => {
    if (guardSeconds <= 0) return;
    const root = document.documentElement;
    root.dataset.newScreen = 'guarded';
    const timer = setTimeout(() => delete root.dataset.newScreen, guardSeconds * 1000);
    return () => {
      clearTimeout(timer);
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
