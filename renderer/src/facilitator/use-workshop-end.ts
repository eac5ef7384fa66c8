import { useCallback, useEffect, useState } from 'react';
import { useKioskStore } from '../state/kiosk-store';
import { useFacilitatorStore } from './facilitator-store';

/** "Are you still there?" comes this long before a workshop ends by itself (WCAG 2.2.1: at least 20 s to answer). */
export const WORKSHOP_WARNING_MS = 120_000;
const TICK_MS = 1000;

/**
 * A workshop ends by itself at the venue's time (use-facilitator.ts), so that a forgotten one gives the kiosk
 * back to visitors; a group still talking is warned first, and one press gives it the venue's time again.
 */
export function useWorkshopEnd(): { secondsLeft: number | null; keepGoing: () => void } {
  const endsAt = useFacilitatorStore((s) => s.workshop?.endsAt ?? null);
  const extendWorkshop = useFacilitatorStore((s) => s.extendWorkshop);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  useEffect(() => {
    if (endsAt === null) return;
    const tick = () => {
      const left = endsAt - Date.now();
      setSecondsLeft(left > 0 && left <= WORKSHOP_WARNING_MS ? Math.ceil(left / 1000) : null);
    };
    tick();
    const timer = setInterval(tick, TICK_MS);
    return () => {
      clearInterval(timer);
      setSecondsLeft(null);
    };
  }, [endsAt]);
  const keepGoing = useCallback(() => extendWorkshop(useKioskStore.getState().venue.workshopMaxMinutes), [extendWorkshop]);
  return { secondsLeft, keepGoing };
}
