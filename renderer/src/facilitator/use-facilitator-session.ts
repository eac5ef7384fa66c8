import { useCallback, useEffect, useRef, useState } from 'react';
import { SESSION_IDLE_MS } from '../../../domain/facilitator/pin-gate';
import { kioskApi } from '../platform/kiosk-api';
import { useFacilitatorStore } from './facilitator-store';
import { useSessionGuard } from './use-session-guard';

/** "Are you still there?" comes this long before the session ends (WCAG 2.2.1: at least 20 s to answer). */
export const SESSION_WARNING_MS = 90_000;
/** While the facilitator touches the page, the host's session is kept open at most this often. */
const KEEP_ALIVE_MS = 60_000;
const TICK_MS = 1000;

export interface FacilitatorSession {
  /** Seconds before the session ends, while the warning is shown; null otherwise. */
  secondsLeft: number | null;
  stillHere: () => void;
}

/**
 * The facilitator session, as the host counts it: it ends 10 minutes after the last request to the host
 * (pin-gate.ts), not after the last touch of the page. So touches keep the host's session open (at most once
 * a minute), the page counts from the last time it did, warns 90 s before the end, and leaves at the end.
 * Until the PIN is right there is no session on the host: the pad's 10 minutes count from its last touch.
 */
export function useFacilitatorSession(leave: () => void): FacilitatorSession {
  const guard = useSessionGuard();
  const keptAt = useRef(0);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const warning = useRef(false);

  const keepOpen = useCallback(
    (force: boolean) => {
      const now = Date.now();
      if (!force && now - keptAt.current < KEEP_ALIVE_MS && useFacilitatorStore.getState().view !== 'pin') return;
      keptAt.current = now;
      warning.current = false;
      setSecondsLeft(null);
      if (useFacilitatorStore.getState().view === 'pin') return;
      // A failure of that request is not the page's: it is logged, and the session ends at its time.
      guard(() => kioskApi.facilitatorKeepAlive()).catch((error: unknown) =>
        kioskApi.log({ level: 'warn', scope: 'facilitator', message: `the session could not be kept open: ${(error as Error).message}` }),
      );
    },
    [guard],
  );
  const stillHere = useCallback(() => keepOpen(true), [keepOpen]);

  useEffect(() => {
    keptAt.current = Date.now();
  }, []);

  useEffect(() => {
    // While the warning is shown only its own button answers it: a tap that closed it on the way down would
    // land, on the way up, on whatever the warning covered.
    const touched = () => !warning.current && keepOpen(false);
    const events = ['pointerdown', 'keydown', 'wheel'] as const;
    for (const name of events) window.addEventListener(name, touched, { capture: true, passive: true });
    const timer = setInterval(() => {
      const left = keptAt.current + SESSION_IDLE_MS - Date.now();
      warning.current = left <= SESSION_WARNING_MS;
      if (left <= 0) leave();
      else setSecondsLeft(warning.current ? Math.ceil(left / 1000) : null);
    }, TICK_MS);
    return () => {
      for (const name of events) window.removeEventListener(name, touched, { capture: true });
      clearInterval(timer);
    };
  }, [keepOpen, leave]);

  return { secondsLeft, stillHere };
}
