import type { PressEvent } from '@react-aria/interactions';
import { useEffect, useRef, type MouseEvent, type PointerEvent } from 'react';

interface Press {
  downAt: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  spoken: boolean;
}

/**
 * A touch held on a button says its name and does nothing else; a tap acts. Whether a touch was held is judged
 * by its own times, when the finger went down and when it came up (the events' time stamps), not by when the
 * page gets to them: on a busy kiosk a timer can run out before a quick tap's lifting is handled, and the tap
 * would be lost. The name is said once the hold time has passed with the finger still down, or at the lifting
 * if the page could not say it sooner.
 */
export function useHoldToSpeak(holdMs: number, speak: () => void) {
  const press = useRef<Press | null>(null);
  const held = useRef(false);

  const endPress = () => {
    clearTimeout(press.current?.timer);
    press.current = null;
  };
  useEffect(() => () => clearTimeout(press.current?.timer), []);

  const holdProps = {
    onPointerDownCapture: (event: PointerEvent) => {
      if (event.button !== 0) return;
      endPress();
      const current: Press = { downAt: event.timeStamp, timer: undefined, spoken: false };
      current.timer = setTimeout(() => {
        current.spoken = true;
        speak();
      }, holdMs);
      press.current = current;
      held.current = false;
    },
    onPointerUpCapture: (event: PointerEvent) => {
      const current = press.current;
      if (!current) return;
      endPress();
      held.current = event.timeStamp - current.downAt >= holdMs;
      if (held.current && !current.spoken) speak();
    },
    onPointerCancelCapture: endPress,
    // A hold does not submit a form either (a click from the keyboard, detail 0, is never a hold).
    onClickCapture: (event: MouseEvent) => {
      if (event.detail > 0 && held.current) event.preventDefault();
    },
    // A long touch is the hold, not a request for the browser's menu.
    onContextMenu: (event: MouseEvent) => event.preventDefault(),
  };
  /** Whether the press that just ended was a hold (then it does not act): never from the keyboard or a switch. */
  const wasHeld = (pointerType: PressEvent['pointerType']) => pointerType !== 'keyboard' && pointerType !== 'virtual' && held.current;
  return { holdProps, wasHeld };
}
