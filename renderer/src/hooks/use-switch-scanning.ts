import { useEffect } from 'react';
import type { Narrator } from '../audio/narrator';
import type { FocusRegistry } from '../focus/focus-registry';

/**
 * One-switch scanning, as AAC boards offer: every button on screen is highlighted (focused) and spoken in
 * turn at the venue's pace; any key or any tap selects the highlighted one.
 */
export function useSwitchScanning(enabled: boolean, stepSeconds: number, narrator: Narrator, registry: FocusRegistry): void {
  useEffect(() => {
    if (!enabled) return;
    let index = -1;
    const step = () => {
      const targets = registry.reachable();
      if (targets.length === 0) return;
      const current = targets.findIndex((target) => target.element === document.activeElement);
      index = ((current === -1 ? index : current) + 1) % targets.length;
      const target = targets[index]!;
      target.element.focus();
      target.element.scrollIntoView({ block: 'nearest' });
      if (target.speak) narrator.speakName(target.speak);
    };
    const select = (event: Event) => {
      const target = registry.find(document.activeElement);
      if (!target) return;
      event.preventDefault();
      event.stopPropagation();
      target.element.click();
    };
    const timer = setInterval(step, stepSeconds * 1000);
    window.addEventListener('keydown', select, true);
    window.addEventListener('pointerdown', select, true);
    return () => {
      clearInterval(timer);
      window.removeEventListener('keydown', select, true);
      window.removeEventListener('pointerdown', select, true);
    };
  }, [enabled, stepSeconds, narrator, registry]);
}
