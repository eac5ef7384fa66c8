import { useCallback, useEffect, useRef, useState } from 'react';
import { useNarrationStore } from '../audio/narration-hooks';
import { useKioskStore } from '../state/kiosk-store';
import { holdsOffIdleReset } from '../facilitator/facilitator-store';

export interface IdleState {
  /** Seconds left before the reset, while "Are you still there?" is shown; null otherwise. */
  secondsLeft: number | null;
  stillHere: () => void;
}

const TICK_MS = 250;

/**
 * After the venue's inactivity time (never while narration plays), asks "Are you still there?" with a
 * countdown; at zero the visit ends: audio stops, everything the visitor chose is forgotten.
 */
export function useIdleReset(onEndVisit: () => void): IdleState {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const lastActivity = useRef(0);
  const warningSince = useRef<number | null>(null);
  const endVisit = useRef(onEndVisit);
  useEffect(() => {
    endVisit.current = onEndVisit;
  }, [onEndVisit]);

  const stillHere = useCallback(() => {
    lastActivity.current = Date.now();
    if (warningSince.current !== null) {
      warningSince.current = null;
      setSecondsLeft(null);
    }
  }, []);

  useEffect(() => {
    lastActivity.current = Date.now();
    const events = ['pointerdown', 'keydown', 'wheel'] as const;
    for (const name of events) window.addEventListener(name, stillHere, { capture: true, passive: true });
    const tick = setInterval(() => {
      const { screen, venue } = useKioskStore.getState();
      const now = Date.now();
      // A workshop (which ends by itself after the venue's time) or the facilitator mode holds the reset off.
      if (screen.name === 'attract' || holdsOffIdleReset()) {
        lastActivity.current = now;
        if (warningSince.current !== null) stillHere();
        return;
      }
      if (warningSince.current === null) {
        const { status } = useNarrationStore.getState();
        // A visitor listening is not idle.
        if (status === 'playing' || status === 'loading') lastActivity.current = now;
        if ((now - lastActivity.current) / 1000 < venue.idleTimeoutSeconds) return;
        warningSince.current = now;
      }
      const left = Math.max(0, Math.ceil(venue.idleWarningSeconds - (now - warningSince.current) / 1000));
      if (left > 0) {
        setSecondsLeft(left);
        return;
      }
      stillHere();
      endVisit.current();
    }, TICK_MS);
    return () => {
      for (const name of events) window.removeEventListener(name, stillHere, { capture: true });
      clearInterval(tick);
    };
  }, [stillHere]);

  return { secondsLeft, stillHere };
}
