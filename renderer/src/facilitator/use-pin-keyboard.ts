import { useEffect, useRef } from 'react';

export interface PinKeyboardActions {
  digit: (digit: string) => void;
  erase: () => void;
  enter: () => void;
}

/**
 * A keyboard types the PIN as the pad does: its digit keys (the row above the letters or the number pad),
 * Backspace and Enter. Enter on a focused button is that button's own press, not the pad's.
 */
export function usePinKeyboard(actions: PinKeyboardActions, enabled: boolean): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  }, [actions]);
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return;
      const onButton = event.target instanceof HTMLButtonElement;
      // The number pad types its digit even with Num Lock off (then its keys say "ArrowLeft"…).
      const digit = /^[0-9]$/.test(event.key) ? event.key : /^Numpad[0-9]$/.test(event.code) ? event.code.slice(-1) : null;
      if (digit) latest.current.digit(digit);
      else if (event.key === 'Backspace') latest.current.erase();
      else if (event.key === 'Enter' && !onButton) latest.current.enter();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
