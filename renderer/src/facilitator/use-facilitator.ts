/**
 * What the facilitator mode adds to the kiosk while visitors use it: the entry gesture, the anonymous counts,
 * and the end of a workshop when its time is up.
 */
import { useEffect, useRef } from 'react';
import { useNarrationStore, useNarrator } from '../audio/narration-hooks';
import { kioskApi } from '../platform/kiosk-api';
import { useKioskStore } from '../state/kiosk-store';
import { useFacilitatorStore } from './facilitator-store';
import { heardItem, kioskUsageEvents } from './usage-events';

/** The entry gesture: a finger held this long on the top-left corner (a visitor does not do it by chance)… */
export const ENTRY_HOLD_MS = 5000;
export const ENTRY_CORNER_PX = 80;
/** …or Ctrl+Alt+Shift+A on a keyboard. */
const isEntryKey = (event: KeyboardEvent) => event.ctrlKey && event.altKey && event.shiftKey && event.code === 'KeyA';
const WORKSHOP_CHECK_MS = 1000;

export function useFacilitator(endVisit: () => void): void {
  const narrator = useNarrator();
  const endVisitRef = useRef(endVisit);
  useEffect(() => {
    endVisitRef.current = endVisit;
  }, [endVisit]);

  // The entry gesture.
  useEffect(() => {
    let hold: { pointerId: number; timer: ReturnType<typeof setTimeout> } | null = null;
    const open = () => {
      if (useFacilitatorStore.getState().view !== null) return;
      narrator.stop();
      useFacilitatorStore.getState().openPinPad();
    };
    const release = (event: PointerEvent) => {
      if (hold && event.pointerId === hold.pointerId) {
        clearTimeout(hold.timer);
        hold = null;
      }
    };
    const inCorner = (event: PointerEvent) => event.clientX <= ENTRY_CORNER_PX && event.clientY <= ENTRY_CORNER_PX;
    const onDown = (event: PointerEvent) => {
      if (!inCorner(event) || hold) return;
      hold = { pointerId: event.pointerId, timer: setTimeout(() => ((hold = null), open()), ENTRY_HOLD_MS) };
    };
    const onMove = (event: PointerEvent) => {
      if (!inCorner(event)) release(event);
    };
    const onKey = (event: KeyboardEvent) => {
      if (!isEntryKey(event)) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('pointerdown', onDown, { capture: true, passive: true });
    window.addEventListener('pointermove', onMove, { capture: true, passive: true });
    window.addEventListener('pointerup', release, { capture: true, passive: true });
    window.addEventListener('pointercancel', release, { capture: true, passive: true });
    window.addEventListener('keydown', onKey, { capture: true });
    return () => {
      if (hold) clearTimeout(hold.timer);
      window.removeEventListener('pointerdown', onDown, { capture: true });
      window.removeEventListener('pointermove', onMove, { capture: true });
      window.removeEventListener('pointerup', release, { capture: true });
      window.removeEventListener('pointercancel', release, { capture: true });
      window.removeEventListener('keydown', onKey, { capture: true });
    };
  }, [narrator]);

  // Anonymous counts of what visitors do.
  useEffect(() => {
    const stopKiosk = useKioskStore.subscribe((next, previous) => {
      if (useFacilitatorStore.getState().view !== null) return;
      for (const event of kioskUsageEvents(previous, next)) kioskApi.countUsage(event);
    });
    const stopNarration = useNarrationStore.subscribe((next, previous) => {
      const event = heardItem(previous, next);
      if (event) kioskApi.countUsage(event);
    });
    return () => {
      stopKiosk();
      stopNarration();
    };
  }, []);

  // A workshop ends by itself after the venue's time, and the kiosk returns to its visitors.
  useEffect(() => {
    const timer = setInterval(() => {
      const { workshop, view, endWorkshop } = useFacilitatorStore.getState();
      if (!workshop || Date.now() < workshop.endsAt) return;
      endWorkshop();
      kioskApi.log({ level: 'info', scope: 'workshop', message: 'workshop ended by itself after the venue time' });
      if (view === null) endVisitRef.current();
    }, WORKSHOP_CHECK_MS);
    return () => clearInterval(timer);
  }, []);
}
