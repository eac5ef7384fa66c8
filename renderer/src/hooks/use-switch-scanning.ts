import { useEffect } from 'react';
import type { Narrator } from '../audio/narrator';

/**
 * One-switch scanning, as AAC boards offer: every button on screen is highlighted (focused) and spoken in
 * turn at the venue's pace; any key or any tap selects the highlighted one.
 */
export function useSwitchScanning(enabled: boolean, stepSeconds: number, narrator: Narrator): void {
  useEffect(() => {
    if (!enabled) return;
    let index = -1;
    const buttons = () => [...document.querySelectorAll<HTMLButtonElement>('button:not([disabled])')].filter((b) => b.offsetParent !== null);
    const step = () => {
      const all = buttons();
      if (all.length === 0) return;
      const current = all.indexOf(document.activeElement as HTMLButtonElement);
      index = (current === -1 ? index : current) + 1;
      if (index >= all.length) index = 0;
      const target = all[index];
      target.focus();
      target.scrollIntoView({ block: 'nearest' });
      if (target.dataset.speak) narrator.play([target.dataset.speak]);
    };
    const select = (event: Event) => {
      const target = document.activeElement;
      if (!(target instanceof HTMLButtonElement)) return;
      event.preventDefault();
      event.stopPropagation();
      target.click();
    };
    const timer = setInterval(step, stepSeconds * 1000);
    window.addEventListener('keydown', select, true);
    window.addEventListener('pointerdown', select, true);
    return () => {
      clearInterval(timer);
      window.removeEventListener('keydown', select, true);
      window.removeEventListener('pointerdown', select, true);
    };
  }, [enabled, stepSeconds, narrator]);
}
